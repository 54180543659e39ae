import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startApi, type RunningApi } from "./api";
import { EXTENSION_DIR, launch, serveFixtures, type Browsing, type Fixtures } from "./harness";

const PANEL = "enlist-assistant .panel";
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

let api: RunningApi;
let fixtures: Fixtures;
let browsing: Browsing;
let copy: string;
let sarah: string;

beforeAll(async () => {
  api = await startApi();
  const created = await api.request("/v1/contacts", {
    method: "POST",
    body: {
      name: "Sarah Chen",
      circle: "leaders",
      tie: "weak",
      email: "sarah.chen@example.com",
      linkedInUrl: "https://www.linkedin.com/in/sarah-chen/",
    },
  });
  sarah = ((await created.json()) as { id: string }).id;
  // Another Sarah Chen, elsewhere: the profile address, not the name, says which one the note is for.
  await api.request("/v1/contacts", {
    method: "POST",
    body: {
      name: "Sarah Chen",
      circle: "backers",
      tie: "close",
      linkedInUrl: "https://www.linkedin.com/in/sarah-chen-2/",
    },
  });
  fixtures = await serveFixtures();
  // Connecting asks the browser for the server's address; its prompt is the browser's own window, which a
  // headless browser cannot show. The copy under test has that one address granted at install, as if the
  // user had said yes: the options page's request then succeeds at once, as it does after a real yes.
  copy = mkdtempSync(join(tmpdir(), "enlist-ext-granted-"));
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, "manifest.json"), "utf8")) as { host_permissions: string[] };
  manifest.host_permissions.push("http://127.0.0.1/*");
  writeFileSync(join(copy, "manifest.json"), JSON.stringify(manifest));
  browsing = await launch(fixtures, copy);
});

afterAll(async () => {
  await browsing?.close();
  await fixtures?.close();
  await api?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe("before connecting", () => {
  it("sends nothing anywhere while the person writes", async () => {
    const page = await browsing.newPage();
    await page.goto("https://www.linkedin.com/in/sarah-chen/");
    await page.locator("#custom-message").click();
    await page.keyboard.type("Hi Sarah, could we get coffee?");
    await expect.poll(() => page.locator(`${PANEL} .finding`).count()).toBeGreaterThan(0);
    expect(await page.locator(`${PANEL} .who legend`).textContent()).toBe("Who is Sarah Chen to you?");
    expect(api.seen).toEqual([]);
    await page.close();
  });
});

describe("connected to the user's own server", () => {
  let options: Page;

  it("connects from the options page with the server's address and a personal access token", async () => {
    options = await browsing.newPage();
    await options.goto(`chrome-extension://${browsing.extensionId}/options.html`);
    await options.getByLabel("Enlist server address").fill(api.url);
    await options.getByLabel("Personal access token").fill("enl_not-a-token");
    await options.getByRole("button", { name: "Connect" }).click();
    await expect.poll(() => options.getByRole("status").textContent()).toBe("The server did not accept this token.");
    await options.getByLabel("Personal access token").fill(api.token);
    await options.getByRole("button", { name: "Connect" }).click();
    await expect.poll(() => options.getByRole("status").textContent()).toBe(`Connected to ${api.url} as Maya Chen.`);
  });

  it("finds the person of the profile and judges the note by the circle and tie recorded for them", async () => {
    const page = await browsing.newPage();
    await page.goto("https://www.linkedin.com/in/sarah-chen/");
    await page.locator("#custom-message").click();
    await expect
      .poll(() => page.locator(`${PANEL} .known .person`).textContent())
      .toContain("Sarah Chen: Leader, weak tie from your Enlist · new");
    await page.keyboard.type(
      "Hi Sarah, I loved your DevLearn talk on microlearning. Could we meet for coffee next week to talk about your career?",
    );
    await expect
      .poll(() => page.locator(`${PANEL} .finding[data-rule="ask-proportionate"] .message`).first().textContent())
      .toMatch(/weak tie/);
    // Only the user's server was asked, with the token, and only for contacts.
    expect(api.seen.every((r) => r.startsWith("GET /v1/contacts") || r === "GET /v1/me")).toBe(true);

    await page.locator(`${PANEL} button`, { hasText: "Log as sent" }).click();
    await expect
      .poll(() => page.locator(`${PANEL} .logged`).textContent())
      .toBe("Logged as sent. Sarah Chen is now contacted.");
    const history = (await (await api.request(`/v1/contacts/${sarah}/interactions`)).json()) as {
      items: { type: string; date: string }[];
    };
    expect(history.items.map(({ type, date }) => ({ type, date }))).toEqual([{ type: "sent", date: today() }]);
    const contact = (await (await api.request(`/v1/contacts/${sarah}`)).json()) as { status: string };
    expect(contact.status).toBe("contacted");
    await page.close();
  });

  it("finds the person of a Gmail draft by their address", async () => {
    const page = await browsing.newPage();
    await page.goto("https://mail.google.com/mail/u/0/");
    await page.locator('[aria-label="Message Body"]').click();
    await expect
      .poll(() => page.locator(`${PANEL} .known .person`).textContent())
      .toContain("Sarah Chen: Leader, weak tie from your Enlist · contacted");
    await page.close();
  });

  it("says so when the person is not among the user's contacts", async () => {
    const page = await browsing.newPage();
    await page.goto("https://www.linkedin.com/messaging/thread/priya-raman/");
    await page.locator(".editor").click();
    await expect.poll(() => page.locator(`${PANEL} .note`).textContent()).toBe("Not among your Enlist contacts.");
    expect(await page.locator(`${PANEL} .who legend`).textContent()).toBe("Who is Priya Raman to you?");
    await page.close();
  });

  it("stops reaching the server once disconnected", async () => {
    await options.getByRole("button", { name: "Disconnect" }).click();
    await expect
      .poll(() => options.getByRole("status").textContent())
      .toBe("Disconnected: nothing leaves this browser.");
    const before = api.seen.length;
    const page = await browsing.newPage();
    await page.goto("https://www.linkedin.com/in/sarah-chen/");
    await page.locator("#custom-message").click();
    await expect.poll(() => page.locator(`${PANEL} .who legend`).textContent()).toBe("Who is Sarah Chen to you?");
    expect(api.seen.length).toBe(before);
    await page.close();
  });

  it("made no console errors on the host pages", () => {
    expect(browsing.errors).toEqual([]);
  });
});
