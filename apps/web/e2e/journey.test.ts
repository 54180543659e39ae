import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFailed } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { readFixture } from "@enlist/fixtures";
import { expectShown } from "./expect-shown";
import { overflowsSideways, seriousViolations, snap, startAll, type Running } from "./harness";

/** LinkedIn's Connections.csv, named as the export names it, from the shared samples. */
const FIXTURE = {
  name: "Connections.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(
    readFixture("linkedin/labeldekho__linkedin-network-intelligence__tests_fixtures_Connections.csv"),
  ),
};
const EXCEL_FIXTURE = resolve(import.meta.dirname, "fixtures/Connections-excel.csv");

type BackupShape = {
  pivot: unknown;
  contacts: ({ id: string } & Record<string, unknown>)[];
  interactions: { contactId: string }[];
  asks: { contactId: string }[];
};

/** Object keys in one order, so that equal records print alike. */
const sorted = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(sorted)
    : v && typeof v === "object"
      ? Object.fromEntries(
          Object.entries(v)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, x]) => [k, sorted(x)]),
        )
      : v;

/** A backup without its ids, which a restore makes anew: interactions and asks name their contact by its fields. */
function withoutIds(b: BackupShape) {
  const of = new Map(
    b.contacts.map(({ id, colleagueSource: _s, colleagueReason: _r, ...rest }) => [id, JSON.stringify(sorted(rest))]),
  );
  const by = (xs: { contactId: string }[]) =>
    xs.map((x) => JSON.stringify(sorted({ ...x, contactId: of.get(x.contactId) }))).sort();
  return { pivot: b.pivot, contacts: [...of.values()].sort(), interactions: by(b.interactions), asks: by(b.asks) };
}

let run: Running;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  run = await startAll();
  context = await run.browser.newContext({
    viewport: { width: 1280, height: 900 },
    permissions: ["clipboard-read", "clipboard-write"],
  });
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  // The API's 4xx answers (401 before log-in, a 400 for a bad field) and the requests made while the test
  // cut the connection are expected; anything else is not.
  page.on(
    "console",
    (m) =>
      m.type() === "error" && !/status of 4\d\d|ERR_INTERNET_DISCONNECTED/.test(m.text()) && pageErrors.push(m.text()),
  );
});

afterAll(async () => {
  await context?.close();
  await run?.stop();
});

// The steps build on each other: after one fails, the rest report that instead of timing out one by one.
let broken = "";
beforeEach(() => {
  if (broken) throw new Error(`an earlier step failed: ${broken}`);
  onTestFailed(({ task }) => {
    broken ||= task.name;
  });
});

// A failed step leaves a picture of the screen it failed on.
afterEach(async ({ task }) => {
  if (task.result?.state === "fail" && page) await snap(page, `failed-${task.name.replace(/\W+/g, "-")}`);
});

