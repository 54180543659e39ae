import fc from "fast-check";
import {
  ASK_STATUSES,
  checkAsk,
  CIRCLE_IDS,
  CONTACT_STATUSES,
  INTERACTION_TYPES,
  TIES,
  type Contact,
} from "@enlist/core";
import { parseJsonBackup, toJsonBackup, type Backup, type BackupData } from "@enlist/io";
import { describe, expect, it } from "vitest";
import { ENGINES, isProblem, useTestApp } from "./test-app";

// Text as people type it, in several scripts, with what JSON and SQL must carry (quotes, backslashes, emoji).
const text = fc
  .array(fc.constantFrom("a", "Z", "é", "ß", "山", "Ω", "😀", " ", ",", ";", "\\", '"', "'", "=", "-", "\n", "1"), {
    minLength: 1,
    maxLength: 30,
  })
  .map((chars) => chars.join("").trim())
  .filter((s) => s.length > 0);
const day = (min: number, max: number) =>
  fc.integer({ min, max }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

const arbContact: fc.Arbitrary<Contact> = fc.record(
  {
    id: fc.stringMatching(/^con_[0-9a-z]{8,20}$/),
    name: text,
    circle: fc.constantFrom(...CIRCLE_IDS),
    tie: fc.constantFrom(...TIES),
    status: fc.constantFrom(...CONTACT_STATUSES),
    currentColleague: fc.boolean(),
    trusted: fc.boolean(),
    company: text,
    role: text,
    field: text,
    connection: text,
    transition: fc.record({ from: text, to: text }),
    researchNotes: text,
    email: fc.stringMatching(/^[a-z]{1,10}\.[a-z]{1,10}@example\.(org|net)$/),
    linkedInUrl: fc.stringMatching(/^[a-z0-9-]{3,20}$/).map((s) => `https://www.linkedin.com/in/${s}`),
    connectedOn: day(15_000, 20_000),
    archived: fc.boolean(),
    checkInWeeks: fc.integer({ min: 1, max: 52 }),
  },
  { requiredKeys: ["id", "name", "circle", "tie", "status"] },
);

/** A backup as an Enlist makes it: its interactions and asks are for its contacts; asks carry checkAsk's verdict. */
const arbBackup: fc.Arbitrary<BackupData> = fc
  .uniqueArray(arbContact, { minLength: 1, maxLength: 6, selector: (c) => c.id })
  .chain((contacts) => {
    const contactId = fc.constantFrom(...contacts.map((c) => c.id));
    const interaction = fc.record(
      { contactId, type: fc.constantFrom(...INTERACTION_TYPES), date: day(19_000, 20_400), note: text },
      { requiredKeys: ["contactId", "type", "date"] },
    );
    const ask = fc
      .record({
        contactId,
        kind: fc.constantFrom("questions", "coffee", "introduction" as const),
        specifics: text,
        status: fc.constantFrom(...ASK_STATUSES),
        on: day(19_000, 20_400),
      })
      .map(({ contactId, kind, specifics, status, on }) => {
        const verdict = checkAsk(
          { kind, specifics },
          { id: contactId, name: "A", circle: "leaders", tie: "weak" },
          { today: on },
        );
        if (!verdict.ok) throw new Error(verdict.error.message);
        return {
          contactId,
          ask: { kind, specifics },
          verdict: verdict.value,
          status,
          createdAt: `${on}T09:00:00.000Z`,
        };
      });
    // No current employer: the colleague marks then are the backup's own word, as the identity needs.
    const pivot = fc.option(
      fc.record({
        fromField: text,
        toField: text,
        targetRoles: fc.array(text, { maxLength: 2 }),
        stillEmployed: fc.boolean(),
        weeklyMinutes: fc.integer({ min: 0, max: 600 }),
      }),
      { nil: null },
    );
    return fc.record({
      pivot,
      contacts: fc.constant(contacts),
      interactions: fc.array(interaction, { maxLength: 6 }),
      asks: fc.array(ask, { maxLength: 4 }),
    });
  });

/** Object keys in one order, so that two equal records print alike whatever order they were written in. */
const sorted = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sorted)
    : value && typeof value === "object"
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, sorted(v)]),
        )
      : value;

/**
 * A backup with the ids taken out: ids are new in the account it is restored into, so each interaction and
 * ask names its contact by everything else the contact holds.
 */
