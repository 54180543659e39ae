import { Show, type JSX } from "solid-js";
import type { Outcome } from "../api/call";
import { ProblemView } from "./problem-view";

/** What a request brought: its value rendered by `children`, or the problem with a way to try again. */
export function Loaded<T>(props: { outcome: Outcome<T> | undefined; retry: () => void; children: (value: T) => JSX.Element }) {
  return (
    <Show when={props.outcome} keyed>
      {(o) => (o.ok ? props.children(o.value) : <ProblemView problem={o.problem} retry={props.retry} />)}
    </Show>
  );
}
