import { INTERACTION_TYPES, type InteractionType } from "@enlist/core/schemas";
import { createResource, createSignal, For, Show } from "solid-js";
import { api } from "../../api/client";
import { call } from "../../api/call";
import type { Problem } from "../../api/problem";
import { INTERACTION_NAMES } from "../../lib/labels";
import { today } from "../../lib/today";
import { Loaded } from "../../ui/loaded";
import { ProblemView } from "../../ui/problem-view";

/** What happened with this person, newest first, and a log of something new in two clicks. */
export function InteractionLog(props: { contactId: string; onLogged?: () => void }) {
  const [history, { refetch }] = createResource(
    () => props.contactId,
    (id) => call(() => api.v1.contacts[":id"].interactions.$get({ param: { id } })),
  );
  const [open, setOpen] = createSignal(false);
  const [note, setNote] = createSignal("");
  const [date, setDate] = createSignal(today());
  const [problem, setProblem] = createSignal<Problem>();
  let last: InteractionType | undefined;

  const log = async (type: InteractionType) => {
    last = type;
    // eslint-disable-next-line solid/reactivity -- call() runs this at once, inside the handler, so it reads the values of the moment
    const logged = await call(() =>
      api.v1.contacts[":id"].interactions.$post({
        param: { id: props.contactId },
        json: { type, date: date(), ...(note().trim() ? { note: note().trim() } : {}) },
      }),
    );
    if (!logged.ok) return setProblem(logged.problem);
    setProblem(undefined);
    setNote("");
    setOpen(false);
    void refetch();
    props.onLogged?.();
  };

  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <Show
        when={open()}
        fallback={
          <button type="button" onClick={() => setOpen(true)} aria-expanded="false">
            Log something
          </button>
        }
      >
        <fieldset class="log">
          <legend>What happened?</legend>
          <div class="row wrap">
            <div class="field">
              <label for="log-date">When</label>
              <input
                id="log-date"
                type="date"
                max={today()}
                value={date()}
                onInput={(e) => setDate(e.currentTarget.value)}
              />
            </div>
            <div class="field grow">
              <label for="log-note">Note (optional)</label>
              <input id="log-note" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
            </div>
          </div>
          <div class="row wrap">
            <For each={INTERACTION_TYPES}>
              {(type) => (
                <button type="button" onClick={() => void log(type)}>
                  {INTERACTION_NAMES[type]}
                </button>
              )}
            </For>
            <button type="button" class="link" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
          <ProblemView problem={problem()} retry={() => last && void log(last)} />
        </fieldset>
      </Show>
      <Loaded outcome={history.latest} retry={() => void refetch()}>
        {(h) => (
          <Show when={h.items.length > 0} fallback={<p class="empty">Nothing yet.</p>}>
            <ol class="history" reversed>
              <For each={[...h.items].reverse()}>
                {(i) => (
                  <li>
                    <time datetime={i.date}>{i.date}</time> <strong>{INTERACTION_NAMES[i.type] ?? i.type}</strong>
                    <Show when={i.note}>
                      <p class="note">{i.note}</p>
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        )}
      </Loaded>
    </section>
  );
}
