import { For, Show } from "solid-js";
import { fieldWord } from "./import-action";

export type Update = {
  row: number;
  existingId: string;
  name: string;
  changes: { field: string; from?: string; to: string }[];
};

/** Who in the file is already in Enlist with something new, and what: each update can be left out. */
export function UpdateList(props: {
  updates: Update[];
  kept: (row: number) => boolean;
  onToggle: (row: number, keep: boolean) => void;
}) {
  return (
    <Show when={props.updates.length > 0}>
      <section aria-labelledby="updates-title">
        <h3 id="updates-title">Already in Enlist, with something new ({props.updates.length})</h3>
        <ul class="updates plain">
          <For each={props.updates}>
            {(u) => (
              <li>
                <label>
                  <input
                    type="checkbox"
                    checked={props.kept(u.row)}
                    onChange={(e) => props.onToggle(u.row, e.currentTarget.checked)}
                  />{" "}
                  Update <strong>{u.name}</strong>
                </label>
                <ul class="changes">
                  <For each={u.changes}>
                    {(c) => (
                      <li>
                        {fieldWord(c.field)}:{" "}
                        {c.from === undefined ? (
                          <>added {c.to}</>
                        ) : (
                          <>
                            {c.from} → {c.to}
                          </>
                        )}
                      </li>
                    )}
                  </For>
                </ul>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
