import { createResource, createSignal, For, Show } from "solid-js";
import { api } from "../../api/client";
import { call } from "../../api/call";
import type { Problem } from "../../api/problem";
import { ASK_KIND_NAMES, LEVEL_NAMES } from "../../lib/labels";
import { LoadedList } from "../../ui/loaded";
import { ProblemView } from "../../ui/problem-view";

type Status = "granted" | "declined" | "withdrawn";
const STATUS_NAMES = { open: "Waiting", granted: "Granted", declined: "Declined", withdrawn: "Withdrawn" } as const;

/** Asks made of this person, each with the verdict it had when made, and how it ended. */
export function AskList(props: { contactId: string; onMarked?: () => void }) {
  const [asks, { refetch }] = createResource(
    () => props.contactId,
    (id) => call(() => api.v1.contacts[":id"].asks.$get({ param: { id } })),
  );
  const [problem, setProblem] = createSignal<Problem>();
  const mark = async (askId: string, status: Status) => {
    // eslint-disable-next-line solid/reactivity -- call() runs this at once, inside the handler, so it reads the values of the moment
    const done = await call(() =>
      api.v1.contacts[":id"].asks[":askId"].$patch({ param: { id: props.contactId, askId }, json: { status } }),
    );
    if (!done.ok) return setProblem(done.problem);
    setProblem(undefined);
    void refetch();
    props.onMarked?.();
  };
  return (
    <section aria-labelledby="asks-title">
      <h2 id="asks-title">Asks</h2>
      <ProblemView problem={problem()} />
      <LoadedList
        outcome={asks.latest}
        retry={() => void refetch()}
        class="asks"
        empty={<p class="empty">No asks yet. Asks you send from the composer are kept here with their verdicts.</p>}
      >
        {(item) => {
          const level = item.verdict.level;
          return (
            <>
              <strong>{ASK_KIND_NAMES[item.ask.kind] ?? item.ask.kind}</strong>
              <Show when={item.ask.specifics}> — {item.ask.specifics}</Show>
              <span class={`tag level-${level}`}>{LEVEL_NAMES[level]}</span>
              <span class="tag">{STATUS_NAMES[item.status]}</span>{" "}
              <span class="hint">{item.createdAt.slice(0, 10)}</span>
              <Show when={item.status === "open"}>
                <span class="row">
                  <For each={["granted", "declined", "withdrawn"] as const}>
                    {(status) => (
                      <button type="button" class="small" onClick={() => void mark(item.id, status)}>
                        {STATUS_NAMES[status]}
                      </button>
                    )}
                  </For>
                </span>
              </Show>
            </>
          );
        }}
      </LoadedList>
    </section>
  );
}