/** Every screen: a screenshot as the artefact, and no serious or critical accessibility violation. */
async function checkScreen(name: string) {
  await page.waitForLoadState("networkidle");
  await snap(page, name);
  const violations = await seriousViolations(page);
  expect(violations.map((v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target))})`)).toEqual([]);
}

describe("a new user, from sign-up to a first message", () => {
  it("signs up and is asked for the pivot", async () => {
    await page.goto(run.url);
    await page.waitForURL(/\/login/);
    // A first visit says what Enlist is before it asks anyone to log in.
    await expectShown(page.getByRole("heading", { name: "What Enlist is" }));
    await checkScreen("01-login");
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.getByLabel("Your name").fill("Maya Chen");
    await page.getByLabel("E-mail").fill("maya@example.com");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Sign up" }).click();
    // The API's field error appears beside the field.
    await expect
      .poll(() => page.locator(".field.invalid .field-error").textContent())
      .toBe("Password must be at least 10 characters.");
    expect(await page.getByLabel("Password").getAttribute("aria-invalid")).toBe("true");
    await checkScreen("02-signup-error");
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.waitForURL(/\/pivot/);
    await checkScreen("03-pivot");
  });

  it("sets the pivot", async () => {
    await page.getByLabel("The field you are leaving").fill("Research");
    await page.getByLabel("The field you are moving into").fill("Engineering");
    await page.getByLabel("Roles you are aiming for (one per line)").fill("Engineering Manager");
    await page.getByLabel("Current employer").fill("OpenAI, Inc.");
    await page.getByLabel("Hours a week for outreach").fill("2");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.waitForURL(/\/import/);
  });

  it("imports the LinkedIn export, with a preview and suggested circles", async () => {
    await checkScreen("04-import");
    await page.locator("#import-file").setInputFiles(FIXTURE);
    await expectShown(page.getByRole("heading", { name: /Preview of Connections.csv/ }));
    await expect.poll(() => page.locator("table.preview tbody tr").count()).toBe(10);
    expect(await page.locator("table.preview tbody").textContent()).toContain("Jack Anderson");
    // Jack works at the user's employer: marked as a current colleague, and the preview says why.
    expect(await page.locator(".colleague-summary").textContent()).toContain(
      "1 works at OpenAI, Inc. and will be marked as current colleague",
    );
    const jack = page.locator("table.preview tbody tr").filter({ hasText: "Jack Anderson" });
    expect(await jack.locator(".tag.colleague").textContent()).toBe("Current colleague");
    expect(await jack.textContent()).toContain("Works at OpenAI, your current employer.");
    const counts = await page.locator(".circle-counts").textContent();
    expect(counts).toMatch(/Leaders/);
    // The founders, the principal and the research scientist fit no circle for a move into engineering: not
    // called Backers, and left out unless kept.
    expect(counts).toContain("4 Not in a circle yet");
    const bob = page.locator("table.preview tbody tr").filter({ hasText: "Bob Williams" });
    expect(await bob.textContent()).toContain("Not in a circle yet");
    await expectShown(page.getByRole("button", { name: "Import 6 contacts" }));
    await checkScreen("05-import-preview");
    // Kept, they go to Backers for the user to sort; the rest of the journey counts all ten.
    await page.getByRole("button", { name: "Keep them all, in Backers" }).click();
    await page.getByRole("button", { name: /^Import \d+ contacts/ }).click();
    await expectShown(page.getByText(/Imported 10 contacts/));
    await checkScreen("06-import-done");
  });

  it("reads a second export saved by Excel on Windows with its accents, says so, and lets duplicates be left out at once", async () => {
    expect(await page.getByRole("link", { name: "See them in your circles" }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Import another file" }).click();
    await page.locator("#import-file").setInputFiles(EXCEL_FIXTURE);
    await expectShown(page.getByRole("heading", { name: /Preview of Connections-excel.csv/ }));
    expect(await page.getByText(/read as Windows-1252/).isVisible()).toBe(true);
    expect(await page.locator("table.preview tbody").textContent()).toContain("José Núñez");
    // Two people named José Núñez: offered as a possible duplicate, and all such rows can be left out at once.
    await expectShown(page.getByRole("heading", { name: "Possible duplicates (1)" }));
    // None of the three is in engineering: all left out until kept.
    await expectShown(page.getByRole("button", { name: "Import 0 contacts" }));
    await page.getByRole("button", { name: "Keep them all, in Backers" }).click();
    await expectShown(page.getByRole("button", { name: "Import 3 contacts" }));
    await page.getByRole("button", { name: "Leave them all out" }).click();
    await expectShown(page.getByRole("button", { name: "Import 2 contacts" }));
    await checkScreen("06b-import-excel");
    // Not imported: the rest of the journey counts the ten from LinkedIn.
    await page.getByRole("button", { name: "Choose another file" }).click();
  });

  it("imports the same export again: nothing new, no false duplicates, and a button that says why it is off", async () => {
    await page.locator("#import-file").setInputFiles(FIXTURE);
    await expectShown(page.getByRole("heading", { name: /Preview of Connections.csv/ }));
    // Everyone is known by their LinkedIn profile: not one "possible duplicate".
    expect(await page.locator(".import-summary").textContent()).toContain("0 new, 0 updated, 10 unchanged");
    expect(await page.getByRole("heading", { name: /Possible duplicates/ }).count()).toBe(0);
    const button = page.getByRole("button", { name: "Import 0 contacts" });
    expect(await button.isDisabled()).toBe(true);
    expect(await page.locator("#import-reason").textContent()).toBe(
      "Nothing to import: everyone in this file is already in Enlist, and nothing about them has changed.",
    );
    await checkScreen("06c-import-again");
    await page.getByRole("button", { name: "Choose another file" }).click();
  });

  it("sees the contacts in their suggested circles", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Circles" }).click();
    await page.waitForURL(/\/circles/);
    await expect.poll(() => page.locator(".card").count()).toBe(10);
    await checkScreen("07-circles");
  });

  let leader = "";
  let composeUrl = "";
  it("opens this week's plan, and studies a leader first as it says", async () => {
    await page.getByRole("link", { name: "This week" }).click();
    await expectShown(page.locator("ol.plan li").first());
    // The colleague gets no outreach while the user is still employed, and the week says so.
    await expectShown(
      page.getByRole("region", { name: "Kept from your move (1)" }).getByRole("link", { name: "Jack Anderson" }),
    );
    expect(await page.locator("ol.plan").textContent()).not.toContain("Jack Anderson");
    await checkScreen("08-week");
    const research = page.locator("ol.plan li.circle-leaders").filter({ hasText: "Research" }).first();
    leader = (await research.locator("a.who").textContent()) ?? "";
    await research.getByRole("button", { name: "Add research notes" }).click();
    await page
      .getByLabel("What did they do that you admire?")
      .fill("Her talk on scaling on-call rotations at LeadDev 2025");
    await page.getByRole("button", { name: "Save" }).click();
    await expectShown(page.getByText("Her talk on scaling on-call rotations"));
    await checkScreen("09-contact-researched");
  });

  it("goes from the plan to the composer for that leader", async () => {
    await page.getByRole("link", { name: "This week" }).click();
    await expectShown(page.locator("ol.plan li").first());
    const item = page
      .locator("ol.plan li.circle-leaders")
      .filter({ hasText: "Reach out" })
      .filter({ hasText: leader })
      .first();
    expect(leader).not.toBe("");
    await item.getByRole("button", { name: "Write the message" }).click();
    await page.waitForURL(/\/compose\?contact=/);
    await expectShown(page.locator("#draft-body"));
    composeUrl = page.url();
    expect(await page.locator("#draft-body").inputValue()).toContain(leader.split(" ")[0]);
    await checkScreen("10-composer");
  });

  it("sees a finding appear as they type, and fixes it in one click", async () => {
    const body = page.locator("#draft-body");
    const first = leader.split(" ")[0] as string;
    const text = await body.inputValue();
    // Greet them by a misspelt name: the linter flags it before anything is sent.
    const misspelt = `${first.slice(0, -1)}x`;
    // The list grows downwards to show every finding; where it starts stays put.
    const where = async () =>
      JSON.stringify([
        await body.boundingBox(),
        (await page.locator(".findings").boundingBox())?.y,
        await page.locator("#draft-counters").boundingBox(),
      ]);
    const before = await where();
    await body.fill(text.replace(first, misspelt));
    const finding = page.locator(".finding", { hasText: "The greeting says" });
    await expectShown(finding);
    // The finding appears without moving the text, the counters or the top of the list.
    expect(await where()).toBe(before);
    await expect.poll(() => page.locator(".backdrop mark.sev-error").count()).toBeGreaterThan(0);
    // Its message shows when the pointer rests on the underlined name.
    const mark = await page.locator(".backdrop mark.sev-error").first().boundingBox();
    if (!mark) throw new Error("the underline is not on screen");
    await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2);
    await expect
      .poll(() => page.locator("#draft-at-cursor").textContent())
      .toMatch(/Error under the pointer: The greeting says/);
    await snap(page, "11-composer-finding");
    await finding.getByRole("button", { name: /^Fix/ }).click();
    await expect.poll(() => finding.count()).toBe(0);
    expect(await body.inputValue()).toContain(first);
    expect(await body.inputValue()).not.toContain(misspelt);
  });

  it("keeps the draft through a reload", async () => {
    const body = page.locator("#draft-body");
    await body.press("End");
    await body.type(" P.S. Thank you for reading.");
    const typed = await body.inputValue();
    await page.reload();
    await expectShown(page.locator("#draft-body"));
    expect(await page.locator("#draft-body").inputValue()).toBe(typed);
    await expectShown(page.getByText("Your unsent draft from before is back."));
  });

  it("logs it as sent, and sees the follow-up due", async () => {
    await page.getByRole("button", { name: "Log as sent" }).click();
    await expectShown(page.getByText(/Logged as sent to/));
    await checkScreen("12-composer-sent");
    await page.getByRole("link", { name: "Back to this week" }).click();
    const followUp = page.locator("ul.follow-ups li", { hasText: leader });
    await expectShown(followUp);
    expect(await followUp.textContent()).toMatch(/Waiting for a reply · due \d{4}-\d{2}-\d{2}/);
    await checkScreen("13-week-follow-up");
  });

  it("shows a retry when the connection drops, and the retry works", async () => {
    const item = page.locator("ol.plan li").filter({ hasText: "Reach out" }).first();
    const who = (await item.locator("a.who").textContent()) ?? "";
    await context.setOffline(true);
    await item.getByRole("button", { name: "Mark done" }).click();
    await expectShown(item.getByText("No connection."));
    await snap(page, "13b-week-offline");
    await context.setOffline(false);
    await item.getByRole("button", { name: "Try again" }).click();
    // Done: the contact now waits for a reply under 3B7, and the plan no longer asks to reach out to them.
    await expectShown(page.locator("ul.follow-ups li", { hasText: who }));
  });

  it("sees the circle's progress count the people written to", async () => {
    await page.getByRole("link", { name: "Circles" }).click();
    // The leader written to from the composer is contacted now: the Leaders circle is no longer at 0 %.
    const progress = page.getByRole("progressbar", { name: "Leaders contacted" });
    await expect.poll(async () => Number(await progress.getAttribute("aria-valuenow"))).toBeGreaterThan(0);
  });

  it("moves a contact to another circle with the keyboard", async () => {
    await page.getByRole("link", { name: "Circles" }).click();
    const card = page.locator(".column.circle-leaders .card").first();
    await expectShown(card);
    const name = (await card.locator(".card-name").textContent()) ?? "";
    const before = Number(await page.locator(".column.circle-backers h2 .count").textContent());
    await card.locator(".card-name").focus();
    await page.keyboard.press("Alt+ArrowLeft");
    await expectShown(page.locator(".column.circle-backers .card", { hasText: name }));
    await expect
      .poll(async () => Number(await page.locator(".column.circle-backers h2 .count").textContent()))
      .toBe(before + 1);
    // Focus followed the contact into its new circle.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(name);
  });

  it("moves a contact by dragging it", async () => {
    const card = page.locator(".column.circle-backers .card").first();
    const name = (await card.locator(".card-name").textContent()) ?? "";
    // The mouse, step by step, as a person drags: press on the card, move across, let go over the column.
    const from = await card.boundingBox();
    const to = await page.locator(".column.circle-pathfinders .virtual").boundingBox();
    if (!from || !to) throw new Error("the card or the column is not on screen");
    await page.mouse.move(from.x + 20, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 12 });
    await page.mouse.up();
    await expectShown(page.locator(".column.circle-pathfinders .card", { hasText: name }));
  });

  let kept = { name: "", company: "" };
  it("picks two contacts with a click and a Shift+click, and moves them together", async () => {
    const cards = page.locator(".column.circle-backers .card");
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(2);
    const first = cards.nth(0);
    const second = cards.nth(1);
    const names = [
      (await first.locator(".card-name").textContent()) ?? "",
      (await second.locator(".card-name").textContent()) ?? "",
    ];
    // The card reads "role, company"; the second one's company is the filter of a later step.
    kept = {
      name: names[1] as string,
      company: ((await second.locator(".card-detail").textContent()) ?? "").split(", ").pop() ?? "",
    };
    await first.locator(".card-detail").click();
    await second.locator(".card-detail").click({ modifiers: ["Shift"] });
    for (const name of names)
      expect(await page.getByRole("row", { name: new RegExp(name) }).getAttribute("aria-selected")).toBe("true");
    await expectShown(page.getByRole("toolbar", { name: "Selected contacts" }).getByText("2 contacts selected"));
    await checkScreen("14a-circles-selected");
    await page.getByRole("button", { name: "Move to Leaders" }).click();
    for (const name of names) await expectShown(page.locator(".column.circle-leaders .card", { hasText: name }));
    expect(await page.locator(".column.circle-backers .card", { hasText: names[0] as string }).count()).toBe(0);
    expect(await page.getByRole("toolbar").count()).toBe(0);
  });

  it("archives one as not relevant: hidden from the board, listed under Show archived", async () => {
    const leaders = page.locator(".column.circle-leaders .card");
    const gone = leaders.filter({ hasNotText: kept.name }).first();
    const name = (await gone.locator(".card-name").textContent()) ?? "";
    await gone.locator(".card-detail").click();
    await page.getByRole("button", { name: "Archive as not relevant" }).click();
    await expectShown(page.getByText("1 contact is archived as not relevant and hidden here"));
    expect(await page.locator(".card", { hasText: name }).count()).toBe(0);
    await page.getByLabel("Show archived", { exact: true }).check();
    await expect.poll(() => page.locator(".card").count()).toBe(1);
    expect(await page.locator(".card .card-name").textContent()).toBe(name);
    await checkScreen("14b-circles-archived");
    await page.getByLabel("Show archived", { exact: true }).uncheck();
    await expect.poll(() => page.locator(".card").count()).toBe(9);
  });

  it("filters by company, and the counts and empty columns follow", async () => {
    expect(kept.company).not.toBe("");
    await page.getByLabel("Company", { exact: true }).fill(kept.company);
    await expect.poll(() => page.locator(".card").count()).toBe(1);
    expect(await page.locator(".column.circle-leaders .card-name").textContent()).toBe(kept.name);
    expect(await page.locator(".column.circle-leaders h2 .count").textContent()).toBe("1");
    expect(await page.locator(".column.circle-backers h2 .count").textContent()).toBe("0");
    await expectShown(page.locator(".column.circle-backers").getByText("No one in Backers matches."));
    await page.getByLabel("Company", { exact: true }).fill("");
    await expect.poll(() => page.locator(".card").count()).toBe(9);
  });

  it("opens a contact, logs an interaction, and checks an ask", async () => {
    await page.locator(".card-name").first().click();
    await expectShown(page.getByRole("heading", { name: "History" }));
    await checkScreen("14-contact");
    await page.getByRole("button", { name: "Log something" }).click();
    await page.getByRole("button", { name: "They replied" }).click();
    await expectShown(page.locator("ol.history li", { hasText: "They replied" }));
    // A reply moves them on from wherever they were.
    await expect.poll(() => page.getByTestId("contact-status").textContent()).toBe("In conversation");
    await page.getByRole("link", { name: "Ask checker" }).click();
    await expectShown(page.locator(".verdict"));
    expect(await page.locator(".verdict .level").textContent()).toBe("Too big for now");
    await page.getByRole("button", { name: "Use the right-sized ask" }).click();
    await expect.poll(() => page.locator(".verdict .level").textContent()).toBe("Reasonable");
    await checkScreen("15-ask-checker");
  });

  it("has settings with exports, a calendar feed and tokens", async () => {
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("button", { name: "Make a feed link" }).click();
    expect(await page.getByLabel("Subscribe to this address").inputValue()).toMatch(/\/v1\/follow-ups\.ics\?token=/);
    await page.getByLabel("Name for a new token").fill("laptop");
    await page.getByRole("button", { name: "Create token" }).click();
    await expectShown(page.getByText(/Token “laptop”/));
    // Both secrets copy in one click.
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await page.getByRole("button", { name: "Copy the token" }).click();
    await expect.poll(clipboard).toBe(await page.getByLabel("The new token").inputValue());
    await page.getByRole("button", { name: "Copy the feed link" }).click();
    await expect.poll(clipboard).toBe(await page.getByLabel("Subscribe to this address").inputValue());
    await checkScreen("16-settings");
  });

  it("downloads the full backup from Settings and restores it into a new account", async () => {
    await page.getByRole("link", { name: "Settings" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Full backup (JSON)" }).click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), "enlist-backup-")), "enlist-backup.json");
    await download.saveAs(file);
    const original = JSON.parse(readFileSync(file, "utf8")) as BackupShape;
    expect(original.contacts).toHaveLength(10);

    // Someone else's browser: a new account, its own pivot, and the backup restored into it.
    const other = await run.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const fresh = await other.newPage();
    fresh.on("pageerror", (e) => pageErrors.push(e.message));
    await fresh.goto(`${run.url}/signup`);
    await fresh.getByLabel("Your name").fill("Maya Chen");
    await fresh.getByLabel("E-mail").fill("maya.new@example.com");
    await fresh.getByLabel("Password").fill("another long enough password");
    await fresh.getByRole("button", { name: "Sign up" }).click();
    await fresh.waitForURL(/\/pivot/);
    await fresh.getByLabel("The field you are leaving").fill("Teaching");
    await fresh.getByLabel("The field you are moving into").fill("Design");
    await fresh.getByLabel("Hours a week for outreach").fill("1");
    await fresh.getByRole("button", { name: "Save and continue" }).click();
    await fresh.waitForURL(/\/import/);
    await fresh.locator("#import-file").setInputFiles(file);
    await expectShown(fresh.getByRole("heading", { name: "Preview of enlist-backup.json" }));
    expect(await fresh.locator(".backup-summary").textContent()).toContain(
      `10 contacts, ${original.interactions.length} interaction`,
    );
    expect(await fresh.locator(".backup-summary").textContent()).toContain("your pivot (Research → Engineering)");
    await snap(fresh, "16b-restore-preview");
    await fresh.getByRole("button", { name: "Restore 10 contacts" }).click();
    await expectShown(fresh.getByText(/Restored 10 contacts/));
    // The new account holds what the old one did: contacts, interactions, asks and pivot, under new ids.
    const restored = (await (await fresh.request.get(`${run.url}/v1/me/export`)).json()) as BackupShape;
    expect(withoutIds(restored)).toEqual(withoutIds(original));
    await fresh.getByRole("link", { name: "See them in your circles" }).click();
    // The one archived before the backup is still set aside: the board shows the others.
    const archived = original.contacts.filter((c) => c.archived === true).length;
    expect(archived).toBe(1);
    await expect.poll(() => fresh.locator(".card").count()).toBe(10 - archived);
    await other.close();
  });

  it("works at 375 px wide on every screen", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of ["/", "/circles", "/compose", "/ask", "/import", "/settings", "/pivot"]) {
      await page.goto(run.url + path);
      await expectShown(page.locator("h1"));
      expect(new URL(page.url()).pathname, "still signed in").toBe(path);
      await page.waitForLoadState("networkidle");
      expect(await overflowsSideways(page), path).toBe(false);
      expect(
        (await seriousViolations(page)).map((v) => v.id),
        path,
      ).toEqual([]);
      await snap(page, `17-375px${path === "/" ? "-week" : path.replace("/", "-")}`);
    }
    // Writing to someone on a phone: the message box is near the top, and every finding shows without a
    // box of its own to scroll.
    await page.goto(composeUrl);
    const box = await page.locator("#draft-body").boundingBox();
    expect(box?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(1000);
    await page
      .locator("#draft-body")
      .fill(
        "Hi [Name], sorry to bother you. Could you refer me for an opening on your team? I need an answer by Friday.",
      );
    await expect.poll(() => page.locator(".findings li").count()).toBeGreaterThan(2);
    expect(await page.locator(".findings").evaluate((e) => e.scrollHeight <= e.clientHeight + 1)).toBe(true);
    expect(await overflowsSideways(page)).toBe(false);
    // The import preview of a real export fits the phone too: its table scrolls in its own box, the page does not.
    await page.goto(`${run.url}/import`);
    await page.locator("#import-file").setInputFiles(FIXTURE);
    await expectShown(page.getByRole("heading", { name: /Preview of Connections.csv/ }));
    expect(await overflowsSideways(page), "import preview").toBe(false);
    await snap(page, "17-375px-import-preview");
  });

  it("raised no script error or refused resource on the way", () => {
    expect(pageErrors).toEqual([]);
  });
});
