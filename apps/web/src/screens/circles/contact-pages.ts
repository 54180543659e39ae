import { createStore, produce } from "solid-js/store";
import { CIRCLE_IDS, type CircleId } from "@enlist/core/schemas";
import { api } from "../../api/client";
import { call } from "../../api/call";
import type { Problem } from "../../api/problem";
import type { StoredContact } from "../../api/types";

export interface Filter {
  q: string;
  status: string;
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
  const [columns, set] = createStore<Record<CircleId, Column>>({ backers: empty(), leaders: empty(), pathfinders: empty() });
  let filter: Filter = { q: "", status: "" };
  let generation = 0;

  async function more(circle: CircleId) {
    const col = columns[circle];
    if (col.loading || col.done) return;
    const asked = generation;
    set(circle, { loading: true, problem: undefined });
    const page = await call(() =>
      api.v1.contacts.$get({
        query: { circle, limit: String(PAGE), ...(filter.q ? { q: filter.q } : {}), ...(filter.status ? { status: filter.status as never } : {}), ...(col.cursor ? { cursor: col.cursor } : {}) },
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

  return { columns, more, reset, moved };
}
