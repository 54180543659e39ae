import { describe, expect, it } from "vitest";
import { ENGINES, isProblem, useTestApp } from "./test-app";

interface Stored {
  id: string;
  name: string;
  circle: string;
  archived?: boolean;
  connectedOn?: string;
  version: number;
}
interface Summary {
  total: number;
  archived: number;
  circles: Record<string, { total: number; byStatus: Record<string, number> }>;
}

const CSV = `First Name,Last Name,URL,Email Address,Company,Position,Connected On
Alice,Johnson,https://www.linkedin.com/in/alice,,Acme Corp,Head of UX Research,15 Jan 2023
Bruno,Díaz,https://www.linkedin.com/in/bruno,,ACME,Research Ops Lead,20 Mar 2024
Chloé,Martin,https://www.linkedin.com/in/chloe,,Zeta Labs,UX Researcher,01 Sep 2023
Dev,Patel,https://www.linkedin.com/in/dev,,Açme Foods,Accountant,05 Jan 2024
`;

describe.each(ENGINES)("sorting many people at once, on %s", (engine) => {
  const app = useTestApp(engine);

  async function imported() {
    const { auth } = await app.user();
    const res = await app.request("/v1/contacts/import", {
      method: "POST",
      headers: { ...auth, "content-type": "text/csv" },
      body: CSV,
    });
    expect(res.status).toBe(200);
    const all = ((await (await app.request("/v1/contacts?limit=200", { headers: auth })).json()) as { items: Stored[] })
      .items;
    const id = (first: string) => all.find((c) => c.name.startsWith(first))?.id as string;
    const names = async (query: string) =>
      ((await (await app.request(`/v1/contacts?${query}`, { headers: auth })).json()) as { items: Stored[] }).items
        .map((c) => c.name.split(" ")[0])
        .sort();
    const summary = async (query = "") =>
      (await (await app.request(`/v1/contacts/summary?${query}`, { headers: auth })).json()) as Summary;
    return { auth, all, id, names, summary };
  }

  it("stores the year each imported contact connected, and filters by company, role words and that year", async () => {
    const { all, names } = await imported();
    expect(all.find((c) => c.name === "Alice Johnson")?.connectedOn).toBe("2023-01-15");
    // A part of the company's name, whatever its case and accents.
    expect(await names("company=acme")).toEqual(["Alice", "Bruno", "Dev"]);
    // Every word of the role, in any order.
    expect(await names("role=research%20lead")).toEqual(["Bruno"]);
    expect(await names("role=ux%20research")).toEqual(["Alice", "Chloé"]);
    expect(await names("connectedYear=2023")).toEqual(["Alice", "Chloé"]);
    expect(await names("company=acme&connectedYear=2024")).toEqual(["Bruno", "Dev"]);
    // LIKE's own characters are matched as text.
    expect(await names("company=%25")).toEqual([]);
    // An empty field is no filter, as an empty search box.
    expect(await names("company=&role=%20")).toHaveLength(4);
  });

  it("counts each circle for the same filter", async () => {
    const { summary, all } = await imported();
    expect((await summary()).total).toBe(4);
    const acme2023 = await summary("company=acme&connectedYear=2023");
    expect(acme2023.total).toBe(1);
    const alice = all.find((c) => c.name === "Alice Johnson") as Stored;
    expect(acme2023.circles[alice.circle]?.total).toBe(1);
    expect(await summary("company=nobody")).toEqual({ total: 0, archived: 0, circles: {} });
  });

  it("moves several contacts in one call, and archives them out of the list, the counts and the plan until restored", async () => {
    const { auth, id, names, summary } = await imported();
    await app.request("/v1/pivot", {
      method: "PUT",
      headers: auth,
      json: {
        fromField: "teaching",
        toField: "UX research",
        targetRoles: [],
        stillEmployed: false,
        weeklyMinutes: 600,
      },
    });
    const moved = await app.request("/v1/contacts/bulk", {
      method: "POST",
      headers: auth,
      json: { ids: [id("Alice"), id("Bruno")], patch: { circle: "leaders" } },
    });
    expect(moved.status).toBe(200);
    const items = ((await moved.json()) as { items: Stored[] }).items;
    expect(items.map((c) => [c.name, c.circle])).toEqual([
      ["Alice Johnson", "leaders"],
      ["Bruno Díaz", "leaders"],
    ]);
    expect(await names("circle=leaders")).toEqual(["Alice", "Bruno"]);

    const archived = await app.request("/v1/contacts/bulk", {
      method: "POST",
      headers: auth,
      json: { ids: [id("Dev")], patch: { archived: true } },
    });
    expect(((await archived.json()) as { items: Stored[] }).items[0]).toMatchObject({ archived: true });
    expect(await names("company=acme")).toEqual(["Alice", "Bruno"]);
    expect(await names("archived=true")).toEqual(["Dev"]);
    expect(await summary("company=acme")).toMatchObject({ total: 2, archived: 1 });
    expect(await summary("archived=true")).toMatchObject({ total: 1, archived: 1 });
    const plan = async () =>
      (
        (await (await app.request("/v1/plan", { headers: auth })).json()) as { items: { contactId: string }[] }
      ).items.map((i) => i.contactId);
    expect(await plan()).not.toContain(id("Dev"));
    expect(await plan()).toContain(id("Chloé"));

    // Restored, they are back everywhere, and read as never archived.
    const restored = await app.request("/v1/contacts/bulk", {
      method: "POST",
      headers: auth,
      json: { ids: [id("Dev")], patch: { archived: false } },
    });
    expect(((await restored.json()) as { items: Stored[] }).items[0]).not.toHaveProperty("archived");
    expect(await names("company=acme")).toEqual(["Alice", "Bruno", "Dev"]);
    expect(await plan()).toContain(id("Dev"));
  });

  it("gives each contact changed a new version, so an edit from before is refused, and leaves one already as asked alone", async () => {
    const { auth, id } = await imported();
    const before = (await (await app.request(`/v1/contacts/${id("Chloé")}`, { headers: auth })).json()) as Stored;
    const res = await app.request("/v1/contacts/bulk", {
      method: "POST",
      headers: auth,
      json: { ids: [id("Chloé")], patch: { circle: before.circle === "leaders" ? "backers" : "leaders" } },
    });
    expect(((await res.json()) as { items: Stored[] }).items[0]?.version).toBe(before.version + 1);
    const stale = await app.request(`/v1/contacts/${id("Chloé")}`, {
      method: "PATCH",
      headers: { ...auth, "if-match": `"${before.id}.${before.version}"` },
      json: { role: "Researcher" },
    });
    expect(await isProblem(stale, 412)).toBe(true);
    const again = (await (
      await app.request("/v1/contacts/bulk", {
        method: "POST",
        headers: auth,
        json: { ids: [id("Chloé")], patch: { archived: false } },
      })
    ).json()) as { items: Stored[] };
    expect(again.items[0]?.version).toBe(before.version + 1);
  });

  it("changes nothing at all when one id is not the user's, and names it", async () => {
    const mine = await imported();
    const theirs = await imported();
    const res = await app.request("/v1/contacts/bulk", {
      method: "POST",
      headers: mine.auth,
      json: {
        ids: [mine.id("Alice"), theirs.id("Bruno"), "con_nothere"],
        patch: { circle: "pathfinders", archived: true },
      },
    });
    expect(await isProblem(res.clone(), 404)).toBe(true);
    expect(((await res.json()) as { detail: string }).detail).toBe(
      `No such contact: ${theirs.id("Bruno")}, con_nothere.`,
    );
    const alice = (await (
      await app.request(`/v1/contacts/${mine.id("Alice")}`, { headers: mine.auth })
    ).json()) as Stored;
    expect(alice.archived).toBeUndefined();
    expect(alice.circle).toBe(mine.all.find((c) => c.id === alice.id)?.circle);
    const bruno = (await (
      await app.request(`/v1/contacts/${theirs.id("Bruno")}`, { headers: theirs.auth })
    ).json()) as Stored;
    expect(bruno.archived).toBeUndefined();
  });

  it.each([
    ["no ids", { ids: [], patch: { circle: "leaders" } }, "json.ids"],
    ["an id twice", { ids: ["con_a", "con_a"], patch: { circle: "leaders" } }, "json.ids"],
    ["no change", { ids: ["con_a"], patch: {} }, "json.patch"],
    ["a field it does not change", { ids: ["con_a"], patch: { name: "X" } }, "json.patch"],
    ["a circle that is not one", { ids: ["con_a"], patch: { circle: "friends" } }, "json.patch.circle"],
    ["archived as text", { ids: ["con_a"], patch: { archived: "yes" } }, "json.patch.archived"],
    ["too many ids", { ids: Array.from({ length: 501 }, (_, i) => `con_${i}`), patch: { archived: true } }, "json.ids"],
  ])("refuses %s with problem+json naming the field", async (_, body, path) => {
    const { auth } = await app.user();
    const res = await app.request("/v1/contacts/bulk", { method: "POST", headers: auth, json: body });
    expect(await isProblem(res.clone(), 400)).toBe(true);
    expect(((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(path);
  });

  it.each([["connectedYear=twenty"], ["connectedYear=1850"], ["archived=maybe"], [`company=${"x".repeat(201)}`]])(
    "refuses the filter %s with problem+json",
    async (query) => {
      const { auth } = await app.user();
      expect(await isProblem(await app.request(`/v1/contacts?${query}`, { headers: auth }), 400)).toBe(true);
      expect(await isProblem(await app.request(`/v1/contacts/summary?${query}`, { headers: auth }), 400)).toBe(true);
    },
  );
});
