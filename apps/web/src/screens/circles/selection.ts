import { createSignal } from "solid-js";

/**
 * The contacts picked on the board, as a person sorting hundreds picks them: one by one (a click, Space),
 * or a run of a column from the last one picked (Shift+click, Shift+↑/↓).
 */
export function createSelection() {
  const [ids, setIds] = createSignal<ReadonlySet<string>>(new Set());
  let anchor: string | undefined;

  const toggle = (id: string) => {
    const next = new Set(ids());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    anchor = id;
    setIds(next);
  };

  /** Adds the run of `order` from the last contact picked to `id`; with no anchor in `order`, just `id`. */
  const extend = (order: readonly string[], id: string) => {
    const to = order.indexOf(id);
    const from = anchor === undefined ? -1 : order.indexOf(anchor);
    const next = new Set(ids());
    if (from < 0 || to < 0) next.add(id);
    else for (let i = Math.min(from, to); i <= Math.max(from, to); i++) next.add(order[i] as string);
    anchor = id;
    setIds(next);
  };

  const clear = () => {
    anchor = undefined;
    setIds(new Set<string>());
  };

  return { ids, has: (id: string) => ids().has(id), toggle, extend, clear };
}
export type Selection = ReturnType<typeof createSelection>;
