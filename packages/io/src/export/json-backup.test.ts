import fc from "fast-check";
import { ASK_STATUSES, checkAsk, INTERACTION_TYPES } from "@enlist/core";
import { describe, expect, it } from "vitest";
import { arbContact } from "./arbitraries";
import { parseJsonBackup, toJsonBackup } from "./json-backup";

const arbInteraction = fc.record(
  {
    contactId: fc.uuid(),
    type: fc.constantFrom(...INTERACTION_TYPES),
    date: fc.integer({ min: 19_000, max: 21_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10)),
    note: fc.string(),
  },
  { requiredKeys: ["contactId", "type", "date"] },
);
const arbPivot = fc.option(
  fc.record({
    fromField: fc.constant("teaching"),
    toField: fc.constant("UX research"),
    targetRoles: fc.array(fc.constant("UX researcher"), { maxLength: 2 }),
    stillEmployed: fc.boolean(),
    weeklyMinutes: fc.integer({ min: 0, max: 600 }),
  }),
  { nil: null },
);

// Verdicts as checkAsk gives them, for the asks a backup holds.
const arbAsk = fc
  .record({
    kind: fc.constantFrom("questions", "coffee", "referral" as const),
    specifics: fc.string({ maxLength: 40 }),
    status: fc.constantFrom(...ASK_STATUSES),
    contactId: fc.uuid(),
  })
  .map(({ kind, specifics, status, contactId }) => {
    const verdict = checkAsk(
      { kind, specifics },
      { id: contactId, name: "Ana", circle: "leaders", tie: "weak" },
      { today: "2026-11-25" },
    );
    if (!verdict.ok) throw new Error(verdict.error.message);
    return {
      contactId,
      ask: { kind, specifics },
      verdict: verdict.value,
      status,
      createdAt: "2026-11-20T09:30:00.000Z",
    };
  });

describe("JSON backup", () => {
  it("parseJsonBackup(toJsonBackup(x)) gives back x, asks included", () => {
    fc.assert(
      fc.property(
        arbPivot,
        fc.array(arbContact, { maxLength: 8 }),
        fc.array(arbInteraction, { maxLength: 8 }),
        fc.array(arbAsk, { maxLength: 4 }),
        (pivot, contacts, interactions, asks) => {
          const data = { exportedAt: "2026-11-25T12:00:00Z", pivot, contacts, interactions, asks };
          const r = parseJsonBackup(toJsonBackup(data));
          expect(r).toEqual({ ok: true, value: { format: "enlist-backup", version: 2, ...data } });
        },
      ),
    );
  });

  it("reads a version 1 backup, made before asks were backed up, as one with none", () => {
    const r = parseJsonBackup(
      JSON.stringify({
        format: "enlist-backup",
        version: 1,
        pivot: null,
        contacts: [{ id: "c1", name: "Ana", circle: "backers", tie: "friend" }],
        interactions: [],
      }),
    );
    expect(r.ok && r.value.asks).toEqual([]);
  });

  it.each([
    ["not JSON", "{oops", "not JSON"],
    ["another format", JSON.stringify({ format: "x", version: 1 }), "not an Enlist backup: format"],
    ["a newer version", JSON.stringify({ format: "enlist-backup", version: 9 }), "this backup is version 9"],
    [
      "a damaged contact",
      JSON.stringify({
        format: "enlist-backup",
        version: 1,
        pivot: null,
        contacts: [{ id: "1", name: "A", circle: "friends", tie: "weak" }],
        interactions: [],
      }),
      "contacts[0].circle",
    ],
  ])("%s: a clear error", (_n, text, message) => {
    const r = parseJsonBackup(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(message);
  });
});
