import { For } from "solid-js";
import type { StoredContact } from "../../api/types";
import type { ContactFields } from "./contact-form";

const FIELDS: [keyof ContactFields, string][] = [
  ["name", "Name"],
  ["circle", "Circle"],
  ["tie", "Tie"],
  ["status", "Status"],
  ["company", "Company"],
  ["role", "Role"],
  ["field", "Field"],
  ["connection", "Connection"],
  ["researchNotes", "Research notes"],
  ["email", "E-mail"],
  ["linkedInUrl", "LinkedIn"],
  ["currentColleague", "Colleague"],
  ["transition", "Their move"],
];

const show = (v: unknown) =>
  v === undefined || v === null || v === ""
    ? "—"
    : typeof v === "object"
      ? Object.values(v as object).join(" → ")
      : String(v);

/** A stale save (412): the fields where the stored contact and the user's edit differ, and a choice. */
export function ConflictView(props: {
  mine: ContactFields;
  theirs: StoredContact;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  // The form leaves the colleague flag out unless the user set it: then it is no change of theirs.
  const differing = () =>
    FIELDS.filter(
      ([k]) =>
        (k !== "currentColleague" || k in props.mine) &&
        show(props.mine[k]) !== show((props.theirs as Record<string, unknown>)[k]),
    );
  return (
    <section class="conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">This contact changed while you were editing</h2>
      <p>Someone (you in another tab, or a script) saved a change first. Here is what differs:</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Saved meanwhile</th>
            <th scope="col">Your edit</th>
          </tr>
        </thead>
        <tbody>
          <For each={differing()}>
            {([k, label]) => (
              <tr>
                <th scope="row">{label}</th>
                <td>{show((props.theirs as Record<string, unknown>)[k])}</td>
                <td>{show(props.mine[k])}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <div class="row">
        <button type="button" class="primary" onClick={() => props.onKeepMine()}>
          Save my edit over it
        </button>
        <button type="button" onClick={() => props.onTakeTheirs()}>
          Keep the saved version
        </button>
      </div>
    </section>
  );
}
