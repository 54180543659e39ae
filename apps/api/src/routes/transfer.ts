import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { Effect } from "effect";
import { InvalidFile } from "../errors";
import { detectImportFormat, ImportedContact } from "@enlist/io";
import { Pivot } from "@enlist/core";
import type { MiddlewareHandler } from "hono";
import { importFile } from "../services/import-contacts";
import { exportContacts } from "../services/export-stream";
import { requireUser } from "../http/auth";
import type { AppEnv } from "../http/env";
import { EnlistBackup, json, problems, SECURITY } from "../http/schemas";

const secured = { security: SECURITY, middleware: requireUser };
const Row = z.object({ row: z.number() });
const Update = Row.extend({
  existingId: z.string(),
  name: z.string().openapi({ description: "The stored contact's name" }),
  match: z.enum(["id", "email", "linkedin", "name"]),
  changes: z.array(
    z.object({
      field: z.enum(["email", "linkedInUrl", "company", "role"]),
      from: z.string().optional(),
      to: z.string(),
    }),
  ),
});
const Duplicate = Row.extend({
  match: z.enum(["email", "linkedin", "name"]),
  with: z.union([z.object({ row: z.number() }), z.object({ existingId: z.string() })]),
  action: z.enum(["merged", "review"]),
  proposal: ImportedContact.partial().openapi({
    description: "What the merged contact would hold: the first's fields, filled in from the second",
  }),
  differences: z
    .array(
      z.object({
        field: z.enum(["name", "email", "linkedInUrl", "company", "role"]),
        row: z.string().optional(),
        other: z.string().optional(),
      }),
    )
    .optional(),
  other: z.record(z.string(), z.string()).optional(),
});
const Report = z
  .object({
    contacts: z.array(ImportedContact).openapi({
      description:
        "The new contacts as they will be stored: filled on a dry run (a preview), empty after a real import.",
    }),
    report: z.object({
      format: z.enum(["linkedin-csv", "google-csv", "vcard", "enlist-csv", "enlist-backup"]),
      encoding: z.enum(["utf-8", "utf-16le", "utf-16be", "windows-1252"]).openapi({
        description: "How the bytes were read: windows-1252 when they were not UTF-8 (Excel's CSV on Windows)",
      }),
      unreadable: z
        .object({ bytes: z.number().int(), rows: z.array(z.number().int()) })
        .optional()
        .openapi({
          description:
            "A file read as UTF-8 that held a few bytes which are not: how many stretches (each read as U+FFFD) and the rows holding them, each also warned about",
        }),
      rows: z.number(),
      imported: z.number().openapi({ description: "New contacts" }),
      updates: z.array(Update).openapi({
        description:
          "Rows that are someone already stored (same Enlist id, e-mail or LinkedIn profile), with the fields the import changes",
      }),
      unchanged: z.number().openapi({ description: "Rows that are someone already stored, with nothing new" }),
      unsorted: z.number().openapi({
        description:
          "How many of the contacts fit no circle yet for the pivot (circle null in a preview, with the reason): stored in Backers for the user to sort, unless left out with skip",
      }),
      skipped: z.array(Row.extend({ reason: z.string() })),
      warnings: z.array(Row.extend({ message: z.string() })),
      duplicates: z.array(Duplicate),
    }),
    stored: z.number().int().openapi({ description: "New contacts stored (0 on a dry run)" }),
    updated: z.number().int().openapi({ description: "Contacts brought up to date (0 on a dry run)" }),
    restored: z
      .object({
        contacts: z.number(),
        interactions: z.number(),
        asks: z.number(),
        pivot: Pivot.nullable(),
        exportedAt: z.string().optional(),
      })
      .optional()
      .openapi({ description: "For Enlist's JSON backup: what it holds (a dry run) or what was restored" }),
  })
  .openapi("ImportResult");

