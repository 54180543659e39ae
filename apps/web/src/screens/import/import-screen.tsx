import { A } from "@solidjs/router";
import { createMemo, createSignal, For, Show } from "solid-js";
import type { Problem } from "../../api/problem";
import { CIRCLE_NAMES } from "../../lib/labels";
import { pivot } from "../../session";
import { Page } from "../../ui/page";
import { ProblemView } from "../../ui/problem-view";
import { ColleagueSummary } from "./colleague-summary";
import { NO_CIRCLE, UnsortedChoice } from "./unsorted-choice";
import { uploadImport, type ImportResult } from "./upload";

/** circle null: none fits yet for the pivot (see UnsortedChoice). */
type Imported = { name: string; role?: string; company?: string; circle: keyof typeof CIRCLE_NAMES | null; circleReason: string; currentColleague?: true; colleagueReason?: string; row: number };
type Duplicate = { row: number; match: string; action: "merged" | "review"; with: { row: number } | { existingId: string }; proposal: { name?: string } };

const PREVIEW_ROWS = 200;
/** Possible duplicates listed one by one; beyond this the choice is made for all of them at once. */
const DUPLICATES_SHOWN = 200;
/** Skipped rows and warnings listed; the count above the list says how many there are in all. */
const NOTES_SHOWN = 100;

/** What the import says about particular rows of the file. */
function RowNotes(props: { notes: { row: number; text: string }[]; class?: string }) {
  return (
    <ul class={props.class}>
      <For each={props.notes.slice(0, NOTES_SHOWN)}>
        {(n) => (
          <li>
            Row {n.row}: {n.text}
          </li>
        )}
      </For>
    </ul>
  );
}

