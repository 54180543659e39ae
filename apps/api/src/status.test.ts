import { describe, expect, it } from "vitest";
import { ENGINES, useTestApp } from "./test-app";

interface Contact {
  id: string;
  status: string;
  version: number;
}

describe.each(ENGINES)("a contact's status follows what happens, on %s", (engine) => {
  const app = useTestApp(engine, { now: "2026-03-02T09:00:00Z" });

  it("sent → contacted, a reply → engaged, an ask granted → helped; the contact's version moves and the circle's progress counts them", async () => {
    const { auth } = await app.user();
    const created = (await (
      await app.request("/v1/contacts", {
        method: "POST",
        headers: auth,
        json: { name: "Noor Haddad", circle: "pathfinders", tie: "weak" },
      })
    ).json()) as Contact;
    expect(created.status).toBe("new");
    const contact = async () =>
      (await (await app.request(`/v1/contacts/${created.id}`, { headers: auth })).json()) as Contact;
    const log = async (type: string, date: string) =>
      expect(
        (
          await app.request(`/v1/contacts/${created.id}/interactions`, {
            method: "POST",
            headers: auth,
            json: { type, date },
          })
        ).status,
      ).toBe(201);
    const reached = async () => {
      const summary = (await (await app.request("/v1/contacts/summary", { headers: auth })).json()) as {
        circles: Record<string, { byStatus: Record<string, number> }>;
      };
      return summary.circles.pathfinders?.byStatus ?? {};
    };

    await log("sent", "2026-02-20");
    const sent = await contact();
    expect(sent.status).toBe("contacted");
    expect(sent.version).toBe(created.version + 1);
    expect(await reached()).toEqual({ contacted: 1 });

    await log("replied", "2026-02-23");
    expect((await contact()).status).toBe("engaged");

    const ask = (await (
      await app.request(`/v1/contacts/${created.id}/asks`, {
        method: "POST",
        headers: auth,
        json: { kind: "questions", specifics: "two questions about research ops hiring", questions: 2 },
      })
    ).json()) as { id: string };
    expect((await contact()).status).toBe("engaged");
    expect(
      (
        await app.request(`/v1/contacts/${created.id}/asks/${ask.id}`, {
          method: "PATCH",
          headers: auth,
          json: { status: "granted" },
        })
      ).status,
    ).toBe(200);
    expect((await contact()).status).toBe("helped");
    expect(await reached()).toEqual({ helped: 1 });

    // Thanking them afterwards keeps them helped.
    await log("thanked", "2026-02-27");
    expect((await contact()).status).toBe("helped");
  });

  it("no reply at the end of the 3B7 steps moves them on; the list filters by the status that moved", async () => {
    const { auth } = await app.user();
    const created = (await (
      await app.request("/v1/contacts", {
        method: "POST",
        headers: auth,
        json: { name: "Ivo Petrov", circle: "leaders", tie: "stranger" },
      })
    ).json()) as Contact;
    for (const [type, date] of [
      ["sent", "2026-02-02"],
      ["sent", "2026-02-11"],
      ["no-reply", "2026-02-25"],
    ]) {
      expect(
        (
          await app.request(`/v1/contacts/${created.id}/interactions`, {
            method: "POST",
            headers: auth,
            json: { type, date },
          })
        ).status,
      ).toBe(201);
    }
    const listed = (await (await app.request("/v1/contacts?status=moved-on", { headers: auth })).json()) as {
      items: Contact[];
    };
    expect(listed.items.map((c) => c.id)).toEqual([created.id]);
  });

  it("an ask that is not the user's moves no one", async () => {
    const { auth } = await app.user();
    const created = (await (
      await app.request("/v1/contacts", {
        method: "POST",
        headers: auth,
        json: { name: "Ana Ruiz", circle: "backers", tie: "friend" },
      })
    ).json()) as Contact;
    expect(
      (
        await app.request(`/v1/contacts/${created.id}/asks/ask_nothere`, {
          method: "PATCH",
          headers: auth,
          json: { status: "granted" },
        })
      ).status,
    ).toBe(404);
    expect(
      ((await (await app.request(`/v1/contacts/${created.id}`, { headers: auth })).json()) as Contact).status,
    ).toBe("new");
  });
});
