import { Show } from "solid-js";
import { isNetworkProblem, type Problem } from "../api/problem";

/**
 * A failure shown where it happened: a retry for a lost connection (never a blank page), the API's
 * explanation otherwise.
 */
export function ProblemView(props: { problem: Problem | undefined; retry?: () => void }) {
  return (
    <Show when={props.problem}>
      {(p) => (
        <div class="problem" role="alert">
          <p>
            <strong>{p().title}.</strong> {p().detail}
          </p>
          <Show when={isNetworkProblem(p()) && props.retry}>
            <button type="button" onClick={() => props.retry?.()}>
              Try again
            </button>
          </Show>
        </div>
      )}
    </Show>
  );
}
