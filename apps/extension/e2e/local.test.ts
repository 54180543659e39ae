import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launch, serveFixtures, type Browsing, type Fixtures } from "./harness";

let fixtures: Fixtures;
let browsing: Browsing;

beforeAll(async () => {
  fixtures = await serveFixtures();
  browsing = await launch(fixtures);
});

afterAll(async () => {
  await browsing?.close();
  await fixtures?.close();
});

const PANEL = "enlist-assistant .panel";
const rules = (page: Page) =>
  page.locator(`${PANEL} .finding`).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.rule));
const fixFor = (page: Page, rule: string) => page.locator(`${PANEL} .finding[data-rule="${rule}"] button.fix`);

/** Where each of the page's own elements is drawn. */
const layoutOf = (page: Page, selector: string) =>
  page.evaluate(
    (sel) => [...document.querySelectorAll(sel)].map((el) => JSON.stringify(el.getBoundingClientRect())),
    selector,
  );

/** The page's layout with Enlist's panel and underlines drawn, and with them taken away: the same, or Enlist moved it. */
async function layoutWithAndWithoutEnlist(page: Page, selector: string) {
  const drawn = await layoutOf(page, selector);
  await page.evaluate(() => document.querySelector("enlist-assistant")?.setAttribute("hidden", ""));
  const without = await page.evaluate((sel) => {
    const host = document.querySelector("enlist-assistant") as HTMLElement;
    host.style.display = "none";
    const rects = [...document.querySelectorAll(sel)].map((el) => JSON.stringify(el.getBoundingClientRect()));
    host.style.display = "";
    host.removeAttribute("hidden");
    return rects;
  }, selector);
  return { drawn, without };
}

const BAD_NOTE = "Hi Sara, I'd love to pick your brain over coffee ASAP! Let me know when works for you.";
const GOOD_NOTE_WITH_TYPO =
  "Hi Sara, I loved your DevLearn talk on microlearning. I'm moving from teaching into instructional design. Would you be open to two quick questions by message about how you started?";

describe("a LinkedIn connection note", () => {
  let page: Page;
  beforeAll(async () => {
    page = await browsing.newPage();
    await page.goto("https://www.linkedin.com/in/sarah-chen/");
  });

  it("underlines the findings of a bad draft and lists them with the ask it reads and the characters left", async () => {
    const before = await layoutOf(page, "main, main *");
    await page.locator("#custom-message").click();
    await page.locator(PANEL).waitFor();
    // The panel appeared and nothing of the page moved.
    expect(await layoutOf(page, "main, main *")).toEqual(before);
    await page.keyboard.type(BAD_NOTE);
    // Polled as a whole: under load typing pauses long enough for a lint of the draft half typed.
    await expect
      .poll(() => rules(page))
      .toEqual(expect.arrayContaining(["greeting-name", "ask-proportionate", "no-urgency"]));
    // The greeting is judged against the name the profile shows.
    await expect
      .poll(() => page.locator(`${PANEL} .finding[data-rule="greeting-name"] .message`).textContent())
      .toContain("Sarah Chen");
    await expect
      .poll(() => page.locator(`${PANEL} .asks li`).allTextContents())
      .toContain("a coffee (in person) — unreasonable");
    expect(await page.locator(`${PANEL} .left`).textContent()).toContain(
      `${300 - BAD_NOTE.length} characters left of 300`,
    );
    // Underlines are drawn over the box, and the page's text is what was typed, untouched.
    await expect.poll(() => page.locator("enlist-assistant .mark.sev-error").count()).toBeGreaterThan(0);
    const mark = await page.locator('enlist-assistant .mark[data-finding="0"]').first().boundingBox();
    const box = await page.locator("#custom-message").boundingBox();
    expect(mark && box && mark.x >= box.x && mark.y >= box.y && mark.y + mark.height <= box.y + box.height).toBe(true);
    expect(await page.locator("#custom-message").inputValue()).toBe(BAD_NOTE);
    // The underlines and the panel take no room in the page.
    const { drawn, without } = await layoutWithAndWithoutEnlist(page, "main, main *");
    expect(drawn).toEqual(without);
    expect(await page.locator("#count").textContent()).toBe(String(BAD_NOTE.length));
  });

  it("fixes the greeting in one click, through the page's own input handling", async () => {
    await fixFor(page, "greeting-name").click();
    await expect.poll(() => rules(page)).not.toContain("greeting-name");
    expect(await page.locator("#custom-message").inputValue()).toBe(BAD_NOTE.replace("Sara,", "Sarah,"));
    // The page's counter heard the edit as it hears typing.
    expect(await page.locator("#count").textContent()).toBe(String(BAD_NOTE.length + 1));
  });

  it("clears once the draft is right", async () => {
    await page.locator("#custom-message").fill("");
    await page.locator("#custom-message").click();
    await page.keyboard.insertText(GOOD_NOTE_WITH_TYPO);
    await expect.poll(() => rules(page)).toEqual(["greeting-name"]);
    await fixFor(page, "greeting-name").click();
    await expect
      .poll(() => page.locator(`${PANEL} .findings .empty`).textContent())
      .toBe("No findings: the message reads well.");
    expect(await page.locator("enlist-assistant .mark").count()).toBe(0);
    expect(await page.locator(`${PANEL} .asks li`).allTextContents()).toEqual([
      "2 questions about how you started — reasonable",
    ]);
  });

  it("counts 200 characters on a free account", async () => {
    await page.locator(`${PANEL} .free input`).check();
    await expect.poll(() => page.locator(`${PANEL} .left`).textContent()).toContain("characters left of 200");
    await page.locator(`${PANEL} .free input`).uncheck();
    await expect.poll(() => page.locator(`${PANEL} .left`).textContent()).toContain("characters left of 300");
  });

  it("asks once who the person is (a stranger until told) and remembers it for their profile", async () => {
    expect(await page.locator(`${PANEL} .who legend`).textContent()).toBe("Who is Sarah Chen to you?");
    await page.locator(`${PANEL} .who select`).nth(0).selectOption("leaders");
    await page.locator(`${PANEL} .who select`).nth(1).selectOption("weak");
    await page.reload();
    await page.locator("#custom-message").click();
    await expect
      .poll(() => page.locator(`${PANEL} .who .person`).textContent())
      .toContain("Sarah Chen: Leader, weak tie");
    expect(await page.locator(`${PANEL} .who legend`).count()).toBe(0);
  });
});

