import { For, Show } from "solid-js";
import type { Duplicate } from "../../api/types";
import { fieldWord } from "./import-action";

export type { Duplicate } from "../../api/types";

/** Both: import the row as someone new; merge: the same person, so the row updates them; out: not imported. */
export type DuplicateChoice = "both" | "merge" | "out";

/**
 * A possible duplicate — the same name, another or no address — shown side by side with whom it may be,
 * the fields that differ in two columns, and the three things the user can do with it.
 */
export function DuplicateCompare(props: {
  duplicate: Duplicate;
  choice: DuplicateChoice;
  onChoose: (choice: DuplicateChoice) => void;
}) {
  const stored = () => "existingId" in props.duplicate.with;
  const otherName = () => ("row" in props.duplicate.with ? `Row ${props.duplicate.with.row}` : "In Enlist");
  const name = () => props.duplicate.proposal.name ?? props.duplicate.other?.name ?? "";
  const options = (): [DuplicateChoice, string][] => [
    ["both", "Two people: import this row as well"],
    [
      "merge",
      stored()
        ? "The same person: update the one in Enlist"
        : `The same person: merge into row ${"row" in props.duplicate.with ? props.duplicate.with.row : ""}`,
    ],
    ["out", "Leave this row out"],
  ];
  return (
    <fieldset class="duplicate">
      <legend>
        Row {props.duplicate.row}: {name()} —{" "}
        {stored()
          ? "the same name as a contact you have"
          : `the same name as row ${"row" in props.duplicate.with ? props.duplicate.with.row : ""}`}
      </legend>
      <Show
        when={(props.duplicate.differences ?? []).length > 0}
        fallback={<p class="hint">Nothing else in the file tells them apart.</p>}
      >
        <table class="compare">
          <caption class="visually-hidden">
            What differs between row {props.duplicate.row} and {otherName()}
          </caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Row {props.duplicate.row}</th>
              <th scope="col">{otherName()}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.duplicate.differences}>
              {(d) => (
                <tr>
                  <th scope="row">{fieldWord(d.field)}</th>
                  <td>{d.row ?? "—"}</td>
                  <td>{d.other ?? "—"}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <div class="choices">
        <For each={options()}>
          {([value, label]) => (
            <label>
              <input
                type="radio"
                name={`duplicate-${props.duplicate.row}`}
                value={value}
                checked={props.choice === value}
                onChange={() => props.onChoose(value)}
              />{" "}
              {label}
            </label>
          )}
        </For>
      </div>
    </fieldset>
  );
}
