import { createStore, produce } from "solid-js/store";
import { CIRCLE_IDS, type CircleId } from "@enlist/core/schemas";
import { api } from "../../api/client";
import { call } from "../../api/call";
import type { Problem } from "../../api/problem";
import type { StoredContact } from "../../api/types";

/** What the board shows: the search, the filters, and whether it shows the archived instead of the rest. */
export interface Filter {
  q: string;
  status: string;
  company: string;
  /** Words that must all be in the role. */
  role: string;
  /** The year connected, as four digits, or "". */
  year: string;
  archived: boolean;
}

export const NO_FILTER: Filter = { q: "", status: "", company: "", role: "", year: "", archived: false };

/** Whether anything narrows the board: then an empty column says no one matches, not that it is empty. */
export const isNarrowed = (f: Filter) => Boolean(f.q || f.status || f.company || f.role || f.year);

/** The filter as the API's query, shared by the list and the summary so the counts follow what is shown. */
export function filterQuery(f: Filter) {
  return {
    ...(f.q ? { q: f.q } : {}),
    ...(f.status ? { status: f.status as never } : {}),
    ...(f.company ? { company: f.company } : {}),
    ...(f.role ? { role: f.role } : {}),
    ...(f.year ? { connectedYear: f.year } : {}),
    ...(f.archived ? { archived: "true" as const } : {}),
  };
}

interface Column {
  items: StoredContact[];
  cursor: string | null;
  loading: boolean;
  done: boolean;
  problem?: Problem | undefined;
}

const PAGE = 100;
const empty = (): Column => ({ items: [], cursor: null, loading: false, done: false });

/**
 * The three columns' contacts, loaded a page at a time as each is scrolled, for the current filter. A filter
 * change starts every column over; answers for an older filter are dropped.
 */
export function createContactPages() {
  const [columns, set] = createStore<Record<CircleId, Column>>({
    backers: empty(),
    leaders: empty(),
    pathfinders: empty(),
  });
  let filter: Filter = NO_FILTER;
  let generation = 0;

  async function more(circle: CircleId) {
    const col = columns[circle];
    if (col.loading || col.done) return;
    const asked = generation;
    set(circle, { loading: true, problem: undefined });
    const page = await call(() =>
      api.v1.contacts.$get({
        query: { circle, limit: String(PAGE), ...filterQuery(filter), ...(col.cursor ? { cursor: col.cursor } : {}) },
      }),
    );
    if (asked !== generation) return;
    if (!page.ok) return set(circle, { loading: false, problem: page.problem });
    set(
      circle,
      produce((c) => {
        c.items.push(...page.value.items);
        c.cursor = page.value.nextCursor;
        c.done = page.value.nextCursor === null;
        c.loading = false;
      }),
    );
  }

  function reset(next: Filter) {
    filter = next;
    generation++;
    for (const id of CIRCLE_IDS) set(id, empty());
    for (const id of CIRCLE_IDS) void more(id);
  }

  /** Moves a contact already changed on the server from one column to the top of another. */
  function moved(contact: StoredContact, from: CircleId) {
    set(from, "items", (items) => items.filter((c) => c.id !== contact.id));
    set(contact.circle, "items", (items) => [contact, ...items.filter((c) => c.id !== contact.id)]);
  }

  /** Takes contacts off the board: archived, or restored out of the archived view. */
  function removed(ids: ReadonlySet<string>) {
    for (const id of CIRCLE_IDS) set(id, "items", (items) => items.filter((c) => !ids.has(c.id)));
  }

  return { columns, more, reset, moved, removed };
}
