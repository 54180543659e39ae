import { Show } from "solid-js";

export type Restored = {
  contacts: number;
  interactions: number;
  asks: number;
  pivot: { fromField?: string; toField?: string } | null;
  exportedAt?: string;
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "10 contacts, 3 interactions, 1 ask and your pivot (teaching → UX research)": what a backup holds. */
export const backupContents = (r: Restored) =>
  [
    count(r.contacts, "contact", "contacts"),
    count(r.interactions, "interaction", "interactions"),
    count(r.asks, "ask", "asks"),
  ].join(", ") + (r.pivot ? ` and your pivot (${r.pivot.fromField} → ${r.pivot.toField})` : "");

/** A backup before it is restored: when it was made, what it holds, and what restoring it does. */
export function BackupPreview(props: { restored: Restored }) {
  return (
    <div class="backup-summary">
      <p>
        An Enlist backup
        <Show when={props.restored.exportedAt}>{(at) => <> made on {at().slice(0, 10)}</>}</Show>:{" "}
        {backupContents(props.restored)}.
      </p>
      <Show when={props.restored.pivot}>
        <p class="hint">Restoring it replaces the pivot you set when you signed up.</p>
      </Show>
    </div>
  );
}