function withoutIds(b: Pick<Backup, "pivot" | "contacts" | "interactions" | "asks">) {
  const contactOf = new Map(b.contacts.map(({ id, ...rest }) => [id, JSON.stringify(sorted(rest))]));
  const by = <T extends { contactId: string }>(items: T[]) =>
    items.map((x) => JSON.stringify(sorted({ ...x, contactId: contactOf.get(x.contactId) }))).sort();
  return {
    pivot: b.pivot,
    contacts: [...contactOf.values()].sort(),
    interactions: by(b.interactions),
    asks: by(b.asks),
  };
}

describe.each(ENGINES)("restoring a backup on %s", (engine) => {
  const app = useTestApp(engine);
  const restore = (auth: Record<string, string>, body: string, query = "") =>
    app.request(`/v1/contacts/import${query}`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body,
    });
  const exportOf = async (auth: Record<string, string>) => {
    const r = parseJsonBackup(await (await app.request("/v1/contacts/export?format=json", { headers: auth })).text());
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };

  it("backup → restore into a new account → backup gives the same contacts, interactions, asks and pivot", async () => {
    await fc.assert(
      fc.asyncProperty(arbBackup, async (data) => {
        const { auth } = await app.user();
        const res = await restore(auth, toJsonBackup(data));
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({
          stored: data.contacts.length,
          restored: { contacts: data.contacts.length, interactions: data.interactions.length, asks: data.asks.length },
        });
        expect(withoutIds(await exportOf(auth))).toEqual(withoutIds(data));
      }),
      { numRuns: 15 },
    );
  });

  it("restores what a user made in the API: a dry run says what the backup holds, then all of it is restored", async () => {
    const from = await app.user();
    const pivot = {
      fromField: "nursing",
      toField: "UX research",
      targetRoles: ["UX researcher"],
      stillEmployed: true,
      currentEmployer: "St Anne's Hospital",
      weeklyMinutes: 90,
    };
    await app.request("/v1/pivot", { method: "PUT", headers: from.auth, json: pivot });
    const nia = (await (
      await app.request("/v1/contacts", {
        method: "POST",
        headers: from.auth,
        json: {
          name: "Nia Osei",
          circle: "leaders",
          tie: "weak",
          company: "Mapline",
          researchNotes: "Her study of clinic wayfinding",
        },
      })
    ).json()) as { id: string };
    await app.request("/v1/contacts", {
      method: "POST",
      headers: from.auth,
      json: { name: "Tom Reyes", circle: "backers", tie: "friend", company: "St Anne's Hospital" },
    });
    await app.request(`/v1/contacts/${nia.id}/interactions`, {
      method: "POST",
      headers: from.auth,
      json: { type: "sent", date: "2026-11-20", note: "First note" },
    });
    const ask = (await (
      await app.request(`/v1/contacts/${nia.id}/asks`, {
        method: "POST",
        headers: from.auth,
        json: { kind: "questions", specifics: "how you ran the wayfinding study" },
      })
    ).json()) as { id: string };
    await app.request(`/v1/contacts/${nia.id}/asks/${ask.id}`, {
      method: "PATCH",
      headers: from.auth,
      json: { status: "granted" },
    });
    const backup = await (await app.request("/v1/me/export", { headers: from.auth })).text();

    const to = await app.user();
    const dry = await restore(to.auth, backup, "?dryRun=true");
    expect(await dry.json()).toMatchObject({
      stored: 0,
      report: { format: "enlist-backup", imported: 2 },
      restored: { contacts: 2, interactions: 1, asks: 1, pivot },
    });
    expect(
      ((await (await app.request("/v1/contacts", { headers: to.auth })).json()) as { items: unknown[] }).items,
    ).toHaveLength(0);
    expect((await restore(to.auth, backup)).status).toBe(200);
    const original = parseJsonBackup(backup);
    if (!original.ok) throw new Error(original.error.message);
    const restored = await exportOf(to.auth);
    expect(withoutIds(restored)).toEqual(withoutIds(original.value));
    // The colleague is marked by the restored pivot's employer, as before.
    const tom = (
      (await (await app.request("/v1/contacts?q=reyes", { headers: to.auth })).json()) as {
        items: { colleagueSource?: string }[];
      }
    ).items[0];
    expect(tom?.colleagueSource).toBe("employer");
    expect(await (await app.request("/v1/pivot", { headers: to.auth })).json()).toEqual(pivot);
  });

  it("refuses an account that already has contacts, with a problem saying why, and changes nothing", async () => {
    const { auth } = await app.user();
    await app.request("/v1/contacts", {
      method: "POST",
      headers: auth,
      json: { name: "Already Here", circle: "backers", tie: "friend" },
    });
    const backup = toJsonBackup({
      pivot: null,
      contacts: [{ id: "con_x", name: "From the Backup", circle: "leaders", tie: "weak", status: "new" }],
      interactions: [],
      asks: [],
    });
    for (const query of ["?dryRun=true", ""]) {
      const res = await restore(auth, backup, query);
      expect(res.status).toBe(409);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(((await res.json()) as { detail: string }).detail).toContain(
        "This account already has 1 contact, and a backup is restored into an empty account only",
      );
    }
    const items = (
      (await (await app.request("/v1/contacts", { headers: auth })).json()) as { items: { name: string }[] }
    ).items;
    expect(items.map((c) => c.name)).toEqual(["Already Here"]);
  });

  it.each([
    ["not JSON", "{ this is not", "not JSON"],
    ["a newer version", JSON.stringify({ format: "enlist-backup", version: 9 }), "this backup is version 9"],
    ["something else", JSON.stringify({ hello: "world" }), "not an Enlist backup"],
    [
      "an interaction for no one in it",
      JSON.stringify({
        format: "enlist-backup",
        version: 2,
        pivot: null,
        contacts: [],
        interactions: [{ contactId: "con_gone", type: "sent", date: "2026-01-02" }],
        asks: [],
      }),
      'interactions[0] is for the contact "con_gone", who is not in the backup',
    ],
    [
      "two contacts with one id",
      JSON.stringify({
        format: "enlist-backup",
        version: 2,
        pivot: null,
        contacts: [
          { id: "c1", name: "A", circle: "backers", tie: "friend" },
          { id: "c1", name: "B", circle: "backers", tie: "friend" },
        ],
        interactions: [],
        asks: [],
      }),
      'contacts[1] has the id "c1"',
    ],
  ])("refuses %s with a 422 problem naming what is wrong, storing nothing", async (_name, body, detail) => {
    const { auth } = await app.user();
    const res = await restore(auth, body);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { detail: string }).detail).toContain(detail);
    expect(
      ((await (await app.request("/v1/contacts", { headers: auth })).json()) as { items: unknown[] }).items,
    ).toHaveLength(0);
  });

  it("refuses bytes that are not text as a problem", async () => {
    const { auth } = await app.user();
    const res = await app.request("/v1/contacts/import", {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    });
    expect(await isProblem(res, 422)).toBe(true);
  });
});

