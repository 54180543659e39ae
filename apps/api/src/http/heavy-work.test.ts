// One account asking for many exports at once gets its share and a 429 for the rest, while another account
// is served as usual; the slots come back when the streamed answers end or are abandoned.
import { describe, expect, it } from "vitest";
import { ENGINES, isProblem, useTestApp } from "../test-app";
import { linkedInExport } from "../linked-in-export";

const LIMIT = 2;

describe.each(ENGINES)("heavy work per account on %s", (engine) => {
  const app = useTestApp(engine, { heavyPerUser: LIMIT });
  const importCsv = (auth: Record<string, string>, csv: string, query = "") =>
    app.request(`/v1/contacts/import${query}`, {
      method: "POST",
      headers: { ...auth, "content-type": "text/csv" },
      body: csv,
    });

  it("answers the exports beyond the limit with 429 and Retry-After while another user's list and export go through", async () => {
    const greedy = await app.user();
    const other = await app.user();
    expect((await importCsv(greedy.auth, linkedInExport(1_200))).status).toBe(200);
    expect((await importCsv(other.auth, linkedInExport(3))).status).toBe(200);
    await app.request("/v1/pivot", {
      method: "PUT",
      headers: greedy.auth,
      json: { fromField: "teaching", toField: "design", targetRoles: [], stillEmployed: true, weeklyMinutes: 60 },
    });

    const paths = [
      "/v1/contacts/export?format=vcard",
      "/v1/contacts/export?format=csv",
      "/v1/contacts/export?format=json",
      "/v1/me/export",
      "/v1/contacts/export?format=vcard",
      "/v1/contacts/export?format=vcard",
    ];
    const answers = await Promise.all(paths.map((p) => app.request(p, { headers: greedy.auth })));
    // The two admitted are still open: their bodies have not been read.
    const admitted = answers.filter((r) => r.status === 200);
    const refused = answers.filter((r) => r.status !== 200);
    expect(admitted).toHaveLength(LIMIT);
    expect(refused).toHaveLength(paths.length - LIMIT);
    for (const r of refused) {
      expect(r.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
      expect(await isProblem(r, 429)).toBe(true);
    }
    // The plan and the import (dry run or not) count as heavy work too.
    expect(await isProblem(await app.request("/v1/plan", { headers: greedy.auth }), 429)).toBe(true);
    expect(await isProblem(await importCsv(greedy.auth, linkedInExport(2), "?dryRun=true"), 429)).toBe(true);
    expect(await isProblem(await importCsv(greedy.auth, linkedInExport(2)), 429)).toBe(true);

    // Meanwhile, with the greedy user's exports in flight, the other user is served, exports included.
    const list = await app.request("/v1/contacts", { headers: other.auth });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(3);
    const theirs = await app.request("/v1/contacts/export?format=vcard", { headers: other.auth });
    expect((await theirs.text()).match(/^BEGIN:VCARD/gm)).toHaveLength(3);

    // Once the admitted answers have been sent in full, the account's slots are free again.
    const texts = await Promise.all(admitted.map((r) => r.text()));
    expect(texts.every((t) => t.length > 100_000)).toBe(true);
    expect((await app.request("/v1/plan", { headers: greedy.auth })).status).toBe(200);
    expect((await app.request("/v1/contacts/export?format=csv", { headers: greedy.auth })).status).toBe(200);
  });

  it("gives the slot back when the client abandons a download half-way", async () => {
    const { auth } = await app.user();
    expect((await importCsv(auth, linkedInExport(1_200))).status).toBe(200);
    for (let round = 0; round < LIMIT + 1; round++) {
      const res = await app.request("/v1/contacts/export?format=vcard", { headers: auth });
      expect(res.status).toBe(200);
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      expect((await reader.read()).done).toBe(false);
      await reader.cancel();
    }
    expect((await app.request("/v1/contacts/export?format=vcard", { headers: auth })).status).toBe(200);
  });

  it("gives the slot back when the heavy request fails", async () => {
    const { auth } = await app.user();
    // No pivot yet: the plan is a 404, as many times over as one likes.
    for (let round = 0; round < LIMIT + 1; round++)
      expect(await isProblem(await app.request("/v1/plan", { headers: auth }), 404)).toBe(true);
    expect(await isProblem(await importCsv(auth, "not,a\nlinked,in"), 422)).toBe(true);
    expect((await app.request("/v1/contacts/export?format=csv", { headers: auth })).status).toBe(200);
  });
});
