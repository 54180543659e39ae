import { Show } from "solid-js";

export interface EncodingReport {
  encoding: string;
  unreadable?: { bytes: number; rows: number[] };
}

const rowList = (rows: number[]) =>
  rows.length <= 5 ? rows.join(", ") : `${rows.slice(0, 5).join(", ")} and ${rows.length - 5} more`;

/**
 * How the file's bytes were read, when that is worth a look: a guess at Windows-1252 changes every accented
 * name at once, and a few unreadable bytes damage a few rows. Either is said before anything else in the
 * preview, because a wrong reading is only cheap to fix before the import.
 */
export function EncodingNotice(props: { report: EncodingReport }) {
  const unreadable = () => props.report.unreadable;
  return (
    <>
      <Show when={props.report.encoding === "windows-1252"}>
        <section class="notice caution" role="status" aria-label="How the file was read">
          <strong>Read as Windows-1252, not UTF-8.</strong> Most accented letters in this file are not valid UTF-8, so
          it was read as Windows-1252, as Excel saves CSV on Windows. Check that names such as “José” or “Søren” look
          right below before you import.
        </section>
      </Show>
      <Show when={unreadable()}>
        {(u) => (
          <section class="notice caution" role="status" aria-label="How the file was read">
            <strong>
              {u().bytes === 1 ? "1 stretch of bytes" : `${u().bytes} stretches of bytes`} could not be read.
            </strong>{" "}
            The file is UTF-8 except there, so it was read as UTF-8 and those characters show as �.{" "}
            <Show when={u().rows.length > 0} fallback="They are in columns Enlist does not import.">
              {u().rows.length === 1 ? "Row" : "Rows"} {rowList(u().rows)}: check{" "}
              {u().rows.length === 1 ? "it" : "them"} below, or fix the file and read it again.
            </Show>
          </section>
        )}
      </Show>
    </>
  );
}