describe("a LinkedIn message and InMail", () => {
  it("lints a reply to the person the conversation is with, and fixes it in the editor", async () => {
    const page = await browsing.newPage();
    await page.goto("https://www.linkedin.com/messaging/thread/priya-raman/");
    const before = await layoutOf(page, ".thread, .thread *");
    await page.locator(".editor").click();
    await page.locator(PANEL).waitFor();
    expect(await layoutOf(page, ".thread, .thread *")).toEqual(before);
    await page.keyboard.type(
      "Hi Pria,\n\nI hope this finds you well. Could you refer me to your hiring manager for the designer role?\n\nThanks,\nMaya",
    );
    await expect.poll(() => rules(page)).toEqual(expect.arrayContaining(["greeting-name", "no-job-ask"]));
    await expect.poll(() => page.locator(`${PANEL} .asks li`).allTextContents()).toEqual(["a referral — unreasonable"]);
    // A message has no character count to show.
    expect(await page.locator(`${PANEL} .left`).count()).toBe(0);
    await expect.poll(() => page.locator("enlist-assistant .mark.sev-error").count()).toBeGreaterThan(0);
    await fixFor(page, "greeting-name").click();
    await expect.poll(() => rules(page)).not.toContain("greeting-name");
    expect(await page.locator(".editor").innerText()).toMatch(/^Hi Priya,/);
    const { drawn, without } = await layoutWithAndWithoutEnlist(page, ".thread, .thread *");
    expect(drawn).toEqual(without);
    await page.close();
  });

  it("reads an InMail's subject", async () => {
    const page = await browsing.newPage();
    await page.goto("https://www.linkedin.com/messaging/thread/priya-raman/?inmail");
    await page.locator('input[name="subject"]').fill("A question for [First name]");
    await page.locator(".editor").click();
    await page.keyboard.type("Hi Priya,\n\nYour post on leaving the classroom for UX research stuck with me.");
    await expect.poll(() => page.locator(`${PANEL} .finding .tag`).allTextContents()).toContain("Subject");
    // An InMail's body has 1,900 characters.
    expect(await page.locator(`${PANEL} .left`).textContent()).toMatch(/characters left of 1900/);
    await page.close();
  });
});

describe("Gmail", () => {
  it("lints a new message to the recipient in the To field, with its subject, and fixes it", async () => {
    const page = await browsing.newPage();
    await page.goto("https://mail.google.com/mail/u/0/");
    await page.locator('input[name="subjectbox"]').fill("Quick question");
    await page.locator('[aria-label="Message Body"]').click();
    await page.keyboard.type(
      "Hey Sara,\n\nI just wanted to reach out. Can we hop on a quick 60 minute call this week to pick your brain?\n\nThanks,\nMaya",
    );
    await expect.poll(() => rules(page)).toEqual(expect.arrayContaining(["greeting-name", "ask-proportionate"]));
    await expect
      .poll(() => page.locator(`${PANEL} .asks li`).allTextContents())
      .toEqual([expect.stringMatching(/^a call \(60 minutes\).*unreasonable$/)]);
    await expect.poll(() => page.locator("enlist-assistant .mark").count()).toBeGreaterThan(0);
    await fixFor(page, "greeting-name").click();
    await expect.poll(() => rules(page)).not.toContain("greeting-name");
    expect(await page.locator('[aria-label="Message Body"]').innerText()).toMatch(/^Hey Sarah,\n/);
    await page.close();
  });

  it("lints a reply, whose subject is the thread's", async () => {
    const page = await browsing.newPage();
    await page.goto("https://mail.google.com/mail/u/0/?reply");
    await page.locator('[aria-label="Message Body"]').click();
    await page.keyboard.type(
      "Hi Sarah,\n\nThank you so much for the talk on microlearning, it changed how I plan my lessons.\n\nMaya",
    );
    await expect.poll(() => page.locator(`${PANEL} .count`).textContent()).toBeTruthy();
    await expect.poll(() => page.locator(`${PANEL} .asks .empty, ${PANEL} .asks li`).count()).toBeGreaterThan(0);
    expect(await rules(page)).not.toContain("greeting-name");
    await page.close();
  });
});

describe("on the host pages", () => {
  it("made no console errors", () => {
    expect(browsing.errors).toEqual([]);
  });
});
