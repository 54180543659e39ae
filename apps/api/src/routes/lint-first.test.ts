import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { localLimiter } from "../services/rate-limit";
import { useTestApp } from "../test-app";
import { lintFirst } from "./lint-first";

// Requests as a client sends them, with Content-Length (answered by lintFirst), and the same without it (a
// chunked body, which goes through the general middleware): the two must answer alike, byte for byte.
const sized = (body: string, type = "application/json") => ({
  method: "POST",
  headers: { "content-type": type, "content-length": String(Buffer.byteLength(body)) },
  body,
});
const unsized = (body: string, type = "application/json") => ({
  method: "POST",
  headers: { "content-type": type },
  body,
});

describe("POST /v1/messages/lint ahead of the middleware", () => {
  const app = useTestApp("sqlite");

  it.each([
    [
      "a message to lint",
      JSON.stringify({
        text: "Hi Sarah,\nCould we hop on a quick 30-minute call next week?",
        context: { channel: "email", tie: "stranger", recipientName: "Sarah Chen" },
      }),
    ],
    ["a context it refuses", JSON.stringify({ text: "hi", context: { channel: "fax" } })],
    [
      "options it refuses",
      JSON.stringify({ text: "hi", context: { channel: "email" }, options: { rules: { "no-such-rule": "off" } } }),
    ],
    ["no text", JSON.stringify({ context: { channel: "email" } })],
    ["a text over the limit", JSON.stringify({ text: "x".repeat(100_001), context: { channel: "email" } })],
    ["a NUL in the text", JSON.stringify({ text: "hi\u0000there", context: { channel: "email" } })],
    ["a body that is not JSON", "{ not json"],
    ["a list instead of an object", "[1, 2]"],
  ])("%s: the same answer either way", async (_what, body) => {
    const first = await app.request("/v1/messages/lint", sized(body));
    const rest = await app.request("/v1/messages/lint", unsized(body));
    expect(first.status).toBe(rest.status);
    expect(first.headers.get("content-type")).toBe(rest.headers.get("content-type"));
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await first.text()).toBe(await rest.text());
  });

  it("answers a plain request itself", async () => {
    const body = JSON.stringify({ text: "Hi Sarah, two quick questions?", context: { channel: "email" } });
    const res = await app.request("/v1/messages/lint", sized(body));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { findings: unknown[] }).findings).toBeInstanceOf(Array);
  });
});

describe("the tools' rate limit, shared by both ways in", () => {
  const app = useTestApp("sqlite", { toolsPerMinute: 4 });

  it("counts lint requests answered ahead of the middleware with the rest", async () => {
    const body = JSON.stringify({ text: "hi", context: { channel: "text" } });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await app.request("/v1/messages/lint", i % 2 ? unsized(body) : sized(body))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const limited = await app.request("/v1/messages/lint", sized(body));
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(limited.headers.get("content-type")).toBe("application/problem+json");
  });
});

describe("lintFirst", () => {
  // Alone, with a stand-in for what comes after it, to see which requests it answers and which it passes on.
  const alone = (perMinute = 100) => {
    const app = new Hono();
    app.post(
      "/lint",
      lintFirst({ bodyLimit: 1000, hit: localLimiter(perMinute), address: () => "one", maxText: 100 }),
      () => new Response("passed on", { status: 299 }),
    );
    return app;
  };
  const good = JSON.stringify({ text: "Hi Sarah, two quick questions?", context: { channel: "email" } });

  it("answers a plain lint itself, and a body the linter refuses", async () => {
    const app = alone();
    expect((await app.request("/lint", sized(good))).status).toBe(200);
    const refused = await app.request("/lint", sized(JSON.stringify({ text: "hi", context: { channel: "fax" } })));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe("json.context.channel");
  });

  it.each([
    ["no declared length", unsized(good)],
    ["a body over the limit", sized(JSON.stringify({ text: "x".repeat(2000), context: { channel: "email" } }))],
    ["a text over the limit", sized(JSON.stringify({ text: "x".repeat(101), context: { channel: "email" } }))],
    ["a body that is not JSON", sized("{ not json")],
    ["another content type", sized(good, "text/plain")],
    ["a NUL", sized(JSON.stringify({ text: "a\u0000b", context: { channel: "email" } }))],
    ["a list", sized("[]")],
  ])("passes on %s to the middleware that answers it", async (_what, init) => {
    expect((await alone().request("/lint", init)).status).toBe(299);
  });

  it("spends the address's budget, and answers 429 when it is gone", async () => {
    const app = alone(2);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.request("/lint", sized(good))).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});
