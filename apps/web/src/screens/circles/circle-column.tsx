import { A } from "@solidjs/router";
import { CIRCLE_IDS, type CircleId } from "@enlist/core/schemas";
import { createSignal, Show } from "solid-js";
import type { StoredContact } from "../../api/types";
import { CIRCLE_NAMES } from "../../lib/labels";
import { ProblemView } from "../../ui/problem-view";
import type { Problem } from "../../api/problem";
import type { Selection } from "./selection";
import { VirtualList } from "./virtual-list";
import "./selection.css";

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
  selection: Selection;
  /** A search or a filter is on: an empty column says no one matches. */
  narrowed: boolean;
  /** The board shows the archived contacts instead of the others. */
  archivedView: boolean;
}

const ROW_HEIGHT = 64;
/** Inside a card, these do their own thing on a click or a key: the card's selection leaves them alone. */
const OWN_ACTION = "button, input, select, textarea";

const neighbour = (circle: CircleId, step: -1 | 1) => CIRCLE_IDS[CIRCLE_IDS.indexOf(circle) + step];

/** One circle: what it is for, its counts and progress, and its contacts, which can be moved by drag or key. */
export function CircleColumn(props: ColumnProps) {
  const [over, setOver] = createSignal(false);
  const left = () => neighbour(props.circle, -1);
  const right = () => neighbour(props.circle, 1);
  let section!: HTMLElement;
  const order = () => props.items.map((c) => c.id);
  const name = () => CIRCLE_NAMES[props.circle];

  /** Focuses a card's name, scrolling its row into the page first when the list has not drawn it yet. */
  const focusCard = (id: string) => {
    const find = () => section.querySelector<HTMLElement>(`[data-contact-id="${id}"] .card-name`);
    const now = find();
    if (now) return now.focus();
    const viewport = section.querySelector<HTMLElement>(".virtual");
    if (viewport) viewport.scrollTop = Math.max(0, order().indexOf(id) * ROW_HEIGHT - viewport.clientHeight / 2);
    requestAnimationFrame(() => find()?.focus());
  };

  // eslint-disable-next-line solid/reactivity -- makes a key handler, which reads props when the key comes
  const onKeyDown = (contact: StoredContact) => (e: KeyboardEvent) => {
    if ((e.target as Element).closest(OWN_ACTION)) return;
    // Alt+arrow moves the focused contact one circle over: the keyboard's drag and drop.
    if (e.altKey) {
      const to = e.key === "ArrowLeft" ? left() : e.key === "ArrowRight" ? right() : undefined;
      if (!to) return;
      e.preventDefault();
      props.onMove({ id: contact.id, name: contact.name, from: props.circle }, to);
      return;
    }
    if (e.key === " ") {
      e.preventDefault();
      if (e.shiftKey) props.selection.extend(order(), contact.id);
      else props.selection.toggle(contact.id);
    } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      const ids = order();
      const next = ids[ids.indexOf(contact.id) + (e.key === "ArrowDown" ? 1 : -1)];
      if (!next) return;
      e.preventDefault();
      // Shift+arrow picks as it goes, from the contact the focus leaves.
      if (e.shiftKey) {
        if (!props.selection.has(contact.id)) props.selection.toggle(contact.id);
        props.selection.extend(ids, next);
      }
      focusCard(next);
    } else if (e.key === "Escape" && props.selection.ids().size > 0) {
      e.preventDefault();
      props.selection.clear();
    }
  };

  // eslint-disable-next-line solid/reactivity -- makes a click handler, which reads props when the click comes
  const onClick = (contact: StoredContact) => (e: MouseEvent) => {
    // The name opens the contact and the arrows move them; a click anywhere else on the card picks them.
    if ((e.target as Element).closest(`${OWN_ACTION}, a`)) return;
    if (e.shiftKey) props.selection.extend(order(), contact.id);
    else props.selection.toggle(contact.id);
  };

  return (
    <section
      ref={section}
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
      <div
        class="progress"
        role="progressbar"
        aria-label={`${CIRCLE_NAMES[props.circle]} contacted`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(props.progress * 100)}
      >
        <span style={{ width: `${Math.round(props.progress * 100)}%` }} />
      </div>
      <p class="hint">{Math.round(props.progress * 100)}% contacted</p>
      <VirtualList
        items={props.items}
        rowHeight={ROW_HEIGHT}
        total={props.total}
        label={`${name()}: contacts`}
        onNearEnd={props.onMore}
        isSelected={(c) => props.selection.has(c.id)}
      >
        {(c) => (
          <div
            class="card"
            role="gridcell"
            classList={{ selected: props.selection.has(c.id) }}
            draggable={true}
            data-contact-id={c.id}
            onClick={onClick(c)}
            // Shift+click picks a run of cards; without this it would also select their text.
            onMouseDown={(e) => e.shiftKey && e.preventDefault()}
            onDragStart={(e) => {
              e.dataTransfer?.setData(DRAG_TYPE, JSON.stringify({ id: c.id, name: c.name, from: props.circle }));
              if (e.dataTransfer) e.dataTransfer.effectAllowed = "move";
            }}
            onKeyDown={onKeyDown(c)}
          >
            <A
              href={`/contacts/${c.id}`}
              class="card-name"
              aria-keyshortcuts="Space Shift+ArrowDown Shift+ArrowUp Alt+ArrowLeft Alt+ArrowRight"
            >
              {c.name}
            </A>
            <span class="card-detail">{[c.role, c.company].filter(Boolean).join(", ") || c.tie}</span>
            <span class="card-moves">
              <Show when={left()}>
                {(to) => (
                  <button
                    type="button"
                    class="small"
                    aria-label={`Move ${c.name} to ${CIRCLE_NAMES[to()]}`}
                    title={`Move to ${CIRCLE_NAMES[to()]} (Alt+←)`}
                    onClick={() => props.onMove({ id: c.id, name: c.name, from: props.circle }, to())}
                  >
                    ←
                  </button>
                )}
              </Show>
              <Show when={right()}>
                {(to) => (
                  <button
                    type="button"
                    class="small"
                    aria-label={`Move ${c.name} to ${CIRCLE_NAMES[to()]}`}
                    title={`Move to ${CIRCLE_NAMES[to()]} (Alt+→)`}
                    onClick={() => props.onMove({ id: c.id, name: c.name, from: props.circle }, to())}
                  >
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
        <p class="empty">
          {props.archivedView
            ? `No one in ${name()} is archived${props.narrowed ? " that matches" : ""}.`
            : props.narrowed
              ? `No one in ${name()} matches.`
              : "No one here yet."}
        </p>
      </Show>
      <ProblemView problem={props.problem} retry={props.onMore} />
    </section>
  );
}
