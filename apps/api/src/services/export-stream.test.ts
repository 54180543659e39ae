// Exports are written a page at a time as the client reads, and the pages add up to the whole file.
import { parseJsonBackup } from "@enlist/io";
import { describe, expect, it } from "vitest";
import { linkedInExport } from "../linked-in-export";
import { ENGINES, useTestApp } from "../test-app";
import { PAGE_SIZE } from "./export-stream";

const CONTACTS = 2 * PAGE_SIZE + 7;

/** The body's chunks as they arrived, decoded. */
async function chunks(res: Response): Promise<string[]> {
  // ignoreBOM keeps the byte-order mark the CSV starts with, which a default decoder would swallow.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const out: string[] = [];
  for await (const chunk of res.body as ReadableStream<Uint8Array>) out.push(decoder.decode(chunk, { stream: true }));
  return out;
}

describe.each(ENGINES)("streamed exports on %s", (engine) => {
  const app = useTestApp(engine);

  it("sends every contact once, in several pieces rather than one answer built whole, in each format", async () => {
    const { auth } = await app.user();
    const imported = await app.request("/v1/contacts/import", {
      method: "POST",
      headers: { ...auth, "content-type": "text/csv" },
      body: linkedInExport(CONTACTS),
    });
    expect(((await imported.json()) as { stored: number }).stored).toBe(CONTACTS);

    const vcard = await chunks(await app.request("/v1/contacts/export?format=vcard", { headers: auth }));
    expect(vcard.length).toBeGreaterThanOrEqual(3);
    // A card is never split between two pieces.
    expect(vcard.every((piece) => piece.startsWith("BEGIN:VCARD\r\n") && piece.endsWith("END:VCARD\r\n"))).toBe(true);
    const uids = vcard.join("").match(/^UID:.*$/gm) ?? [];
    expect(new Set(uids).size).toBe(CONTACTS);

    const csv = await chunks(await app.request("/v1/contacts/export?format=csv", { headers: auth }));
    expect(csv.length).toBeGreaterThanOrEqual(3);
    const text = csv.join("");
    expect(text.startsWith("\uFEFFName,Circle,")).toBe(true);
    expect(text.match(/^\uFEFF/gm)).toHaveLength(1);
    const lines = text.split("\r\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(CONTACTS + 1);
    expect(new Set(lines.slice(1).map((l) => /linkedin\.com\/in\/person-\d+/.exec(l)?.[0])).size).toBe(CONTACTS);

    for (const path of ["/v1/contacts/export?format=json", "/v1/me/export"]) {
      const json = await chunks(await app.request(path, { headers: auth }));
      expect(json.length).toBeGreaterThanOrEqual(3);
      const backup = parseJsonBackup(json.join(""));
      expect(backup.ok && backup.value.contacts.length).toBe(CONTACTS);
      expect(backup.ok && new Set(backup.value.contacts.map((c) => c.id)).size).toBe(CONTACTS);
    }
  });

  it("pages interactions that share a date without losing or repeating any", async () => {
    const { auth } = await app.user();
    const made = await app.request("/v1/contacts", {
      method: "POST",
      headers: auth,
      json: { name: "Sarah Chen", circle: "leaders", tie: "stranger" },
    });
    const { id } = (await made.json()) as { id: string };
    const count = PAGE_SIZE + 3;
    for (let i = 0; i < count; i += 25) {
      await Promise.all(
        Array.from({ length: Math.min(25, count - i) }, (_, k) =>
          app.request(`/v1/contacts/${id}/interactions`, {
            method: "POST",
            headers: auth,
            json: { type: "sent", date: i + k < 300 ? "2026-11-02" : "2026-11-09", note: `n${i + k}` },
          }),
        ),
      );
    }
    const backup = parseJsonBackup(await (await app.request("/v1/me/export", { headers: auth })).text());
    expect(backup.ok).toBe(true);
    if (!backup.ok) return;
    expect(backup.value.interactions).toHaveLength(count);
    expect(new Set(backup.value.interactions.map((i) => i.note)).size).toBe(count);
    expect(backup.value.interactions.map((i) => i.date)).toEqual(
      [...backup.value.interactions.map((i) => i.date)].sort(),
    );
    expect(backup.value.contacts).toEqual([expect.objectContaining({ id, name: "Sarah Chen" })]);
  });

  it("exports an account with no contacts as an empty but well-formed file", async () => {
    const { auth } = await app.user();
    expect(await (await app.request("/v1/contacts/export?format=vcard", { headers: auth })).text()).toBe("");
    expect(
      (await (await app.request("/v1/contacts/export?format=csv", { headers: auth })).text()).split("\r\n"),
    ).toHaveLength(2);
    const backup = parseJsonBackup(await (await app.request("/v1/me/export", { headers: auth })).text());
    expect(backup).toMatchObject({
      ok: true,
      value: { format: "enlist-backup", version: 2, pivot: null, contacts: [], interactions: [], asks: [] },
    });
  });
});
