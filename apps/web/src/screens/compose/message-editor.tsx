import { bodyLimit, describeAsk, lintMessage } from "@enlist/core/lint";
import type { Finding, LintContext, LintReport } from "@enlist/core/schemas";
import { createMemo, createSignal, For, Show } from "solid-js";
import { applyFix, findingAt, segments } from "./highlight";

const SEVERITY_NAMES = { error: "Error", warning: "Warning", info: "Note" } as const;

/** Lints as the user types, in the page itself: no round trip, so findings keep up with every key. */
export function lintDraft(text: string, context: LintContext): LintReport | null {
  const result = lintMessage(text, context);
  return result.ok ? result.value : null;
}

export interface MessageEditorProps {
  text: string;
  onText: (text: string) => void;
  /** The lint context, subject included for e-mail. */
  context: LintContext;
  label?: string;
}

/**
 * The draft's text with its findings underlined. The underlines are drawn in a layer behind a transparent
 * textarea holding the same text, so the textarea stays a plain, accessible text field; each finding is
 * also listed beside it, with its message and, where the linter has one, a one-click fix.
 */
export function MessageEditor(props: MessageEditorProps) {
  let textarea!: HTMLTextAreaElement;
  let backdrop!: HTMLDivElement;
  const [caret, setCaret] = createSignal<number | null>(null);
  const [active, setActive] = createSignal<number | null>(null);

  const report = createMemo(() => lintDraft(props.text, props.context));
  const findings = () => report()?.findings ?? [];
  const segs = createMemo(() => segments(props.text, findings()));
  const limit = () => bodyLimit(props.context);
  const [pointed, setPointed] = createSignal<number | null>(null);
  const atCaret = () => {
    const p = pointed();
    if (p !== null) return findings()[p];
    const c = caret();
    return c === null ? undefined : findingAt(findings(), c);
  };

  /**
   * The finding under the mouse pointer. The underlines sit behind the textarea, so the textarea is let
   * through for one hit test to find the mark there.
   */
  let hoverFrame = 0;
  const trackPointer = (e: MouseEvent) => {
    const { clientX, clientY } = e;
    cancelAnimationFrame(hoverFrame);
    hoverFrame = requestAnimationFrame(() => {
      const doc = document as Document & {
        caretRangeFromPoint?: (x: number, y: number) => Range | null;
        caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
      };
      textarea.style.pointerEvents = "none";
      const node =
        doc.caretPositionFromPoint?.(clientX, clientY)?.offsetNode ??
        doc.caretRangeFromPoint?.(clientX, clientY)?.startContainer;
      textarea.style.pointerEvents = "";
      const mark = (node instanceof Element ? node : node?.parentElement)?.closest("mark[data-finding]");
      setPointed(mark && backdrop.contains(mark) ? Number((mark as HTMLElement).dataset.finding) : null);
    });
  };

  const trackCaret = () => setCaret(textarea.selectionStart === textarea.selectionEnd ? textarea.selectionStart : null);
  const show = (f: Finding) => {
    if (f.start === undefined || f.end === undefined || f.target === "subject") return;
    textarea.focus();
    textarea.setSelectionRange(f.start, f.end);
    trackCaret();
  };
  const fix = (f: Finding) => {
    const fixed = applyFix(props.text, f);
    if (!fixed) return;
    props.onText(fixed.text);
    // The caret goes after the fix, so that typing carries on where the user was looking.
    queueMicrotask(() => {
      textarea.focus();
      textarea.setSelectionRange(fixed.caret, fixed.caret);
      setCaret(fixed.caret);
    });
  };

  return (
    <div class="editor">
      <label for="draft-body" class="editor-label">
        {props.label ?? "Message"}
      </label>
      <div class="editor-surface">
        <div class="backdrop" ref={backdrop} aria-hidden="true">
          <For each={segs()}>
            {(s) =>
              s.finding ? (
                <mark
                  class={`sev-${s.finding.severity}`}
                  data-finding={s.index}
                  classList={{ active: active() === s.index || pointed() === s.index }}
                >
                  {s.text}
                </mark>
              ) : (
                s.text
              )
            }
          </For>
          {/* A trailing newline in a textarea takes a line; the layer must too. */}
          {"\u200b"}
        </div>
        <textarea
          id="draft-body"
          ref={textarea}
          value={props.text}
          spellcheck={true}
          aria-describedby="draft-counters draft-at-cursor"
          onInput={(e) => {
            props.onText(e.currentTarget.value);
            setPointed(null);
            trackCaret();
          }}
          onScroll={() => {
            backdrop.scrollTop = textarea.scrollTop;
          }}
          onMouseMove={trackPointer}
          onMouseLeave={() => {
            cancelAnimationFrame(hoverFrame);
            setPointed(null);
          }}
          onKeyUp={trackCaret}
          onClick={trackCaret}
          onSelect={trackCaret}
        />
      </div>
      <p class="counters" id="draft-counters">
        <span>{report()?.words ?? 0} words</span>
        <span classList={{ over: limit() !== null && props.text.length > (limit() as number) }}>
          {props.text.length}
          <Show when={limit() !== null}> / {limit()}</Show> characters
        </span>
        <Show when={report()}>
          {(r) => (
            <span class={r().ready ? "ready" : "not-ready"}>
              {r().ready ? "Ready to send" : "Fix the errors before sending"}
            </span>
          )}
        </Show>
      </p>
      <p class="at-cursor" id="draft-at-cursor" aria-live="polite">
        {atCaret()
          ? `${SEVERITY_NAMES[atCaret()!.severity]} ${pointed() !== null ? "under the pointer" : "at the cursor"}: ${atCaret()!.message}`
          : ""}
      </p>
      <section class="read-asks" aria-labelledby="read-asks-title">
        <h3 id="read-asks-title">What Enlist reads as your ask</h3>
        <Show
          when={(report()?.asks.length ?? 0) > 0}
          fallback={<p class="empty">No request yet: say what you would like them to do.</p>}
        >
          <ul>
            <For each={report()?.asks ?? []}>
              {(a) => <li class={`read-ask level-${a.level ?? "none"}`}>{describeAsk(a)}</li>}
            </For>
          </ul>
        </Show>
      </section>
      <section class="findings" aria-labelledby="findings-title">
        <h3 id="findings-title">
          Findings <span class="count">({findings().length})</span>
        </h3>
        <Show when={findings().length > 0} fallback={<p class="empty">No findings: the message reads well.</p>}>
          <ul>
            <For each={findings()}>
              {(f, i) => (
                <li
                  class={`finding sev-${f.severity}`}
                  onMouseEnter={() => setActive(i())}
                  onMouseLeave={() => setActive(null)}
                  onFocusIn={() => setActive(i())}
                  onFocusOut={() => setActive(null)}
                >
                  <span class="severity">{SEVERITY_NAMES[f.severity]}</span>
                  <Show when={f.target === "subject"}>
                    <span class="tag">Subject</span>
                  </Show>
                  <span class="message">{f.message}</span>
                  <Show when={f.suggestion?.message && !f.suggestion?.replacement}>
                    <span class="suggestion">{f.suggestion?.message}</span>
                  </Show>
                  <span class="finding-actions">
                    <Show when={f.start !== undefined && f.target !== "subject"}>
                      <button type="button" class="small" onClick={() => show(f)}>
                        Show
                      </button>
                    </Show>
                    <Show when={f.suggestion?.replacement !== undefined && f.target !== "subject"}>
                      <button
                        type="button"
                        class="small primary"
                        onClick={() => fix(f)}
                        aria-label={`Fix: ${f.suggestion?.message ?? "apply the suggestion"}`}
                      >
                        Fix: {f.suggestion?.message}
                      </button>
                    </Show>
                    <code class="rule">{f.ruleId}</code>
                  </span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </div>
  );
}
