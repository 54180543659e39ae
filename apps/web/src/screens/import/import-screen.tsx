import { A } from "@solidjs/router";
import { createMemo, createSignal, For, Show } from "solid-js";
import type { Problem } from "../../api/problem";
import { CIRCLE_NAMES } from "../../lib/labels";
import { Page } from "../../ui/page";
import { ProblemView } from "../../ui/problem-view";
import { pivot, setPivot } from "../../session";
import { BackupPreview, backupContents, type Restored } from "./backup-summary";
import { ColleagueSummary } from "./colleague-summary";
import { EncodingNotice } from "./encoding-notice";
import type { Imported } from "../../api/types";
import { DuplicateCompare, type DuplicateChoice } from "./duplicate-compare";
import { importAction, summaryLine } from "./import-action";
import { ReportNotes } from "./row-notes";
import { NO_CIRCLE, UnsortedChoice } from "./unsorted-choice";
import { UpdateList, type Update } from "./update-list";
import { uploadImport, type ImportResult } from "./upload";

const PREVIEW_ROWS = 200;
/** Possible duplicates listed one by one; beyond this the choice is made for all of them at once. */
const DUPLICATES_SHOWN = 200;
export default function ImportScreen() {
  const [file, setFile] = createSignal<File>();
  const [progress, setProgress] = createSignal<number | null>(null);
  const [stage, setStage] = createSignal<"choose" | "preview" | "done">("choose");
  const [preview, setPreview] = createSignal<ImportResult>();
  const [result, setResult] = createSignal<ImportResult>();
  const [problem, setProblem] = createSignal<Problem>();
  const [over, setOver] = createSignal(false);
  // Rows the user chose not to import: possible duplicates, updates, and contacts in no circle yet.
  const [leaveOut, setLeaveOut] = createSignal<ReadonlySet<number>>(new Set());
  // Possible duplicates the user said are the same person as whom they were shown with.
  const [merge, setMerge] = createSignal<ReadonlySet<number>>(new Set());

  // circle null: none fits yet for the pivot (see UnsortedChoice).
  const contacts = (): Imported[] => preview()?.contacts ?? [];
  const duplicates = () => (preview()?.report.duplicates ?? []).filter((d) => d.action === "review");
  const updates = () => (preview()?.report.updates ?? []) as Update[];
  const restored = () => preview()?.restored as Restored | undefined;
  // What the import will do with the user's choices: new contacts, and stored ones brought up to date.
  const counts = createMemo(() => {
    const out = leaveOut();
    const merged = merge();
    const create = contacts().filter((c) => !out.has(c.row) && !merged.has(c.row)).length;
    const update =
      updates().filter((u) => !out.has(u.row)).length +
      duplicates().filter((d) => merged.has(d.row) && "existingId" in d.with).length;
    return { create, update, unchanged: preview()?.report.unchanged ?? 0 };
  });
  const action = createMemo(() => {
    const r = restored();
    if (r)
      return r.contacts > 0 || r.pivot
        ? { label: `Restore ${r.contacts} contacts`, reason: null }
        : { label: "Restore 0 contacts", reason: "Nothing to restore: this backup is empty." };
    return importAction(counts());
  });
  const choiceOf = (row: number): DuplicateChoice =>
    merge().has(row) ? "merge" : leaveOut().has(row) ? "out" : "both";
  const choose = (row: number, choice: DuplicateChoice) => {
    toggle(row, choice !== "out");
    setMerge((s) => {
      const next = new Set(s);
      if (choice === "merge") next.add(row);
      else next.delete(row);
      return next;
    });
  };
  const byCircle = createMemo(() => {
    const n = { backers: 0, leaders: 0, pathfinders: 0 };
    for (const c of contacts()) if (c.circle !== null) n[c.circle]++;
    return n;
  });
  const unsorted = createMemo(() =>
    contacts()
      .filter((c) => c.circle === null)
      .map((c) => c.row),
  );
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

  const read = async (f: File | undefined) => {
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
    setLeaveOut(
      new Set([
        ...duplicates()
          .filter((d) => "existingId" in d.with)
          .map((d) => d.row),
        ...unsorted(),
      ]),
    );
    setMerge(new Set<number>());
    setStage("preview");
  };

  const confirm = async () => {
    const f = file();
    if (!f) return;
    setProblem(undefined);
    setProgress(0);
    const rows = (set: ReadonlySet<number>) => [...set].sort((a, b) => a - b).join(",");
    const skip = rows(new Set([...leaveOut()].filter((r) => !merge().has(r))));
    const merged = rows(merge());
    const answer = await uploadImport(
      f,
      { ...(skip ? { skip } : {}), ...(merged ? { merge: merged } : {}) },
      setProgress,
    );
    setProgress(null);
    if (!answer.ok) return setProblem(answer.problem);
    setResult(answer.value);
    // A restored backup brings its pivot: the plan and the import's circles follow it from now on.
    const pivotBack = (answer.value.restored as Restored | undefined)?.pivot;
    if (pivotBack) setPivot(pivotBack as Parameters<typeof setPivot>[0]);
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
    <Page
      title="Import your network"
      lead="Bring in your LinkedIn connections (Connections.csv from LinkedIn's data export), a Google Contacts CSV or a vCard file. You see everything before anything is stored."
    >
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
            void read(e.dataTransfer?.files[0]);
          }}
        >
          <p>Drop the file here, or</p>
          <label class="button primary" for="import-file">
            Choose a file
          </label>
          <input
            id="import-file"
            class="visually-hidden"
            type="file"
            accept=".csv,.vcf,.vcard,.json,text/csv,text/vcard,application/json"
            onChange={(e) => void read(e.currentTarget.files?.[0])}
          />
          <p class="hint">On LinkedIn: Settings → Data privacy → Get a copy of your data → Connections.</p>
          <p class="hint">
            Moving from another Enlist? Choose its full backup (JSON) to restore it here, or its CSV or vCard export.
          </p>
        </div>
      </Show>

      <Show when={progress() !== null}>
        <div class="upload-progress" role="status">
          <label for="upload-progress">
            {stage() === "preview" ? "Importing" : "Reading"} {file()?.name}…
          </label>
          <progress id="upload-progress" max="1" value={progress() ?? 0} />
          <span>{Math.round((progress() ?? 0) * 100)}% sent</span>
        </div>
      </Show>
      <ProblemView problem={problem()} retry={() => void (stage() === "preview" ? confirm() : read(file()))} />

      <Show when={stage() === "preview" && preview()}>
        {(p) => (
          <section aria-labelledby="preview-title">
            <h2 id="preview-title">Preview of {file()?.name}</h2>
            <EncodingNotice report={p().report} />
            <Show
              when={restored()}
              fallback={
                <p class="import-summary">
                  <strong>{summaryLine(contacts().length, updates(), p().report.unchanged)}</strong> — {p().report.rows}{" "}
                  rows read ({p().report.format}).
                </p>
              }
            >
              {(r) => <BackupPreview restored={r()} />}
            </Show>
            <UpdateList updates={updates()} kept={(row) => !leaveOut().has(row)} onToggle={toggle} />
            <Show when={contacts().length > 0}>
              <h3>{restored() ? "Circles" : "Suggested circles"}</h3>
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
              <UnsortedChoice
                count={unsorted().length}
                kept={unsortedKept()}
                toField={pivot()?.toField}
                onKeepAll={() => keepRows(unsorted(), true)}
                onLeaveAll={() => keepRows(unsorted(), false)}
              />
              <ColleagueSummary
                count={contacts().filter((c) => c.currentColleague).length}
                employer={pivot()?.currentEmployer}
                stillEmployed={pivot()?.stillEmployed ?? false}
              />
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
                                  {NO_CIRCLE}{" "}
                                  <input
                                    type="checkbox"
                                    checked={!leaveOut().has(c.row)}
                                    onChange={(e) => toggle(c.row, e.currentTarget.checked)}
                                  />{" "}
                                  keep, in Backers
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
            </Show>

            <ReportNotes report={p().report} />
            <Show when={duplicates().length > 0}>
              <h3>Possible duplicates ({duplicates().length})</h3>
              <p class="hint">
                The same name, other details: the same person, or two people? Rows with the same e-mail or LinkedIn
                profile are the same person already.
              </p>
              <div class="row">
                <button type="button" onClick={() => duplicates().forEach((d) => choose(d.row, "both"))}>
                  Import them all
                </button>
                <button type="button" onClick={() => duplicates().forEach((d) => choose(d.row, "out"))}>
                  Leave them all out
                </button>
              </div>
              <div class="duplicates">
                <For each={duplicates().slice(0, DUPLICATES_SHOWN)}>
                  {(d) => (
                    <DuplicateCompare duplicate={d} choice={choiceOf(d.row)} onChoose={(c) => choose(d.row, c)} />
                  )}
                </For>
              </div>
              <Show when={duplicates().length > DUPLICATES_SHOWN}>
                <p class="hint">
                  …and {duplicates().length - DUPLICATES_SHOWN} more, imported or left out with the buttons above.
                </p>
              </Show>
            </Show>
            <div class="row">
              <button
                type="button"
                class="primary"
                onClick={() => void confirm()}
                disabled={progress() !== null || action().reason !== null}
                aria-describedby={action().reason ? "import-reason" : undefined}
              >
                {action().label}
              </button>
              <button type="button" onClick={() => setStage("choose")}>
                Choose another file
              </button>
            </div>
            <Show when={action().reason}>
              {(reason) => (
                <p id="import-reason" class="hint" role="status">
                  {reason()}
                </p>
              )}
            </Show>
          </section>
        )}
      </Show>

      <Show when={stage() === "done" && result()}>
        {(r) => (
          <div class="notice success" role="status">
            <Show
              when={r().restored}
              fallback={
                <p>
                  Imported <strong>{r().stored}</strong> contacts
                  <Show when={r().updated > 0}>
                    {" "}
                    and updated <strong>{r().updated}</strong>
                  </Show>
                  .
                </p>
              }
            >
              {(back) => <p>Restored {backupContents(back() as Restored)}.</p>}
            </Show>
            <EncodingNotice report={r().report} />
            <ReportNotes report={r().report} done />
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
