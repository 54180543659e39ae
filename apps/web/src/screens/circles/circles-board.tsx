import { CIRCLES } from "@enlist/core/circles";
import { CIRCLE_IDS, REACHED_STATUSES, type CircleId } from "@enlist/core/schemas";
import { createEffect, createResource, createSignal, For, on, Show } from "solid-js";
import { api } from "../../api/client";
import { call } from "../../api/call";
import { CIRCLE_NAMES } from "../../lib/labels";
import { ProblemView } from "../../ui/problem-view";
import type { Problem } from "../../api/problem";
import { CircleColumn } from "./circle-column";
import { BulkBar } from "./bulk-bar";
import { createContactPages, filterQuery, isNarrowed, type Filter } from "./contact-pages";
import { createSelection } from "./selection";
import { patchContact } from "../../api/patch-contact";
import type { StoredContact } from "../../api/types";

const contacts = (n: number) => `${n} ${n === 1 ? "contact" : "contacts"}`;

/** The three circles side by side, with counts, progress, and moves that the server confirms. */
export function CirclesBoard(props: { filter: Filter }) {
  const pages = createContactPages();
  const selection = createSelection();
  const [busy, setBusy] = createSignal(false);
  // The counts are for the same filter as the columns, so each heading says how many match.
  const [summary, { refetch }] = createResource(
    () => ({ ...props.filter }),
    (f) => call(() => api.v1.contacts.summary.$get({ query: filterQuery(f) })),
  );
  const [announcement, setAnnouncement] = createSignal("");
  const [problem, setProblem] = createSignal<Problem>();
  let board!: HTMLDivElement;

  // Every column starts over for a new filter (and loads its first page at once).
  createEffect(
    on(
      () => ({ ...props.filter }),
      (f) => {
        // What was picked may no longer be on the board.
        selection.clear();
        pages.reset(f);
      },
    ),
  );

  const picked = (): { contact: StoredContact; from: CircleId }[] =>
    CIRCLE_IDS.flatMap((circle) =>
      pages.columns[circle].items.filter((c) => selection.has(c.id)).map((contact) => ({ contact, from: circle })),
    );

  /** One call for all the picked contacts: the server changes all of them or none. */
  const bulk = async (patch: { circle?: CircleId; archived?: boolean }, done: (n: number) => string) => {
    const chosen = picked();
    if (chosen.length === 0) return;
    setProblem(undefined);
    setBusy(true);
    const answer = await call(() =>
      api.v1.contacts.bulk.$post({ json: { ids: chosen.map((c) => c.contact.id), patch } }),
    );
    setBusy(false);
    if (!answer.ok) return setProblem(answer.problem);
    if (patch.archived !== undefined) pages.removed(new Set(chosen.map((c) => c.contact.id)));
    else
      for (const [i, contact] of answer.value.items.entries()) pages.moved(contact, chosen[i]?.from ?? contact.circle);
    selection.clear();
    setAnnouncement(done(chosen.length));
    void refetch();
  };

  const counts = (circle: CircleId) => {
    const s = summary.latest;
    const c = s?.ok ? s.value.circles[circle] : undefined;
    const total = c?.total ?? 0;
    const reached = REACHED_STATUSES.reduce((n, st) => n + (c?.byStatus[st] ?? 0), 0);
    return { total, progress: total ? reached / total : 0 };
  };

  const move = async (contact: { id: string; name: string; from: CircleId }, to: CircleId) => {
    setProblem(undefined);
    setAnnouncement(`Moving ${contact.name} to ${CIRCLE_NAMES[to]}…`);
    const moved = await patchContact(contact.id, { circle: to });
    if (!moved.ok) {
      setAnnouncement("");
      return setProblem(moved.problem);
    }
    pages.moved(moved.value, contact.from);
    setAnnouncement(`${contact.name} is now in ${CIRCLE_NAMES[to]}.`);
    void refetch();
    // Focus follows the contact, so a keyboard user can keep moving it.
    requestAnimationFrame(() => {
      const target = board.querySelector<HTMLElement>(`.circle-${to} .virtual`);
      if (target) target.scrollTop = 0;
      requestAnimationFrame(() => {
        const cards = board.querySelectorAll<HTMLElement>(`.circle-${to} [data-contact-id]`);
        [...cards]
          .find((el) => el.dataset.contactId === contact.id)
          ?.querySelector<HTMLElement>("a")
          ?.focus();
      });
    });
  };

  const archivedCount = () => (summary.latest?.ok ? summary.latest.value.archived : 0);

  return (
    <>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement()}
      </p>
      <BulkBar
        count={selection.ids().size}
        archivedView={props.filter.archived}
        busy={busy()}
        onMove={(to) => void bulk({ circle: to }, (n) => `${contacts(n)} moved to ${CIRCLE_NAMES[to]}.`)}
        onArchive={(archived) =>
          void bulk({ archived }, (n) =>
            archived
              ? `${contacts(n)} archived as not relevant: hidden from the plan and the board. Show archived to restore them.`
              : `${contacts(n)} restored to the board and the plan.`,
          )
        }
        onClear={selection.clear}
      />
      <p class="visually-hidden" aria-live="polite">
        {selection.ids().size > 0 ? `${contacts(selection.ids().size)} selected.` : ""}
      </p>
      <ProblemView problem={problem()} />
      <ProblemView
        problem={summary.latest?.ok === false ? (summary.latest as { problem: Problem }).problem : undefined}
        retry={() => void refetch()}
      />
      <div class="board" ref={board}>
        <For each={CIRCLE_IDS}>
          {(circle) => (
            <CircleColumn
              circle={circle}
              purpose={CIRCLES[circle].purpose}
              items={pages.columns[circle].items}
              total={counts(circle).total}
              progress={counts(circle).progress}
              loading={pages.columns[circle].loading}
              problem={pages.columns[circle].problem}
              onMore={() => void pages.more(circle)}
              onMove={move}
              selection={selection}
              narrowed={isNarrowed(props.filter)}
              archivedView={props.filter.archived}
            />
          )}
        </For>
      </div>
      <Show when={!props.filter.archived && archivedCount() > 0}>
        <p class="archived-note">
          {archivedCount() === 1
            ? `1 contact${isNarrowed(props.filter) ? " that matches" : ""} is`
            : `${archivedCount()} contacts${isNarrowed(props.filter) ? " that match" : ""} are`}{" "}
          archived as not relevant and hidden here: tick <em>Show archived</em> to see or restore them.
        </p>
      </Show>
    </>
  );
}
