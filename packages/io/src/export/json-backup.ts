import { Ask, AskStatus, AskVerdict, Contact, Interaction, parseArg, Pivot, type Result } from "@enlist/core";
import { z } from "zod";
import { MAX_CONTACTS, tooManyContacts } from "../limits";

export const BACKUP_FORMAT = "enlist-backup";
/** 2 added the asks; a version 1 backup is still read, with none. */
export const BACKUP_VERSION = 2;

/** An ask the user made, with the verdict it had when it was made and where it stands. */
export const BackupAsk = z.object({
  contactId: z.string().min(1).max(200),
  ask: Ask,
  verdict: AskVerdict,
  status: AskStatus,
  /** When it was asked (ISO date-time): the checker counts how long an ask has been open. */
  createdAt: z.string().max(40),
});
export type BackupAsk = z.infer<typeof BackupAsk>;

/** Everything of one user, as `GET /v1/me/export` gives it and the import takes it back. */
export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
  /** When the backup was made (ISO date-time), given by the caller: this package reads no clock. */
  exportedAt: z.string().optional(),
  pivot: Pivot.nullable(),
  contacts: z.array(Contact),
  interactions: z.array(Interaction),
  asks: z.array(BackupAsk).default([]),
});
export type Backup = z.infer<typeof Backup>;
export type BackupData = Omit<Backup, "format" | "version">;

export function toJsonBackup(data: BackupData): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...data };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** Reads a backup back, checking every field; a newer version or a damaged file is a clear error. */
export function parseJsonBackup(text: string): Result<Backup, { kind: "invalid-file"; message: string }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: "invalid-file", message: `not JSON: ${(e as Error).message}` } };
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (
    (json as { format?: unknown } | null)?.format === BACKUP_FORMAT &&
    typeof version === "number" &&
    version > BACKUP_VERSION
  ) {
    return {
      ok: false,
      error: {
        kind: "invalid-file",
        message: `this backup is version ${version}; this Enlist reads version ${BACKUP_VERSION}`,
      },
    };
  }
  const contacts = (json as { contacts?: unknown } | null)?.contacts;
  if (Array.isArray(contacts) && contacts.length > MAX_CONTACTS)
    return { ok: false, error: { kind: "invalid-file", message: tooManyContacts } };
  const parsed = parseArg(Backup, json, "");
  if (!parsed.ok)
    return { ok: false, error: { kind: "invalid-file", message: `not an Enlist backup: ${parsed.error.message}` } };
  return parsed;
}
