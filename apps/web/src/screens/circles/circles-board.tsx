import { CIRCLES } from "@enlist/core/circles";
import { CIRCLE_IDS, REACHED_STATUSES, type CircleId } from "@enlist/core/schemas";
import { createEffect, createResource, createSignal, For, on } from "solid-js";
import { api } from "../../api/client";
import { call } from "../../api/call";
import { CIRCLE_NAMES } from "../../lib/labels";
import { ProblemView } from "../../ui/problem-view";
import type { Problem } from "../../api/problem";
import { CircleColumn } from "./circle-column";
import { createContactPages, type Filter } from "./contact-pages";
import { patchContact } from "../../api/patch-contact";

/** The three circles side by side, with counts, progress, and moves that the server confirms. */
export function CirclesBoard(props: { filter: Filter }) {
  const pages = createContactPages();
  const [summary, { refetch }] = createResource(() => call(() => api.v1.contacts.summary.$get()));
  const [announcement, setAnnouncement] = createSignal("");
  const [problem, setProblem] = createSignal<Problem>();
  let board!: HTMLDivElement;

  // Every column starts over for a new filter (and loads its first page at once).
  createEffect(on(() => [props.filter.q, props.filter.status] as const, ([q, status]) => pages.reset({ q, status })));

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
        [...cards].find((el) => el.dataset.contactId === contact.id)?.querySelector<HTMLElement>("a")?.focus();
      });
    });
  };

  return (
    <>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement()}
      </p>
      <ProblemView problem={problem()} />
      <ProblemView problem={summary.latest?.ok === false ? (summary.latest as { problem: Problem }).problem : undefined} retry={() => void refetch()} />
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
            />
          )}
        </For>
      </div>
    </>
  );
}
