import { describe, expect, it } from "vitest";
import { DOCS_SCRIPT_PATH } from "./api-docs";
import { useTestApp } from "../test-app";

// The page has no database work; SQLite is enough.
describe("the API reference at /docs", () => {
  const app = useTestApp("sqlite");

  it("names no other origin: its script, document and everything else come from this server", async () => {
    const res = await app.request("/docs");
    expect(res.status).toBe(200);
    const html = await res.text();
    const urls = [...html.matchAll(/\b(?:src|href|url)"?\s*[=:]\s*["']([^"']+)["']/g)].map((m) => m[1]);
    expect(urls).toEqual(expect.arrayContaining([DOCS_SCRIPT_PATH, "/openapi.json"]));
    for (const url of urls) expect(url, `${url} in /docs`).toMatch(/^\/(?!\/)/);
    expect(html).not.toMatch(/https?:\/\/|\/\/cdn/);
  });

  it("is served under a policy that allows this origin only", async () => {
    const policy = (await app.request("/docs")).headers.get("content-security-policy") ?? "";
    const directives = new Map(policy.split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    // Scripts: this origin, and the page's inline call by its hash; no host, no 'unsafe-inline'.
    const scripts = directives.get("script-src") ?? [];
    expect(scripts[0]).toBe("'self'");
    for (const source of scripts.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    for (const sources of directives.values()) for (const s of sources) expect(s).toMatch(/^'|^data:$|^blob:$/);
  });

  it("serves the reference's script from the installed package", async () => {
    const res = await app.request(DOCS_SCRIPT_PATH);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const script = await res.text();
    expect(script.length).toBeGreaterThan(1_000_000);
    expect(script).toContain("createApiReference");
  });
});
