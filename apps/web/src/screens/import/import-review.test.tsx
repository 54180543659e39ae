import { cleanup, fireEvent, render, screen, within } from "@solidjs/testing-library";
import { createSignal, For } from "solid-js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startApi, type TestApi } from "../../test/api-in-process";
import { BackupPreview, type Restored } from "./backup-summary";
import { DuplicateCompare, type Duplicate, type DuplicateChoice } from "./duplicate-compare";
import { importAction, summaryLine } from "./import-action";
import { ReportNotes } from "./row-notes";
import { UpdateList, type Update } from "./update-list";

// The reports these pieces show come from the real API, for files written for this test.
let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());
afterEach(cleanup);

type Report = {
  imported: number;
  unchanged: number;
  updates: Update[];
  duplicates: Duplicate[];
  warnings: { row: number; message: string }[];
  skipped: { row: number; reason: string }[];
};
type Answer = { stored: number; updated: number; report: Report; restored?: Restored };

const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\r\n") + "\r\n";
const send = async (body: string, query = "", type = "text/csv") => {
  const res = await api.upload(`/v1/contacts/import${query}`, type, body);
  expect(res.status).toBe(200);
  return res.json() as Answer;
};

const FIRST = csv(
  "Sunniva,Berg,https://www.linkedin.com/in/sunniva-berg,,Fjord Skole,Teacher,01 Jan 2020",
  "Emeka,Obi,https://www.linkedin.com/in/emeka-obi,emeka@example.ng,Lagos Labs,Analyst,02 Jan 2020",
);

describe("the import preview", () => {
  it("the same file again: 0 new, 0 updated, everyone unchanged, no duplicates, and the button says why it is off", async () => {
    await send(FIRST);
    const again = await send(FIRST, "?dryRun=true");
    expect(summaryLine(again.report.imported, again.report.updates, again.report.unchanged)).toBe(
      "0 new, 0 updated, 2 unchanged",
    );
    expect(again.report.duplicates).toEqual([]);
    const action = importAction({
      create: again.report.imported,
      update: again.report.updates.length,
      unchanged: again.report.unchanged,
    });
    render(() => (
      <button type="button" disabled={action.reason !== null}>
        {action.label}
      </button>
    ));
    expect((screen.getByRole("button", { name: "Import 0 contacts" }) as HTMLButtonElement).disabled).toBe(true);
    expect(action.reason).toContain("everyone in this file is already in Enlist");
  });

  it("lists who changed and how, each update one that can be left out", async () => {
    const later = await send(
      csv("Sunniva,Berg,https://linkedin.com/in/Sunniva-Berg/,,Nord Design,UX Researcher,01 Jan 2020"),
      "?dryRun=true",
    );
    expect(summaryLine(later.report.imported, later.report.updates, later.report.unchanged)).toBe(
      "0 new, 1 updated (company, role), 0 unchanged",
    );
    const [out, setOut] = createSignal(new Set<number>());
    render(() => (
      <UpdateList
        updates={later.report.updates}
        kept={(row) => !out().has(row)}
        onToggle={(row, keep) =>
          setOut((s) => (keep ? new Set([...s].filter((r) => r !== row)) : new Set([...s, row])))
        }
      />
    ));
    const section = screen.getByRole("region", { name: "Already in Enlist, with something new (1)" });
    expect(within(section).getByText("company: Fjord Skole → Nord Design")).toBeTruthy();
    expect(within(section).getByText("role: Teacher → UX Researcher")).toBeTruthy();
    const box = within(section).getByRole("checkbox", { name: "Update Sunniva Berg" }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    // eslint-disable-next-line solid/reactivity -- the test reads once, after the click, what the click set
    expect(out().has(later.report.updates[0]?.row ?? 0)).toBe(true);
  });

  it("shows a namesake side by side with the contact they may be, with the three choices", async () => {
    const namesake = await send(
      csv("Emeka,Obi,https://www.linkedin.com/in/emeka-obi-2,,Abuja Health,Nurse,03 Mar 2024"),
      "?dryRun=true",
    );
    const d = namesake.report.duplicates[0] as Duplicate;
    const [choice, setChoice] = createSignal<DuplicateChoice>("out");
    render(() => <DuplicateCompare duplicate={d} choice={choice()} onChoose={setChoice} />);
    const group = screen.getByRole("group", { name: "Row 2: Emeka Obi — the same name as a contact you have" });
    const rows = within(group)
      .getAllByRole("row")
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ["Field", "Row 2", "In Enlist"],
      ["e-mail", "—", "emeka@example.ng"],
      ["LinkedIn profile", "https://www.linkedin.com/in/emeka-obi-2", "https://www.linkedin.com/in/emeka-obi"],
      ["company", "Abuja Health", "Lagos Labs"],
      ["role", "Nurse", "Analyst"],
    ]);
    expect((within(group).getByRole("radio", { name: "Leave this row out" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByRole("radio", { name: "The same person: update the one in Enlist" }));
    // eslint-disable-next-line solid/reactivity -- the test reads once, after the click, what the click set
    expect(choice()).toBe("merge");
  });

  it("shows every warning the import will give, and the result lists the same ones", async () => {
    const file = csv("Lior,Ben-David,https://www.linkedin.com/in/lior-bd,lior..bd@example.il,Negev,Editor,01 Feb 2021");
    const dry = await send(file, "?dryRun=true");
    const real = await send(file);
    expect(real.report.warnings).toEqual(dry.report.warnings);
    const Both = () => (
      <For each={[dry.report, real.report]}>
        {(report, i) => (
          <section aria-label={i() === 0 ? "preview" : "result"}>
            <ReportNotes report={report} done={i() === 1} />
          </section>
        )}
      </For>
    );
    render(() => <Both />);
    for (const name of ["preview", "result"]) {
      const region = screen.getByRole("region", { name });
      expect(within(region).getByRole("heading", { name: "Warnings (1)" })).toBeTruthy();
      expect(within(region).getByText('Row 2: email "lior..bd@example.il" cannot be stored; left out')).toBeTruthy();
    }
  });

  it("shows all of a long list of warnings on request", () => {
    const warnings = Array.from({ length: 130 }, (_, i) => ({ row: i + 2, message: `note ${i}` }));
    render(() => <ReportNotes report={{ warnings, skipped: [] }} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(100);
    fireEvent.click(screen.getByRole("button", { name: "Show all 130" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(130);
  });

  it("says what a backup holds before it is restored", async () => {
    const backup = await (async () => {
      const res = await api.request("/v1/me/export");
      return JSON.stringify(res.json());
    })();
    // This account has contacts by now: a backup is refused, with a sentence saying why.
    const refused = await api.upload("/v1/contacts/import?dryRun=true", "application/json", backup);
    expect(refused.status).toBe(409);
    expect((refused.json() as { detail: string }).detail).toMatch(
      /^This account already has \d+ contacts, and a backup is restored into an empty account only/,
    );
    const restored: Restored = {
      contacts: 3,
      interactions: 1,
      asks: 0,
      pivot: { fromField: "Research", toField: "Engineering" },
      exportedAt: "2026-11-25T10:00:00.000Z",
    };
    render(() => <BackupPreview restored={restored} />);
    expect(
      screen.getByText(
        "An Enlist backup made on 2026-11-25: 3 contacts, 1 interaction, 0 asks and your pivot (Research → Engineering).",
        { normalizer: (t) => t.replace(/\s+/g, " ").trim() },
      ),
    ).toBeTruthy();
  });
});
