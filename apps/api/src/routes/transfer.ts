import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { Effect } from "effect";
import { InvalidFile } from "../errors";
import { detectImportFormat } from "@enlist/io";
import type { MiddlewareHandler } from "hono";
import { importContacts } from "../services/transfer";
import { exportContacts } from "../services/export-stream";
import { requireUser } from "../http/auth";
import type { AppEnv } from "../http/env";
import { json, problems, SECURITY } from "../http/schemas";

const secured = { security: SECURITY, middleware: requireUser };
const Report = z
  .object({
    contacts: z.array(z.object({}).passthrough()).openapi({ description: "The contacts as they would be stored: filled on a dry run (a preview), empty after a real import." }),
    report: z.object({ format: z.string(), encoding: z.enum(["utf-8", "utf-16le", "utf-16be", "windows-1252"]).openapi({ description: "How the bytes were read: windows-1252 when they were not UTF-8 (Excel's CSV on Windows)" }), rows: z.number(), imported: z.number(), unsorted: z.number().openapi({ description: "How many of the contacts fit no circle yet for the pivot (circle null in a preview, with the reason): stored in Backers for the user to sort, unless left out with skip" }), skipped: z.array(z.object({ row: z.number(), reason: z.string() })), warnings: z.array(z.object({ row: z.number(), message: z.string() })), duplicates: z.array(z.object({}).passthrough()) }),
    stored: z.number().int(),
  })
  .openapi("ImportResult");

const importRoute = createRoute({
  method: "post",
  path: "/v1/contacts/import",
  tags: ["import and export"],
  summary: "Import a LinkedIn or Google Contacts CSV (text/csv) or a vCard file (text/vcard): all rows or none",
  ...secured,
  request: {
    query: z.object({
      dryRun: z.enum(["true", "false"]).optional().openapi({ description: "true: report only, store nothing" }),
      skip: z
        .string()
        .max(100_000)
        .regex(/^\d{1,7}(,\d{1,7})*$/, "must be row numbers separated by commas")
        .optional()
        .openapi({ description: "Rows (as numbered in the report) to leave out, e.g. possible duplicates the user chose not to import: 4,17" }),
    }),
    body: { content: { "text/csv": { schema: z.string() }, "text/vcard": { schema: z.string() } }, required: true },
  },
  responses: { 200: { description: "The report, and how many contacts were stored", content: json(Report) }, ...problems(401, 403, 413, 415, 422) },
});

const exportRoute = createRoute({
  method: "get",
  path: "/v1/contacts/export",
  tags: ["import and export"],
  summary: "Export contacts as CSV (spreadsheet-safe), vCard 4.0, or the full JSON backup",
  ...secured,
  request: { query: z.object({ format: z.enum(["csv", "vcard", "json"]).default("json") }) },
  responses: { 200: { description: "The file", content: { "text/csv": { schema: z.string() }, "text/vcard": { schema: z.string() }, "application/json": { schema: z.string() } } }, ...problems(400, 401) },
});

/** `heavy` bounds how many imports and exports of one account run at once (heavyWork). */
export const transferRoutes = (heavy: MiddlewareHandler<AppEnv>) =>
  new OpenAPIHono<AppEnv>()
    .openapi({ ...importRoute, middleware: [requireUser, heavy] }, async (c) => {
      const body = new Uint8Array(await c.req.arrayBuffer());
      const kind = detectImportFormat(c.req.header("content-type") ?? "", body);
      const { dryRun, skip } = c.req.valid("query");
      const leaveOut = new Set(skip ? skip.split(",").map(Number) : []);
      const effect = kind
        ? importContacts(c.get("principal").userId, kind, body, { dryRun: dryRun === "true", leaveOut })
        : Effect.fail(new InvalidFile({ detail: "Send the file as text/csv (LinkedIn Connections.csv or Google Contacts) or text/vcard." }));
      return c.get("run")(c, effect, (result) => c.json(result, 200));
    })
    .openapi({ ...exportRoute, middleware: [requireUser, heavy] }, (c) => {
      const { format } = c.req.valid("query");
      return c.get("run")(c, exportContacts(c.get("principal").userId, format), (file) =>
        c.body(c.get("heavySlot").until(file.body), 200, { "content-type": file.type, "content-disposition": `attachment; filename="enlist-contacts.${file.extension}"` }),
      );
    });
