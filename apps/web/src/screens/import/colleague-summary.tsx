import { Show } from "solid-js";

/** How many imported contacts will be current colleagues, and what that means for the plan. */
export function ColleagueSummary(props: { count: number; employer: string | undefined; stillEmployed: boolean }) {
  return (
    <Show
      when={props.count > 0}
      fallback={
        <Show when={!props.employer}>
          <p class="hint">
            Set your current employer on your pivot, and those who work there are marked as current colleagues.
          </p>
        </Show>
      }
    >
      <p class="colleague-summary">
        <strong>{props.count}</strong> {props.count === 1 ? "works" : "work"} at {props.employer} and will be marked as
        current {props.count === 1 ? "colleague" : "colleagues"}
        {props.stillEmployed
          ? ": while you are still employed, the plan keeps your move from them until you say you have told them."
          : "."}
      </p>
    </Show>
  );
}
