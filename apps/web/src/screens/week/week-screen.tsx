import { A } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { api } from "../../api/client";
import { call } from "../../api/call";
import { today } from "../../lib/today";
import { FOLLOW_UP_NAMES } from "../../lib/labels";
import { Loaded } from "../../ui/loaded";
import { Page } from "../../ui/page";
import { HeldBack } from "./held-back";
import { PlanItemCard } from "./plan-item-card";

export default function WeekScreen() {
  const day = today();
  const [plan, planControl] = createResource(() => call(() => api.v1.plan.$get({ query: { today: day } })));
  const [followUps, followUpsControl] = createResource(() =>
    call(() => api.v1["follow-ups"].$get({ query: { today: day } })),
  );
  const reload = () => {
    void planControl.refetch();
    void followUpsControl.refetch();
  };

  return (
    <Page
      title="This week"
      lead="The most important people first, within the time you set aside. Each action says why it is here."
    >
      <Loaded outcome={plan.latest} retry={reload}>
        {(week) => (
          <>
            <p class="budget">
              <strong>{week.plannedMinutes}</strong> of your <strong>{week.budgetMinutes}</strong> minutes planned for
              the week of {week.weekOf}
              <Show when={week.deferred > 0}> · {week.deferred} more waiting for next week</Show>
            </p>
            <Show
              when={week.items.length > 0}
              fallback={
                <Show
                  when={week.heldBack.count === 0}
                  fallback={
                    <p class="empty">
                      No outreach this week: the people left to ask are current colleagues, listed below.
                    </p>
                  }
                >
                  <p class="empty">
                    Nothing to do yet. <A href="/import">Import your LinkedIn connections</A> or{" "}
                    <A href="/contacts/new">add someone</A>, and Enlist will plan whom to ask.
                  </p>
                </Show>
              }
            >
              <ol class="plan">
                <For each={week.items}>{(item) => <PlanItemCard item={item} today={day} onDone={reload} />}</For>
              </ol>
            </Show>
            <HeldBack heldBack={week.heldBack} />
          </>
        )}
      </Loaded>

      <h2>Follow-ups</h2>
      <p class="hint">
        The 3B7 routine: after 3 business days without a reply, ask the next person; after 7, follow up once.
      </p>
      {/* The API lists only outreach still in play under 3B7: core's followUpsDue decides which. */}
      <Loaded outcome={followUps.latest} retry={reload}>
        {(f) => (
          <Show when={f.items.length > 0} fallback={<p class="empty">No outreach is waiting for an answer.</p>}>
            <ul class="follow-ups">
              <For each={f.items}>
                {(i) => (
                  <li>
                    <A href={`/contacts/${i.contactId}`}>{i.contactName}</A>{" "}
                    <span class={`state state-${i.state}`}>{FOLLOW_UP_NAMES[i.state] ?? i.state}</span>
                    <Show when={i.dueOn}> · due {i.dueOn}</Show>
                    <p class="hint">{i.explanation}</p>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Loaded>
    </Page>
  );
}
