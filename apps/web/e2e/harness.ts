import { serve, type ServerType } from "@hono/node-server";
import { createApp, makeRuntime } from "@enlist/api";
import { existsSync, mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
export const WEB_ROOT = resolve(here, "../dist");
export const ARTIFACTS = resolve(here, "../test-results");

/** Debian's Chromium, started as the machine allows: no sandbox as root, no background connections. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Running {
  url: string;
  browser: Browser;
  stop: () => Promise<void>;
}

/** The real server — the API with the built web app — on a temporary SQLite file, and a real Chromium. */
export async function startAll(): Promise<Running> {
  // A missing browser fails the run with the fix, rather than skipping the tests that need it.
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  const dir = mkdtempSync(join(tmpdir(), "enlist-e2e-"));
  const runtime = makeRuntime({ databaseUrl: `sqlite://${join(dir, "enlist.sqlite")}`, scryptCost: 1024 });
  const app = createApp(runtime, { webRoot: WEB_ROOT, toolsPerMinute: 10_000 });
  const server: ServerType = await new Promise((ok) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => ok(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  // A run's artefacts are its own: screenshots of an earlier run's failures would read as this run's.
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url: `http://127.0.0.1:${port}`,
    browser,
    stop: async () => {
      await browser.close();
      await new Promise((ok) => server.close(ok));
      await runtime.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe-core on the page as it is now and returns the serious and critical violations. The script is
 * evaluated through the debugging protocol, so the page's own Content-Security-Policy stays on.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    (
      globalThis as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe.run(document, { resultTypes: ["violations"] }),
  )) as { violations: AxeViolation[] };
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Screenshot of the screen, kept under test-results/ as the run's artefact. */
export const snap = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

/** Wider than the window: the page scrolls sideways, which a 375 px phone shows as a broken layout. */
export const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