export default function ImportScreen() {
  const [file, setFile] = createSignal<File>();
  const [progress, setProgress] = createSignal<number | null>(null);
  const [stage, setStage] = createSignal<"choose" | "preview" | "done">("choose");
  const [preview, setPreview] = createSignal<ImportResult>();
  const [result, setResult] = createSignal<ImportResult>();
  const [problem, setProblem] = createSignal<Problem>();
  const [over, setOver] = createSignal(false);
  // Rows the user chose not to import: possible duplicates, and contacts in no circle yet.
  const [leaveOut, setLeaveOut] = createSignal<ReadonlySet<number>>(new Set());

  const contacts = () => (preview()?.contacts ?? []) as unknown as Imported[];
  const duplicates = () => ((preview()?.report.duplicates ?? []) as unknown as Duplicate[]).filter((d) => d.action === "review");
  // Rows the user left out that are in the preview: the import's count goes down by these.
  const leftOut = createMemo(() => {
    const rows = new Set(contacts().map((c) => c.row));
    return [...leaveOut()].filter((r) => rows.has(r)).length;
  });
  const byCircle = createMemo(() => {
    const n = { backers: 0, leaders: 0, pathfinders: 0 };
    for (const c of contacts()) if (c.circle !== null) n[c.circle]++;
    return n;
  });
  const unsorted = createMemo(() => contacts().filter((c) => c.circle === null).map((c) => c.row));
  const unsortedKept = createMemo(() => unsorted().filter((r) => !leaveOut().has(r)).length);
  // A group's buttons change that group's rows only.
  const keepRows = (rows: readonly number[], keep: boolean) =>
    setLeaveOut((s) => {
      const next = new Set(s);
      for (const r of rows) {
        if (keep) next.delete(r);
        else next.add(r);
      }
      return next;
    });

  const choose = async (f: File | undefined) => {
    if (!f) return;
    setFile(f);
    setProblem(undefined);
    setProgress(0);
    const answer = await uploadImport(f, { dryRun: "true" }, setProgress);
    setProgress(null);
    if (!answer.ok) return setProblem(answer.problem);
    setPreview(answer.value);
    // A match with a contact already stored is left out unless the user keeps it; one within the file is kept.
    // So is a contact in no circle yet: Backers is for people who have your back, which a file cannot tell.
    setLeaveOut(new Set([...duplicates().filter((d) => "existingId" in d.with).map((d) => d.row), ...unsorted()]));
    setStage("preview");
  };

  const confirm = async () => {
    const f = file();
    if (!f) return;
    setProblem(undefined);
    setProgress(0);
    const skip = [...leaveOut()].sort((a, b) => a - b).join(",");
    const answer = await uploadImport(f, skip ? { skip } : {}, setProgress);
    setProgress(null);
    if (!answer.ok) return setProblem(answer.problem);
    setResult(answer.value);
    setStage("done");
  };

  const toggle = (row: number, keep: boolean) =>
    setLeaveOut((s) => {
      const next = new Set(s);
      if (keep) next.delete(row);
      else next.add(row);
      return next;
    });

  return (
    <Page title="Import your network" lead="Bring in your LinkedIn connections (Connections.csv from LinkedIn's data export), a Google Contacts CSV or a vCard file. You see everything before anything is stored.">
      <Show when={stage() === "choose"}>
        <div
          class="dropzone"
          classList={{ over: over() }}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            void choose(e.dataTransfer?.files[0]);
          }}
        >
          <p>Drop the file here, or</p>
          <label class="button primary" for="import-file">
            Choose a file
          </label>
          <input id="import-file" class="visually-hidden" type="file" accept=".csv,.vcf,.vcard,text/csv,text/vcard" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
          <p class="hint">On LinkedIn: Settings → Data privacy → Get a copy of your data → Connections.</p>
        </div>
      </Show>

      <Show when={progress() !== null}>
        <div class="upload-progress" role="status">
          <label for="upload-progress">{stage() === "preview" ? "Importing" : "Reading"} {file()?.name}…</label>
          <progress id="upload-progress" max="1" value={progress() ?? 0} />
          <span>{Math.round((progress() ?? 0) * 100)}% sent</span>
        </div>
      </Show>
      <ProblemView problem={problem()} retry={() => void (stage() === "preview" ? confirm() : choose(file()))} />

      <Show when={stage() === "preview" && preview()}>
        {(p) => (
          <section aria-labelledby="preview-title">
            <h2 id="preview-title">Preview of {file()?.name}</h2>
            <p>
              <strong>{p().report.imported}</strong> of {p().report.rows} rows read as contacts ({p().report.format}).
            </p>
            <Show when={p().report.encoding === "windows-1252"}>
              <p class="hint">
                This file is not UTF-8, so it was read as Windows-1252 (how Excel saves CSV on Windows). Check that
                names with accents look right below before you import.
              </p>
            </Show>
            <h3>Suggested circles</h3>
            <ul class="circle-counts">
              <For each={["backers", "leaders", "pathfinders"] as const}>
                {(c) => (
                  <li class={`circle-${c}`}>
                    <strong>{byCircle()[c]}</strong> {CIRCLE_NAMES[c]}
                  </li>
                )}
              </For>
              <Show when={unsorted().length > 0}>
                <li class="no-circle">
                  <strong>{unsorted().length}</strong> {NO_CIRCLE}
                </li>
              </Show>
            </ul>
            <p class="hint">You can move anyone between circles afterwards.</p>
            <UnsortedChoice count={unsorted().length} kept={unsortedKept()} toField={pivot()?.toField} onKeepAll={() => keepRows(unsorted(), true)} onLeaveAll={() => keepRows(unsorted(), false)} />
            <ColleagueSummary count={contacts().filter((c) => c.currentColleague).length} employer={pivot()?.currentEmployer} stillEmployed={pivot()?.stillEmployed ?? false} />
            {/* Scrolls by keyboard too: a long preview is a region that can take focus. */}
            <div class="table-scroll" tabIndex={0} role="region" aria-label="Contacts to import">
              <table class="preview">
                <caption class="visually-hidden">Contacts to import</caption>
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Name</th>
                    <th scope="col">Role</th>
                    <th scope="col">Circle</th>
                    <th scope="col">Why</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={contacts().slice(0, PREVIEW_ROWS)}>
                    {(c) => (
                      <tr>
                        <td>{c.row}</td>
                        <td>{c.name}</td>
                        <td>{[c.role, c.company].filter(Boolean).join(", ")}</td>
                        <td>
                          <Show
                            when={c.circle}
                            fallback={
                              <label class="no-circle">
                                {NO_CIRCLE} <input type="checkbox" checked={!leaveOut().has(c.row)} onChange={(e) => toggle(c.row, e.currentTarget.checked)} /> keep, in Backers
                              </label>
                            }
                          >
                            {(circle) => CIRCLE_NAMES[circle()]}
                          </Show>
                          <Show when={c.currentColleague}>
                            {" "}
                            <span class="tag colleague">Current colleague</span>
                          </Show>
                        </td>
                        <td>
                          {c.circleReason}
                          <Show when={c.colleagueReason}> {c.colleagueReason}</Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
            <Show when={contacts().length > PREVIEW_ROWS}>
              <p class="hint">…and {contacts().length - PREVIEW_ROWS} more.</p>
            </Show>

            <Show when={p().report.skipped.length > 0}>
              <h3>Rows that will be skipped ({p().report.skipped.length})</h3>
              <RowNotes class="skipped" notes={p().report.skipped.map((s) => ({ row: s.row, text: s.reason }))} />
            </Show>
            <Show when={p().report.warnings.length > 0}>
              <details>
                <summary>Warnings ({p().report.warnings.length})</summary>
                <RowNotes notes={p().report.warnings.map((w) => ({ row: w.row, text: w.message }))} />
              </details>
            </Show>
            <Show when={duplicates().length > 0}>
              <h3>Possible duplicates ({duplicates().length})</h3>
              <p class="hint">Same name, different details: the same person, or two people? Rows with the same e-mail or profile were merged already.</p>
              <div class="row">
                <button type="button" onClick={() => keepRows(duplicates().map((d) => d.row), true)}>
                  Import them all
                </button>
                <button type="button" onClick={() => keepRows(duplicates().map((d) => d.row), false)}>
                  Leave them all out
                </button>
              </div>
              <ul class="duplicates">
                <For each={duplicates().slice(0, DUPLICATES_SHOWN)}>
                  {(d) => (
                    <li>
                      <label>
                        <input type="checkbox" checked={!leaveOut().has(d.row)} onChange={(e) => toggle(d.row, e.currentTarget.checked)} /> Import row {d.row} ({d.proposal.name}) as well
                      </label>
                      <span class="hint"> — {"existingId" in d.with ? "you already have a contact with this name" : `same name as row ${d.with.row}`}</span>
                    </li>
                  )}
                </For>
              </ul>
              <Show when={duplicates().length > DUPLICATES_SHOWN}>
                <p class="hint">…and {duplicates().length - DUPLICATES_SHOWN} more, imported or left out with the buttons above.</p>
              </Show>
            </Show>
            <div class="row">
              <button type="button" class="primary" onClick={() => void confirm()} disabled={progress() !== null}>
                Import {p().report.imported - leftOut()} contacts
              </button>
              <button type="button" onClick={() => setStage("choose")}>
                Choose another file
              </button>
            </div>
          </section>
        )}
      </Show>

      <Show when={stage() === "done" && result()}>
        {(r) => (
          <div class="notice success" role="status">
            <p>
              Imported <strong>{r().stored}</strong> contacts.
            </p>
            <p>
              <A href="/circles">See them in your circles</A> · <A href="/">Plan this week</A> ·{" "}
              <button type="button" class="link" onClick={() => setStage("choose")}>
                Import another file
              </button>
            </p>
          </div>
        )}
      </Show>
    </Page>
  );
}
