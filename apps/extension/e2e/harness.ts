import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
/** The extension as `npm run build` leaves it, loaded unpacked as a user would. */
export const EXTENSION_DIR = resolve(here, "../dist/extension");
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Which fixture page answers which address of the real sites. */
const PAGES: Record<string, string> = {
  "www.linkedin.com/in/sarah-chen/": "linkedin-profile.html",
  "www.linkedin.com/messaging/thread/priya-raman/": "linkedin-messaging.html",
  "mail.google.com/mail/u/0/": "gmail-compose.html",
};

/** A certificate for the two host names, made for this run: the fixtures are served over HTTPS like the sites. */
function certificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, "key.pem");
  const cert = join(dir, "cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      key,
      "-out",
      cert,
      "-days",
      "1",
      "-subj",
      "/CN=www.linkedin.com",
      "-addext",
      "subjectAltName=DNS:www.linkedin.com,DNS:mail.google.com",
    ],
    { stdio: "ignore" },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export interface Fixtures {
  port: number;
  close(): Promise<void>;
}

/** The fixture pages on a loopback port, each under the host name and path of the box it reproduces. */
export async function serveFixtures(): Promise<Fixtures> {
  const dir = mkdtempSync(join(tmpdir(), "enlist-ext-cert-"));
  const server: Server = createServer(certificate(dir), (req, res) => {
    const url = new URL(req.url ?? "/", `https://${req.headers.host ?? "localhost"}`);
    const file = PAGES[`${url.hostname}${url.pathname}`];
    if (url.pathname === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not a fixture");
      return;
    }
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
      .end(readFileSync(join(here, "fixtures", file)));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    close: async () => {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Browsing {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Console errors and uncaught exceptions of every page opened, for the test to find none. */
  errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the extension loaded unpacked, in a fresh profile, with the two sites' names
 * resolved to the fixture server: nothing leaves the machine.
 */
export async function launch(fixtures: Fixtures, extensionDir = EXTENSION_DIR): Promise<Browsing> {
  // A missing browser or build fails the run with the fix, rather than skipping the tests that need it.
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  if (!existsSync(join(extensionDir, "manifest.json")))
    throw new Error(`No extension at ${extensionDir}: run npm run build first.`);
  const profile = mkdtempSync(join(tmpdir(), "enlist-ext-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    // Extensions load only in the new headless mode, which playwright's own headless flag does not choose.
    headless: false,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=MAP www.linkedin.com 127.0.0.1:${fixtures.port}, MAP mail.google.com 127.0.0.1:${fixtures.port}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && errors.push(`${page.url()}: ${m.text()}`));
  };
  context.on("page", watch);
  return {
    context,
    extensionId,
    worker,
    errors,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
