import { For, Show, type JSX } from "solid-js";
import type { Outcome } from "../api/call";
import { ProblemView } from "./problem-view";

/** What a request brought: its value rendered by `children`, or the problem with a way to try again. */
export function Loaded<T>(props: {
  outcome: Outcome<T> | undefined;
  retry: () => void;
  children: (value: T) => JSX.Element;
}) {
  return (
    <Show when={props.outcome} keyed>
      {(o) => (o.ok ? props.children(o.value) : <ProblemView problem={o.problem} retry={props.retry} />)}
    </Show>
  );
}

/** A loaded list: one element per item, or `empty` when there are none. */
export function LoadedList<T>(props: {
  outcome: Outcome<{ items: T[] }> | undefined;
  retry: () => void;
  empty: JSX.Element;
  class: string;
  children: (item: T) => JSX.Element;
}) {
  return (
    <Loaded outcome={props.outcome} retry={props.retry}>
      {(value) => (
        <Show when={value.items.length > 0} fallback={props.empty}>
          <ul class={props.class}>
            <For each={value.items}>{(item) => <li>{props.children(item)}</li>}</For>
          </ul>
        </Show>
      )}
    </Loaded>
  );
}
