import { describe, expect, it } from "vitest";
import { ENGINES, isProblem, useTestApp } from "./test-app";

interface Stored {
  id: string;
  checkInWeeks?: number;
  version: number;
}
interface Plan {
  items: { action: string; contactId: string; dueOn?: string; reason: string }[];
}

describe.each(ENGINES)("keeping in touch with backers, on %s", (engine) => {
  // 25 November 2026: eight weeks after the last word with Mum on 1 October.
  const app = useTestApp(engine, { now: "2026-11-25T10:00:00Z" });

  async function withBacker(fields: object = {}) {
    const { auth } = await app.user();
    await app.request("/v1/pivot", {
      method: "PUT",
      headers: auth,
      json: {
        fromField: "teaching",
        toField: "UX research",
        targetRoles: [],
        stillEmployed: false,
        weeklyMinutes: 120,
      },
    });
    const mum = (await (
      await app.request("/v1/contacts", {
        method: "POST",
        headers: auth,
        json: { name: "Mum", circle: "backers", tie: "close", ...fields },
      })
    ).json()) as Stored;
    for (const type of ["sent", "replied"])
      await app.request(`/v1/contacts/${mum.id}/interactions`, {
        method: "POST",
        headers: auth,
        json: { type, date: "2026-10-01" },
      });
    const plan = async () => (await (await app.request("/v1/plan", { headers: auth })).json()) as Plan;
    const feed = async () => {
      const link = (await (await app.request("/v1/follow-ups/feed", { method: "POST", headers: auth })).json()) as {
        path: string;
      };
      return (await app.request(link.path)).text();
    };
    const current = async () =>
      (await (await app.request(`/v1/contacts/${mum.id}`, { headers: auth })).json()) as Stored;
    return { auth, mum, plan, feed, current };
  }

  it("plans a check-in once the tie's cadence has passed, and puts it in the calendar feed", async () => {
    const { mum, plan, feed } = await withBacker();
    expect((await plan()).items).toContainEqual(
      expect.objectContaining({ action: "check-in", contactId: mum.id, dueOn: "2026-10-29" }),
    );
    const ics = await feed();
    expect(ics).toContain("SUMMARY:Check in with Mum");
    expect(ics).toContain("DUE;VALUE=DATE:20261029");
    expect(ics).toContain(`UID:${mum.id}-check-in-2026-10-01@`);
  });

  it("stores a cadence of the contact's own, which the plan and the feed follow; null hands it back to the tie", async () => {
    const { auth, mum, plan, feed, current } = await withBacker();
    const res = await app.request(`/v1/contacts/${mum.id}`, {
      method: "PATCH",
      headers: { ...auth, "if-match": `"${mum.id}.${(await current()).version}"` },
      json: { checkInWeeks: 10 },
    });
    expect(res.status).toBe(200);
    expect((await current()).checkInWeeks).toBe(10);
    // Ten weeks after 1 October is 10 December: not due yet, but in the calendar already.
    expect((await plan()).items.filter((i) => i.action === "check-in")).toEqual([]);
    expect(await feed()).toContain("DUE;VALUE=DATE:20261210");
    await app.request(`/v1/contacts/${mum.id}`, {
      method: "PATCH",
      headers: { ...auth, "if-match": `"${mum.id}.${(await current()).version}"` },
      json: { checkInWeeks: null },
    });
    expect((await current()).checkInWeeks).toBeUndefined();
    expect((await plan()).items.map((i) => i.action)).toContain("check-in");
  });

  it("logging the check-in starts the cadence over", async () => {
    const { auth, mum, plan } = await withBacker();
    expect(
      (
        await app.request(`/v1/contacts/${mum.id}/interactions`, {
          method: "POST",
          headers: auth,
          json: { type: "updated", date: "2026-11-25" },
        })
      ).status,
    ).toBe(201);
    expect((await plan()).items.filter((i) => i.action === "check-in")).toEqual([]);
  });

  it("leaves an archived backer out of both", async () => {
    const { mum, plan, feed } = await withBacker({ archived: true });
    expect((await plan()).items.map((i) => i.contactId)).not.toContain(mum.id);
    expect(await feed()).not.toContain("Check in with Mum");
  });

  it.each([[0], [53], [2.5], ["six"]])(
    "refuses a cadence of %s weeks with problem+json naming the field",
    async (weeks) => {
      const { auth, mum, current } = await withBacker();
      const res = await app.request(`/v1/contacts/${mum.id}`, {
        method: "PATCH",
        headers: { ...auth, "if-match": `"${mum.id}.${(await current()).version}"` },
        json: { checkInWeeks: weeks },
      });
      expect(await isProblem(res.clone(), 400)).toBe(true);
      expect(((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(
        "json.checkInWeeks",
      );
    },
  );
});
