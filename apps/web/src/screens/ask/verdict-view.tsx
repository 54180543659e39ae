import type { Ask, AskVerdict } from "@enlist/core/schemas";
import { For, Show } from "solid-js";
import { ASK_KIND_NAMES, LEVEL_NAMES } from "../../lib/labels";

const describe = (ask: Ask) =>
  `${ASK_KIND_NAMES[ask.kind] ?? ask.kind}${ask.specifics ? ` — ${ask.specifics}` : ""}${ask.minutes !== undefined ? ` (${ask.minutes} min of their time)` : ""}`;

/** A verdict of checkAsk: the level, what the ask costs against what this relationship allows, and why. */
export function VerdictView(props: { verdict: AskVerdict; onUseRightSized?: (ask: Ask) => void }) {
  const v = () => props.verdict;
  return (
    <section class={`verdict level-${v().level}`} aria-live="polite" aria-labelledby="verdict-title">
      <h3 id="verdict-title">
        Verdict: <span class="level">{LEVEL_NAMES[v().level]}</span>
      </h3>
      <dl class="cost">
        <dt>Their time</dt>
        <dd>
          {v().cost.minutes} min{" "}
          <span class="hint">(this relationship allows {v().cost.allowance.minutes} min now)</span>
        </dd>
        <Show when={v().cost.travelMinutes > 0}>
          <dt>Their travel</dt>
          <dd>
            {v().cost.travelMinutes} min <span class="hint">(allowed: {v().cost.allowance.travelMinutes} min)</span>
          </dd>
        </Show>
        <dt>Format</dt>
        <dd>{v().cost.format}</dd>
        <Show when={v().cost.commitment}>
          <dt>Commitment</dt>
          <dd>It recurs</dd>
        </Show>
      </dl>
      <Show when={v().findings.length > 0}>
        <ul class="verdict-findings">
          <For each={v().findings}>
            {(f) => (
              <li class={`sev-${f.severity}`}>
                {f.message}
                <Show when={f.suggestion?.message}>
                  <span class="suggestion"> {f.suggestion?.message}</span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={v().rightSized}>
        {(ask) => (
          <div class="right-sized">
            <p>
              <strong>The right-sized ask:</strong> {describe(ask())}
            </p>
            <Show when={props.onUseRightSized}>
              <button type="button" onClick={() => props.onUseRightSized?.(ask())}>
                Use the right-sized ask
              </button>
            </Show>
          </div>
        )}
      </Show>
    </section>
  );
}
