import { A } from "@solidjs/router";
import { CIRCLE_IDS, type CircleId } from "@enlist/core/schemas";
import { createSignal, Show } from "solid-js";
import type { StoredContact } from "../../api/types";
import { CIRCLE_NAMES } from "../../lib/labels";
import { ProblemView } from "../../ui/problem-view";
import type { Problem } from "../../api/problem";
import { VirtualList } from "./virtual-list";

export const DRAG_TYPE = "application/x-enlist-contact";

export interface ColumnProps {
  circle: CircleId;
  purpose: string;
  items: readonly StoredContact[];
  total: number;
  progress: number;
  loading: boolean;
  problem?: Problem | undefined;
  onMore: () => void;
  onMove: (contact: { id: string; name: string; from: CircleId }, to: CircleId) => void;
}

const neighbour = (circle: CircleId, step: -1 | 1) => CIRCLE_IDS[CIRCLE_IDS.indexOf(circle) + step];

/** One circle: what it is for, its counts and progress, and its contacts, which can be moved by drag or key. */
export function CircleColumn(props: ColumnProps) {
  const [over, setOver] = createSignal(false);
  const left = neighbour(props.circle, -1);
  const right = neighbour(props.circle, 1);

  const onKeyDown = (contact: StoredContact) => (e: KeyboardEvent) => {
    // Alt+arrow moves the focused contact one circle over: the keyboard's drag and drop.
    if (!e.altKey) return;
    const to = e.key === "ArrowLeft" ? left : e.key === "ArrowRight" ? right : undefined;
    if (!to) return;
    e.preventDefault();
    props.onMove({ id: contact.id, name: contact.name, from: props.circle }, to);
  };

  return (
    <section
      class={`column circle-${props.circle}`}
      classList={{ "drop-target": over() }}
      aria-labelledby={`col-${props.circle}`}
      onDragOver={(e) => {
        if (!e.dataTransfer?.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const raw = e.dataTransfer?.getData(DRAG_TYPE);
        if (!raw) return;
        e.preventDefault();
        const dragged = JSON.parse(raw) as { id: string; name: string; from: CircleId };
        if (dragged.from !== props.circle) props.onMove(dragged, props.circle);
      }}
    >
      <h2 id={`col-${props.circle}`}>
        {CIRCLE_NAMES[props.circle]} <span class="count">{props.total.toLocaleString("en")}</span>
      </h2>
      <p class="hint">{props.purpose}</p>
      <div class="progress" role="progressbar" aria-label={`${CIRCLE_NAMES[props.circle]} contacted`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(props.progress * 100)}>
        <span style={{ width: `${Math.round(props.progress * 100)}%` }} />
      </div>
      <p class="hint">{Math.round(props.progress * 100)}% contacted</p>
      <VirtualList items={props.items} rowHeight={64} total={props.total} label={`${CIRCLE_NAMES[props.circle]}: contacts`} onNearEnd={props.onMore}>
        {(c) => (
          <div
            class="card"
            draggable={true}
            data-contact-id={c.id}
            onDragStart={(e) => {
              e.dataTransfer?.setData(DRAG_TYPE, JSON.stringify({ id: c.id, name: c.name, from: props.circle }));
              if (e.dataTransfer) e.dataTransfer.effectAllowed = "move";
            }}
            onKeyDown={onKeyDown(c)}
          >
            <A href={`/contacts/${c.id}`} class="card-name" aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight">
              {c.name}
            </A>
            <span class="card-detail">{[c.role, c.company].filter(Boolean).join(", ") || c.tie}</span>
            <span class="card-moves">
              <Show when={left}>
                {(to) => (
                  <button type="button" class="small" aria-label={`Move ${c.name} to ${CIRCLE_NAMES[to()]}`} title={`Move to ${CIRCLE_NAMES[to()]} (Alt+←)`} onClick={() => props.onMove({ id: c.id, name: c.name, from: props.circle }, to())}>
                    ←
                  </button>
                )}
              </Show>
              <Show when={right}>
                {(to) => (
                  <button type="button" class="small" aria-label={`Move ${c.name} to ${CIRCLE_NAMES[to()]}`} title={`Move to ${CIRCLE_NAMES[to()]} (Alt+→)`} onClick={() => props.onMove({ id: c.id, name: c.name, from: props.circle }, to())}>
                    →
                  </button>
                )}
              </Show>
            </span>
          </div>
        )}
      </VirtualList>
      <Show when={props.loading}>
        <p class="loading">Loading…</p>
      </Show>
      <Show when={!props.loading && props.items.length === 0 && !props.problem}>
        <p class="empty">No one here{props.total > 0 ? " matches" : " yet"}.</p>
      </Show>
      <ProblemView problem={props.problem} retry={props.onMore} />
    </section>
  );
}
