import { createSignal, For, Show } from "solid-js";

/** Listed at first; the rest are one click away, so a long report never hides any of them. */
const NOTES_SHOWN = 100;

/** What the import says about particular rows of the file: every note, the first hundred at once. */
export function RowNotes(props: { notes: { row: number; text: string }[]; class?: string }) {
  const [all, setAll] = createSignal(false);
  return (
    <>
      <ul class={props.class}>
        <For each={all() ? props.notes : props.notes.slice(0, NOTES_SHOWN)}>
          {(n) => (
            <li>
              Row {n.row}: {n.text}
            </li>
          )}
        </For>
      </ul>
      <Show when={!all() && props.notes.length > NOTES_SHOWN}>
        <button type="button" class="link" onClick={() => setAll(true)}>
          Show all {props.notes.length}
        </button>
      </Show>
    </>
  );
}

/** The warnings and skipped rows of a report, each under a heading with its count. */
export function ReportNotes(props: {
  report: { skipped: { row: number; reason: string }[]; warnings: { row: number; message: string }[] };
  done?: boolean;
}) {
  return (
    <>
      <Show when={props.report.warnings.length > 0}>
        <h3>Warnings ({props.report.warnings.length})</h3>
        <p class="hint">
          {props.done
            ? "Each was imported without what the warning names."
            : "Each will be imported without what the warning names."}
        </p>
        <RowNotes class="warnings" notes={props.report.warnings.map((w) => ({ row: w.row, text: w.message }))} />
      </Show>
      <Show when={props.report.skipped.length > 0}>
        <h3>
          {props.done ? "Rows skipped" : "Rows that will be skipped"} ({props.report.skipped.length})
        </h3>
        <RowNotes class="skipped" notes={props.report.skipped.map((s) => ({ row: s.row, text: s.reason }))} />
      </Show>
    </>
  );
}
