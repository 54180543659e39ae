import { Show } from "solid-js";

/** Words for a contact the import finds no circle for: not a Backer by default, nor by name. */
export const NO_CIRCLE = "Not in a circle yet";

/**
 * The contacts that fit no circle for the pivot, and the choice of what to do with them: left out unless the
 * user keeps them, since a Backer is someone who has your back, and LinkedIn says nothing of that.
 */
export function UnsortedChoice(props: {
  count: number;
  kept: number;
  toField: string | undefined;
  onKeepAll: () => void;
  onLeaveAll: () => void;
}) {
  return (
    <Show when={props.count > 0}>
      <section class="unsorted" aria-labelledby="unsorted-title">
        <h3 id="unsorted-title">
          {NO_CIRCLE} ({props.count})
        </h3>
        <p class="hint">
          {props.count === 1 ? "This contact is" : "These contacts are"} neither a leader nor a pathfinder for your move
          {props.toField ? ` into ${props.toField}` : ""}, and the file says nothing of how close you are. They are left
          out unless you keep them; kept, they go to Backers, for you to move once you know where they belong.
        </p>
        <p class="unsorted-summary">
          <strong>{props.kept}</strong> of {props.count} kept.
        </p>
        <div class="row">
          <button type="button" onClick={() => props.onKeepAll()}>
            Keep them all, in Backers
          </button>
          <button type="button" onClick={() => props.onLeaveAll()}>
            Leave out all not in a circle
          </button>
        </div>
      </section>
    </Show>
  );
}
