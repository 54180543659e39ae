import { A } from "@solidjs/router";
import type { WeekPlan } from "@enlist/core/schemas";
import { For, Show } from "solid-js";

/** The current colleagues the plan leaves out while the user is still employed, and why. */
export function HeldBack(props: { heldBack: WeekPlan["heldBack"] }) {
  return (
    <Show when={props.heldBack.count > 0}>
      <section class="held-back" aria-labelledby="held-back-title">
        <h2 id="held-back-title">Kept from your move ({props.heldBack.count})</h2>
        <p class="hint">
          Current colleagues: no outreach is planned for them while you are still employed. Once you have told someone,
          tick "I've told them about my move" on their page.
        </p>
        <ul>
          <For each={props.heldBack.people}>
            {(p) => (
              <li>
                <A href={`/contacts/${p.contactId}`}>{p.contactName}</A>
                <p class="hint">{p.reason}</p>
              </li>
            )}
          </For>
        </ul>
        <Show when={props.heldBack.count > props.heldBack.people.length}>
          <p class="hint">…and {props.heldBack.count - props.heldBack.people.length} more.</p>
        </Show>
      </section>
    </Show>
  );
}
