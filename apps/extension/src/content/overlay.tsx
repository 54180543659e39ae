import type { Severity } from "@enlist/core/schemas";
import { For } from "solid-js";

/** One underline: a finding's stretch of text on one line, where it is on screen. */
export interface Mark {
  index: number;
  severity: Severity;
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The underlines, drawn in a layer laid over the box and cut to its edges: the page's text is neither
 * wrapped nor restyled, and clicks go through to it.
 */
export function Overlay(props: { box: DOMRect; marks: Mark[] }) {
  return (
    <div
      class="layer"
      style={{
        left: `${props.box.left}px`,
        top: `${props.box.top}px`,
        width: `${props.box.width}px`,
        height: `${props.box.height}px`,
      }}
    >
      <For each={props.marks}>
        {(m) => (
          <span
            class={`mark sev-${m.severity}`}
            data-finding={m.index}
            style={{
              left: `${m.left - props.box.left}px`,
              top: `${m.top - props.box.top}px`,
              width: `${m.width}px`,
              height: `${m.height}px`,
            }}
          />
        )}
      </For>
    </div>
  );
}
