import { A, useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { ACTION_PURPOSE, actionDone } from "@enlist/core/plan";
import type { PlanItem } from "@enlist/core/schemas";
import { patchContact } from "../../api/patch-contact";
import { api } from "../../api/client";
import { call } from "../../api/call";
import type { Problem } from "../../api/problem";
import { ACTION_NAMES, ASK_KIND_NAMES, CIRCLE_NAMES, LEVEL_NAMES } from "../../lib/labels";
import { ProblemView } from "../../ui/problem-view";

export function PlanItemCard(props: { item: PlanItem; today: string; onDone: () => void }) {
  const navigate = useNavigate();
  const [problem, setProblem] = createSignal<Problem>();
  // Read through props each time: the list keeps the card when the plan is refetched with a new item.
  const item = () => props.item;
  const writes = () => ACTION_PURPOSE[item().action] !== null;

  const markDone = async () => {
    const record = actionDone(item().action);
    // Research is done by writing the notes, on the contact's page.
    if (!record) return navigate(`/contacts/${item().contactId}#research`);
    const done =
      "log" in record
        ? // eslint-disable-next-line solid/reactivity -- call() runs this at once, inside the handler, so it reads the values of the moment
          await call(() =>
            api.v1.contacts[":id"].interactions.$post({
              param: { id: item().contactId },
              json: {
                type: record.log,
                date: props.today,
                note: `Done from the plan: ${ACTION_NAMES[item().action]?.toLowerCase()}.`,
              },
            }),
          )
        : await patchContact(item().contactId, { status: record.status });
    if (!done.ok) return setProblem(done.problem);
    props.onDone();
  };

  return (
    <li class={`plan-item circle-${item().circle}`}>
      <div class="plan-item-head">
        <span class="action">{ACTION_NAMES[item().action] ?? item().action}</span>
        <A href={`/contacts/${item().contactId}`} class="who">
          {item().contactName}
        </A>
        <span class="tag">{CIRCLE_NAMES[item().circle]}</span>
        <span class="minutes">{item().minutes} min</span>
      </div>
      <p class="reason">{item().reason}</p>
      <Show when={item().ask}>
        {(ask) => (
          <p class="ask">
            Ask: <strong>{ASK_KIND_NAMES[ask().kind] ?? ask().kind}</strong>
            <Show when={ask().specifics}> — {ask().specifics}</Show>
            <Show when={item().askLevel}> ({LEVEL_NAMES[item().askLevel as keyof typeof LEVEL_NAMES]})</Show>
          </p>
        )}
      </Show>
      <div class="row">
        <Show when={writes()}>
          <button
            type="button"
            class="primary"
            onClick={() =>
              navigate(`/compose?contact=${encodeURIComponent(item().contactId)}`, { state: { item: item() } })
            }
          >
            Write the message
          </button>
        </Show>
        <button type="button" onClick={markDone}>
          {item().action === "research" ? "Add research notes" : "Mark done"}
        </button>
      </div>
      <ProblemView problem={problem()} retry={markDone} />
    </li>
  );
}
