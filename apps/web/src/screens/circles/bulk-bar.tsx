import { CIRCLE_IDS, type CircleId } from "@enlist/core/schemas";
import { For, Show } from "solid-js";
import { CIRCLE_NAMES } from "../../lib/labels";

/** What can be done to the picked contacts at once: move them, set them aside, or bring them back. */
export function BulkBar(props: {
  count: number;
  archivedView: boolean;
  busy: boolean;
  onMove: (to: CircleId) => void;
  onArchive: (archived: boolean) => void;
  onClear: () => void;
}) {
  const people = () => `${props.count} ${props.count === 1 ? "contact" : "contacts"}`;
  return (
    <Show when={props.count > 0}>
      <div class="bulk-bar" role="toolbar" aria-label="Selected contacts">
        <span class="count">{people()} selected</span>
        <Show
          when={!props.archivedView}
          fallback={
            <button type="button" class="primary" disabled={props.busy} onClick={() => props.onArchive(false)}>
              Restore {people()}
            </button>
          }
        >
          <For each={CIRCLE_IDS}>
            {(circle) => (
              <button type="button" disabled={props.busy} onClick={() => props.onMove(circle)}>
                Move to {CIRCLE_NAMES[circle]}
              </button>
            )}
          </For>
          <button
            type="button"
            disabled={props.busy}
            onClick={() => props.onArchive(true)}
            title="Hidden from the plan and the board; restore them from Show archived"
          >
            Archive as not relevant
          </button>
        </Show>
        <button type="button" class="link" onClick={() => props.onClear()}>
          Clear selection
        </button>
      </div>
    </Show>
  );
}
