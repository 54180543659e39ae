import { describe, expect, it } from "vitest";
import { BuildInput } from "../build/build-input";
import { Ask } from "./ask";
import { Contact } from "./contact";
import { FIELD_LIMITS } from "./field-limits";
import { Interaction } from "./interaction";
import { Pivot } from "./pivot";

const contact = { id: "c1", name: "Ana Ruiz", circle: "leaders", tie: "stranger" };
const pivot = { fromField: "teaching", toField: "design", stillEmployed: true, weeklyMinutes: 60 };
const build = {
  recipient: { name: "Sarah", circle: "leaders", tie: "stranger" },
  sender: { name: "Ana" },
  ask: { kind: "questions", specifics: "your portfolio" },
  channel: "email",
};
const text = (n: number) => "a".repeat(n);

// Each schema refuses one character more than its field's limit, and takes the limit itself: the limits a
// form cuts to are the ones the schemas check.
describe.each([
  ["contact.name", FIELD_LIMITS.contact.name, (s: string) => Contact.safeParse({ ...contact, name: s })],
  ["contact.company", FIELD_LIMITS.contact.company, (s: string) => Contact.safeParse({ ...contact, company: s })],
  ["contact.role", FIELD_LIMITS.contact.role, (s: string) => Contact.safeParse({ ...contact, role: s })],
  ["contact.field", FIELD_LIMITS.contact.field, (s: string) => Contact.safeParse({ ...contact, field: s })],
  [
    "contact.connection",
    FIELD_LIMITS.contact.connection,
    (s: string) => Contact.safeParse({ ...contact, connection: s }),
  ],
  [
    "contact.researchNotes",
    FIELD_LIMITS.contact.researchNotes,
    (s: string) => Contact.safeParse({ ...contact, researchNotes: s }),
  ],
  ["pivot.fromField", FIELD_LIMITS.pivot.field, (s: string) => Pivot.safeParse({ ...pivot, fromField: s })],
  [
    "pivot.currentEmployer",
    FIELD_LIMITS.pivot.currentEmployer,
    (s: string) => Pivot.safeParse({ ...pivot, currentEmployer: s }),
  ],
  [
    "interaction.note",
    FIELD_LIMITS.interaction.note,
    (s: string) => Interaction.safeParse({ contactId: "c1", type: "sent", date: "2026-11-25", note: s }),
  ],
  ["ask.specifics", FIELD_LIMITS.ask.specifics, (s: string) => Ask.safeParse({ kind: "questions", specifics: s })],
  [
    "message recipient name",
    FIELD_LIMITS.message.name,
    (s: string) => BuildInput.safeParse({ ...build, recipient: { ...build.recipient, name: s } }),
  ],
  [
    "message connection",
    FIELD_LIMITS.message.connection,
    (s: string) => BuildInput.safeParse({ ...build, recipient: { ...build.recipient, connection: s } }),
  ],
  [
    "message compliment",
    FIELD_LIMITS.message.compliment,
    (s: string) => BuildInput.safeParse({ ...build, recipient: { ...build.recipient, compliment: s } }),
  ],
  [
    "message fromField",
    FIELD_LIMITS.message.field,
    (s: string) =>
      BuildInput.safeParse({ ...build, sender: { name: "Ana", pivot: { fromField: s, toField: "design" } } }),
  ],
] as const)("%s", (_field, limit, parse) => {
  it(`takes ${limit} characters and refuses ${limit + 1}`, () => {
    expect(parse(text(limit)).success).toBe(true);
    expect(parse(text(limit + 1)).success).toBe(false);
  });
});
