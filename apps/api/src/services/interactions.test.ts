import { describe, expect, it } from "vitest";
import { ENGINES, isProblem, useTestApp } from "../test-app";

describe.each(ENGINES)("logging an interaction, on %s", (engine) => {
  // The server's day is 2026-03-02.
  const app = useTestApp(engine, { now: "2026-03-02T09:00:00Z" });

  it("refuses one dated in the future, naming the field, and logs nothing", async () => {
    const { auth } = await app.user();
    const contact = (await (
      await app.request("/v1/contacts", {
        method: "POST",
        headers: auth,
        json: { name: "Mei Lin", circle: "backers", tie: "friend" },
      })
    ).json()) as { id: string };
    const path = `/v1/contacts/${contact.id}/interactions`;
    const res = await app.request(path, {
      method: "POST",
      headers: auth,
      json: { type: "replied", date: "2026-03-09" },
    });
    expect(await isProblem(res.clone(), 422)).toBe(true);
    const body = (await res.json()) as { detail: string; errors: { path: string; message: string }[] };
    expect(body.detail).toBe("This date is in the future; log what has happened, on the day it happened.");
    expect(body.errors).toEqual([{ path: "json.date", message: "must not be in the future" }]);
    expect(((await (await app.request(path, { headers: auth })).json()) as { items: unknown[] }).items).toEqual([]);
    expect(
      ((await (await app.request(`/v1/contacts/${contact.id}`, { headers: auth })).json()) as { status: string })
        .status,
    ).toBe("new");
  });

  it("takes today, and tomorrow for someone already there", async () => {
    const { auth } = await app.user();
    const contact = (await (
      await app.request("/v1/contacts", {
        method: "POST",
        headers: auth,
        json: { name: "Tomás Silva", circle: "backers", tie: "friend" },
      })
    ).json()) as { id: string };
    for (const date of ["2026-03-02", "2026-03-03"]) {
      expect(
        (
          await app.request(`/v1/contacts/${contact.id}/interactions`, {
            method: "POST",
            headers: auth,
            json: { type: "sent", date },
          })
        ).status,
      ).toBe(201);
    }
  });
});