/**
 * Enlist's backup, as a reference to its schema rather than the zod schema itself: a zod one would have the
 * router parse and check the body (and refuse other media types with 415), where @enlist/io's
 * parseJsonBackup names what is wrong in a 422 problem like any other import.
 */
const BACKUP_BODY = { $ref: "#/components/schemas/Backup" };

const importRoute = createRoute({
  method: "post",
  path: "/v1/contacts/import",
  operationId: "importContacts",
  tags: ["import and export"],
  summary:
    "Import a LinkedIn, Google Contacts or Enlist CSV (text/csv) or a vCard file (text/vcard), or restore Enlist's JSON backup (application/json): all rows or none",
  ...secured,
  request: {
    query: z.object({
      dryRun: z.enum(["true", "false"]).optional().openapi({ description: "true: report only, store nothing" }),
      skip: z
        .string()
        .max(100_000)
        .regex(/^\d{1,7}(,\d{1,7})*$/, "must be row numbers separated by commas")
        .optional()
        .openapi({
          description:
            "Rows (as numbered in the report) to leave out, e.g. possible duplicates the user chose not to import: 4,17",
        }),
      merge: z
        .string()
        .max(100_000)
        .regex(/^\d{1,7}(,\d{1,7})*$/, "must be row numbers separated by commas")
        .optional()
        .openapi({
          description:
            "Possible duplicates (same name) the user said are the same person: merged into the earlier row, or an update of the stored contact: 14,20",
        }),
    }),
    body: {
      content: {
        "text/csv": { schema: z.string() },
        "text/vcard": { schema: z.string() },
        "application/json": { schema: BACKUP_BODY },
      },
      required: true,
    },
  },
  responses: {
    200: { description: "The report, and how many contacts were stored and updated", content: json(Report) },
    ...problems(400, 401, 403, 409, 413, 422, 429, 503),
  },
});

const exportRoute = createRoute({
  method: "get",
  path: "/v1/contacts/export",
  operationId: "exportContacts",
  tags: ["import and export"],
  summary: "Export contacts as CSV (spreadsheet-safe), vCard 4.0, or the full JSON backup",
  ...secured,
  request: { query: z.object({ format: z.enum(["csv", "vcard", "json"]).default("json") }) },
  responses: {
    200: {
      description: "The file",
      content: {
        "text/csv": { schema: z.string() },
        "text/vcard": { schema: z.string() },
        "application/json": { schema: EnlistBackup },
      },
    },
    ...problems(400, 401, 429, 503),
  },
});

/** `heavy` bounds how many imports and exports of one account run at once (heavyWork). */
export const transferRoutes = (heavy: MiddlewareHandler<AppEnv>) =>
  new OpenAPIHono<AppEnv>()
    .openapi({ ...importRoute, middleware: [requireUser, heavy] }, async (c) => {
      const body = new Uint8Array(await c.req.arrayBuffer());
      const kind = detectImportFormat(c.req.header("content-type") ?? "", body);
      const { dryRun, skip, merge } = c.req.valid("query");
      const rows = (list: string | undefined) => new Set(list ? list.split(",").map(Number) : []);
      const effect = kind
        ? importFile(c.get("principal").userId, kind, body, {
            dryRun: dryRun === "true",
            leaveOut: rows(skip),
            merge: rows(merge),
          })
        : Effect.fail(
            new InvalidFile({
              detail:
                "Send the file as text/csv (LinkedIn Connections.csv, Google Contacts or Enlist's CSV), text/vcard, or application/json (Enlist's backup).",
            }),
          );
      return c.get("run")(c, effect, (result) => c.json(result, 200));
    })
    .openapi({ ...exportRoute, middleware: [requireUser, heavy] }, (c) => {
      const { format } = c.req.valid("query");
      return c.get("run")(c, exportContacts(c.get("principal").userId, format), (file) =>
        c.body(c.get("heavySlot").until(file.body), 200, {
          "content-type": file.type,
          "content-disposition": `attachment; filename="enlist-contacts.${file.extension}"`,
        }),
      );
    });
