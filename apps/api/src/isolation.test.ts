import { describe, expect, it } from "vitest";
import { ENGINES, isProblem, useTestApp } from "./test-app";

describe.each(ENGINES)("one user can never reach another's data, on %s", (engine) => {
  const app = useTestApp(engine);

  it("every route with an id answers 404 to someone else, reading and writing, and changes nothing", async () => {
    const a = await app.user();
    const b = await app.user();
    const contact = (await (
      await app.request("/v1/contacts", {
        method: "POST",
        headers: a.auth,
        json: { name: "Sarah Chen", circle: "leaders", tie: "stranger" },
      })
    ).json()) as { id: string };
    const ask = (await (
      await app.request(`/v1/contacts/${contact.id}/asks`, {
        method: "POST",
        headers: a.auth,
        json: { kind: "questions", specifics: "two questions about storyboarding", questions: 2 },
      })
    ).json()) as { id: string };
    await app.request(`/v1/contacts/${contact.id}/interactions`, {
      method: "POST",
      headers: a.auth,
      json: { type: "sent", date: "2026-11-20" },
    });
    const token = (await (
      await app.request("/v1/tokens", { method: "POST", headers: a.auth, json: { name: "a's" } })
    ).json()) as { id: string };
    // Version 2: logging "sent" moved the contact's status to contacted.
    const etag = (await app.request(`/v1/contacts/${contact.id}`, { headers: a.auth })).headers.get("etag") ?? "";
    expect(etag).toBe(`"${contact.id}.2"`);

    const attempts: [string, string, unknown?, Record<string, string>?][] = [
      ["GET", `/v1/contacts/${contact.id}`],
      ["PATCH", `/v1/contacts/${contact.id}`, { tie: "friend" }, { "if-match": etag }],
      ["DELETE", `/v1/contacts/${contact.id}`],
      ["GET", `/v1/contacts/${contact.id}/interactions`],
      ["POST", `/v1/contacts/${contact.id}/interactions`, { type: "met", date: "2026-11-21" }],
      ["GET", `/v1/contacts/${contact.id}/asks`],
      [
        "POST",
        `/v1/contacts/${contact.id}/asks`,
        { kind: "questions", specifics: "two questions about onboarding", questions: 2 },
      ],
      ["PATCH", `/v1/contacts/${contact.id}/asks/${ask.id}`, { status: "granted" }],
      ["DELETE", `/v1/tokens/${token.id}`],
    ];
    for (const [method, path, json, headers] of attempts) {
      const res = await app.request(path, {
        method,
        headers: { ...b.auth, ...headers },
        ...(json !== undefined ? { json } : {}),
      });
      expect(await isProblem(res, 404), `${method} ${path}`).toBe(true);
    }
    const bList = (await (await app.request("/v1/contacts", { headers: b.auth })).json()) as { items: unknown[] };
    expect(bList.items).toEqual([]);

    const still = await app.request(`/v1/contacts/${contact.id}`, { headers: a.auth });
    expect(still.headers.get("etag")).toBe(etag);
    const history = (await (
      await app.request(`/v1/contacts/${contact.id}/interactions`, { headers: a.auth })
    ).json()) as { items: unknown[] };
    expect(history.items).toHaveLength(1);
    const asks = (await (await app.request(`/v1/contacts/${contact.id}/asks`, { headers: a.auth })).json()) as {
      items: { status: string }[];
    };
    expect(asks.items.map((x) => x.status)).toEqual(["open"]);
    expect(
      ((await (await app.request("/v1/tokens", { headers: a.auth })).json()) as { items: unknown[] }).items,
    ).toHaveLength(2);
  });
});
