import {
  COMPARED_FIELDS,
  type ComparedField,
  type Difference,
  type FieldChange,
  type ImportedContact,
} from "../imported-contact";
import { emailKey, linkedInKey, nameKey } from "./keys";

/** A contact already stored, to match the file's rows against and to say what an import would change. */
export interface ExistingContact {
  id: string;
  name: string;
  email?: string;
  linkedInUrl?: string;
  company?: string;
  role?: string;
}

/** The stored contacts by Enlist id, e-mail, LinkedIn profile and name (the first of each). */
export interface ExistingIndex {
  byId: Map<string, ExistingContact>;
  byEmail: Map<string, ExistingContact>;
  byUrl: Map<string, ExistingContact>;
  byName: Map<string, ExistingContact>;
}

export function indexExisting(existing: readonly ExistingContact[]): ExistingIndex {
  const index: ExistingIndex = { byId: new Map(), byEmail: new Map(), byUrl: new Map(), byName: new Map() };
  const add = (map: Map<string, ExistingContact>, key: string | null, e: ExistingContact) => {
    if (key !== null && !map.has(key)) map.set(key, e);
  };
  for (const e of existing) {
    add(index.byId, e.id, e);
    add(index.byEmail, emailKey(e.email), e);
    add(index.byUrl, linkedInKey(e.linkedInUrl), e);
    add(index.byName, nameKey(e.name), e);
  }
  return index;
}

/** Someone stored who is this row's person for sure: the same Enlist id (a UID), e-mail or LinkedIn profile. */
export function sameStored(
  index: ExistingIndex,
  c: ImportedContact,
): { existing: ExistingContact; match: "id" | "email" | "linkedin" } | null {
  const byId = c.externalId !== undefined ? index.byId.get(c.externalId) : undefined;
  if (byId) return { existing: byId, match: "id" };
  const ek = emailKey(c.email);
  const byEmail = ek !== null ? index.byEmail.get(ek) : undefined;
  if (byEmail) return { existing: byEmail, match: "email" };
  const uk = linkedInKey(c.linkedInUrl);
  const byUrl = uk !== null ? index.byUrl.get(uk) : undefined;
  return byUrl ? { existing: byUrl, match: "linkedin" } : null;
}

const same = (field: ComparedField, a: string | undefined, b: string | undefined): boolean => {
  if (a === undefined || b === undefined) return a === b;
  if (field === "email") return emailKey(a) === emailKey(b);
  if (field === "linkedInUrl") return (linkedInKey(a) ?? a.trim()) === (linkedInKey(b) ?? b.trim());
  return a.trim() === b.trim();
};

/**
 * What a re-import changes on someone stored: a new company or role replaces the old one, an e-mail or
 * profile is added when they had none. A blank in the file never erases, and an address they already have
 * is not swapped for another: the import loses nothing.
 */
export function changesFor(existing: ExistingContact, c: ImportedContact): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of ["company", "role"] as const) {
    const to = c[field];
    if (to !== undefined && !same(field, existing[field], to))
      changes.push({ field, ...(existing[field] !== undefined ? { from: existing[field] } : {}), to });
  }
  for (const field of ["email", "linkedInUrl"] as const) {
    const to = c[field];
    if (to !== undefined && existing[field] === undefined) changes.push({ field, to });
  }
  return changes;
}

export const comparedFields = (
  c: Partial<Record<ComparedField, string | undefined>>,
): Partial<Record<ComparedField, string>> => {
  const out: Partial<Record<ComparedField, string>> = {};
  for (const f of COMPARED_FIELDS) if (c[f] !== undefined) out[f] = c[f] as string;
  return out;
};

/** The compared fields where a row and the record it may duplicate differ, side by side. */
export function differences(
  row: Partial<Record<ComparedField, string | undefined>>,
  other: Partial<Record<ComparedField, string | undefined>>,
): Difference[] {
  const out: Difference[] = [];
  for (const field of COMPARED_FIELDS) {
    if (same(field, row[field], other[field])) continue;
    out.push({
      field,
      ...(row[field] !== undefined ? { row: row[field] } : {}),
      ...(other[field] !== undefined ? { other: other[field] } : {}),
    });
  }
  return out;
}
