// A NUL character is refused the same way on both engines (PostgreSQL cannot store one; SQLite would).
import { describe, expect, it } from "vitest";
import { ENGINES, useTestApp } from "../test-app";

describe.each(ENGINES)("NUL characters on %s", (engine) => {
  const app = useTestApp(engine);

  it.each([
    ["a text field", "/v1/contacts", { name: "Ana\u0000Ruiz", circle: "backers", tie: "friend" }, "json.name"],
    [
      "a nested field",
      "/v1/contacts",
      { name: "Ana", circle: "backers", tie: "friend", transition: { from: "teach\u0000ing", to: "UX" } },
      "json.transition.from",
    ],
  ])("in %s: 400 naming the field, nothing stored", async (_name, path, body, field) => {
    const { auth } = await app.user();
    const res = await app.request(path, { method: "POST", headers: auth, json: body });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(((await res.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe(field);
    const list = (await (await app.request("/v1/contacts", { headers: auth })).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(0);
  });

  it("in the search text and in a path id: 400, not 500", async () => {
    const { auth } = await app.user();
    const search = await app.request("/v1/contacts?q=a%00b", { headers: auth });
    expect(search.status).toBe(400);
    expect(((await search.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe("query.q");
    const byId = await app.request("/v1/contacts/con_%00x", { headers: auth });
    expect(byId.status).toBe(400);
  });

  it("leaves text without one alone", async () => {
    const { auth } = await app.user();
    const res = await app.request("/v1/contacts", {
      method: "POST",
      headers: auth,
      json: { name: "Ana Ruiz", circle: "backers", tie: "friend" },
    });
    expect(res.status).toBe(201);
  });
});