describe.each(ENGINES)("Enlist's own CSV and vCard on %s", (engine) => {
  const app = useTestApp(engine);

  it.each([
    ["csv", "text/csv"],
    ["vcard", "text/vcard"],
  ])(
    "%s: exported, then imported into a new account, gives the same contacts; into the same one, changes nothing",
    async (format, type) => {
      const from = await app.user();
      await app.request("/v1/contacts", {
        method: "POST",
        headers: from.auth,
        json: {
          name: "=Ola Nordmann",
          circle: "pathfinders",
          tie: "acquaintance",
          status: "engaged",
          company: "Fjord, Inc.",
          role: "UX Researcher",
          field: "research",
          connection: "met at a meetup",
          transition: { from: "teaching", to: "UX research" },
          researchNotes: "Line one\nline two",
          email: "ola@example.no",
          linkedInUrl: "https://www.linkedin.com/in/ola-n",
          connectedOn: "2022-05-01",
          trusted: true,
          checkInWeeks: 6,
        },
      });
      await app.request("/v1/contacts", {
        method: "POST",
        headers: from.auth,
        json: { name: "Kari Holm", circle: "backers", tie: "friend", archived: true },
      });
      const file = await (await app.request(`/v1/contacts/export?format=${format}`, { headers: from.auth })).text();
      const to = await app.user();
      const res = await app.request("/v1/contacts/import", {
        method: "POST",
        headers: { ...to.auth, "content-type": type },
        body: file,
      });
      const answer = (await res.json()) as { stored: number; report: { format: string; warnings: unknown[] } };
      expect(answer).toMatchObject({
        stored: 2,
        report: { format: format === "csv" ? "enlist-csv" : "vcard", warnings: [] },
      });
      const contactsOf = async (auth: Record<string, string>) => {
        const b = await (await app.request("/v1/me/export", { headers: auth })).text();
        const r = parseJsonBackup(b);
        if (!r.ok) throw new Error(r.error.message);
        return withoutIds({ ...r.value, interactions: [], asks: [] }).contacts;
      };
      expect(await contactsOf(to.auth)).toEqual(await contactsOf(from.auth));
      const again = await app.request("/v1/contacts/import", {
        method: "POST",
        headers: { ...from.auth, "content-type": type },
        body: file,
      });
      expect(await again.json()).toMatchObject({ stored: 0, updated: 0, report: { unchanged: 2, duplicates: [] } });
    },
  );
});
