import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../app";
import { makeRuntime } from "../runtime";

const root = mkdtempSync(join(tmpdir(), "enlist-web-root-"));
mkdirSync(join(root, "assets"));
writeFileSync(
  join(root, "index.html"),
  "<!doctype html><title>Enlist</title><script type=module src=/assets/app-abc123.js></script>",
);
writeFileSync(join(root, "assets/app-abc123.js"), "console.log('enlist')");
writeFileSync(join(root, "assets/app-abc123.js.gz"), gzipSync("console.log('enlist')"));

const runtime = makeRuntime({ databaseUrl: "sqlite://:memory:", scryptCost: 1024 });
const app = createApp(runtime, { webRoot: root });
afterAll(() => runtime.dispose());

describe("the web app, served by the API", () => {
  it("serves the page at / with a strict Content-Security-Policy", async () => {
    const res = await app.request("/");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<title>Enlist</title>");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("cache-control")).toBe("no-cache");
  });

  it("serves the page for the app's own paths, so a reload opens that screen", async () => {
    for (const path of ["/circles", "/contacts/con_123", "/compose?contact=con_1"]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toContain("text/html");
    }
  });

  it("serves hashed assets for a year, gzipped to browsers that take it", async () => {
    const plain = await app.request("/assets/app-abc123.js");
    expect(await plain.text()).toBe("console.log('enlist')");
    expect(plain.headers.get("cache-control")).toContain("immutable");
    const gz = await app.request("/assets/app-abc123.js", { headers: { "accept-encoding": "gzip, br" } });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
  });

  it("answers a missing asset and the API's own paths as before: problem+json, never the page", async () => {
    const missing = await app.request("/assets/nope-123.js");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    const api = await app.request("/v1/nothing-here");
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toContain("application/problem+json");
    expect((await app.request("/healthz")).headers.get("content-type")).toContain("application/json");
    expect((await app.request("/openapi.json")).headers.get("content-type")).toContain("application/json");
    // Writes to a screen's path are not the page either.
    expect((await app.request("/circles", { method: "POST" })).status).toBe(404);
  });

  it("refuses to start without a built app, saying how to build it", () => {
    expect(() => createApp(runtime, { webRoot: join(root, "nowhere") })).toThrow(/npm run build/);
  });
});
