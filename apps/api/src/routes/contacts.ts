import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context, TypedResponse } from "hono";
import { Ask, AskVerdict, CIRCLE_IDS, CONTACT_STATUSES, Contact, InteractionType } from "@enlist/core";
import { Effect } from "effect";
import { PreconditionRequired } from "../errors";
import * as asks from "../services/asks";
import { COLLEAGUE_SOURCES } from "../services/colleague-marks";
import { BulkChange, bulkChange } from "../services/bulk-change";
import * as contacts from "../services/contacts";
import { etagOf } from "../services/contacts";
import * as interactions from "../services/interactions";
import { requireUser } from "../http/auth";
import type { AppEnv } from "../http/env";
import { IdParam, json, problems, SECURITY } from "../http/schemas";

const secured = { security: SECURITY, middleware: requireUser };
const StoredContact = Contact.extend({
  colleagueSource: z.enum(COLLEAGUE_SOURCES).optional().openapi({
    description:
      "Who decided currentColleague: employer — their company matches your pivot's currentEmployer (changes with it); you — your own choice, against that (send currentColleague: null to hand it back)",
  }),
  colleagueReason: z.string().optional().openapi({
    description:
      'Why they are a current colleague, when your employer says so: "Works at Lincoln High, your current employer (Lincoln High School)."',
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
}).openapi("StoredContact");
/** A JSON text already made (the stored documents, joined), typed as the page it is for the typed client. */
const jsonText = <T>(c: Context, text: string) =>
  c.body(text, 200, { "content-type": "application/json" }) as unknown as TypedResponse<T, 200, "json">;

const ContactPage = z
  .object({ items: z.array(StoredContact), nextCursor: z.string().nullable() })
  .openapi("ContactPage");
const FilterQuery = z.object({
  status: z.enum(CONTACT_STATUSES).optional(),
  q: z.string().max(200).optional(),
  company: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: "Part of the company's name; case and accents do not matter" }),
  role: z.string().max(200).optional().openapi({ description: "Words that must all appear in the role, in any order" }),
  connectedYear: z.coerce
    .number()
    .int()
    .min(1900)
    .max(2100)
    .optional()
    .openapi({ description: "The year they connected (connectedOn)" }),
  archived: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "true: only the archived contacts; left out or false: only the others" }),
});
/** The filter as the service takes it: empty texts mean no filter, as an empty search box does. */
const filterOf = (f: z.infer<typeof FilterQuery>): contacts.ContactFilter => ({
  ...(f.status ? { status: f.status } : {}),
  ...(f.q ? { q: f.q } : {}),
  ...(f.company?.trim() ? { company: f.company.trim() } : {}),
  ...(f.role?.trim() ? { role: f.role.trim() } : {}),
  ...(f.connectedYear !== undefined ? { connectedYear: f.connectedYear } : {}),
  ...(f.archived === "true" ? { archived: true } : {}),
});
const ListQuery = FilterQuery.extend({
  circle: z.enum(CIRCLE_IDS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .max(200)
    .refine(contacts.isCursor, "not a cursor from this API; list again without one")
    .optional(),
});
const StoredInteraction = z
  .object({
    id: z.string(),
    contactId: z.string(),
    type: InteractionType,
    date: z.string(),
    note: z.string().optional(),
    createdAt: z.string(),
  })
  .openapi("StoredInteraction");
const StoredAsk = z
  .object({
    id: z.string(),
    contactId: z.string(),
    ask: Ask,
    verdict: AskVerdict,
    status: asks.AskStatus,
    createdAt: z.string(),
  })
  .openapi("StoredAsk");
const AskParams = z.object({ id: z.string().min(1).max(100), askId: z.string().min(1).max(100) });
const etag = { ETag: { schema: { type: "string" as const }, description: "Send it back as If-Match to update." } };

const list = createRoute({
  method: "get",
  path: "/v1/contacts",
  operationId: "listContacts",
  tags: ["contacts"],
  summary: "List contacts, filtered, a page at a time",
  ...secured,
  request: { query: ListQuery },
  responses: { 200: { description: "A page", content: json(ContactPage) }, ...problems(400, 401, 503) },
});
const Counts = z.object({ total: z.number().int(), byStatus: z.record(z.string(), z.number().int()) });
const Summary = z
  .object({
    total: z.number().int(),
    circles: z.record(z.string(), Counts),
    archived: z.number().int().openapi({ description: "Archived contacts the rest of the filter matches" }),
  })
  .openapi("ContactSummary");
const summary = createRoute({
  method: "get",
  path: "/v1/contacts/summary",
  operationId: "contactSummary",
  tags: ["contacts"],
  summary: "How many contacts are in each circle, by status, for the list's filter",
  ...secured,
  request: { query: FilterQuery },
  responses: { 200: { description: "The counts", content: json(Summary) }, ...problems(400, 401, 503) },
});
const bulk = createRoute({
  method: "post",
  path: "/v1/contacts/bulk",
  operationId: "bulkChangeContacts",
  tags: ["contacts"],
  summary: "Move contacts to a circle, archive or restore them: all of them or none",
  ...secured,
  request: { body: { content: json(BulkChange), required: true } },
  responses: {
    200: {
      description: "The contacts as they are now, in the order of ids",
      content: json(z.object({ items: z.array(StoredContact) })),
    },
    ...problems(400, 401, 403, 404, 409, 413, 503),
  },
});
const create = createRoute({
  method: "post",
  path: "/v1/contacts",
  operationId: "createContact",
  tags: ["contacts"],
  summary: "Add a contact",
  ...secured,
  request: { body: { content: json(contacts.ContactInput), required: true } },
  responses: {
    201: { description: "Created", headers: etag, content: json(StoredContact) },
    ...problems(400, 401, 403, 413, 503),
  },
});
const get = createRoute({
  method: "get",
  path: "/v1/contacts/{id}",
  operationId: "getContact",
  tags: ["contacts"],
  summary: "One contact",
  ...secured,
  request: { params: IdParam },
  responses: {
    200: { description: "The contact", headers: etag, content: json(StoredContact) },
    ...problems(400, 401, 404, 503),
  },
});
const patch = createRoute({
  method: "patch",
  path: "/v1/contacts/{id}",
  operationId: "updateContact",
  tags: ["contacts"],
  summary: "Change a contact (If-Match required: the ETag you read)",
  ...secured,
  request: {
    params: IdParam,
    headers: z.object({ "if-match": z.string().optional() }),
    body: { content: json(contacts.ContactPatch), required: true },
  },
  responses: {
    200: { description: "Changed", headers: etag, content: json(StoredContact) },
    ...problems(400, 401, 403, 404, 412, 413, 422, 428, 503),
  },
});
const remove = createRoute({
  method: "delete",
  path: "/v1/contacts/{id}",
  operationId: "deleteContact",
  tags: ["contacts"],
  summary: "Delete a contact and its history",
  ...secured,
  request: { params: IdParam },
  responses: { 204: { description: "Deleted" }, ...problems(400, 401, 403, 404, 413, 503) },
});
const listInteractions = createRoute({
  method: "get",
  path: "/v1/contacts/{id}/interactions",
  operationId: "listInteractions",
  tags: ["interactions"],
  summary: "A contact's history",
  ...secured,
  request: { params: IdParam },
  responses: {
    200: { description: "Interactions, oldest first", content: json(z.object({ items: z.array(StoredInteraction) })) },
    ...problems(400, 401, 404, 503),
  },
});
const logInteraction = createRoute({
  method: "post",
  path: "/v1/contacts/{id}/interactions",
  operationId: "logInteraction",
  tags: ["interactions"],
  summary: "Log something that happened",
  ...secured,
  request: { params: IdParam, body: { content: json(interactions.InteractionInput), required: true } },
  responses: {
    201: { description: "Logged", content: json(StoredInteraction) },
    ...problems(400, 401, 403, 404, 413, 422, 503),
  },
});
const listAsks = createRoute({
  method: "get",
  path: "/v1/contacts/{id}/asks",
  operationId: "listAsks",
  tags: ["asks"],
  summary: "Asks made of a contact, with their verdicts",
  ...secured,
  request: { params: IdParam },
  responses: {
    200: { description: "Asks", content: json(z.object({ items: z.array(StoredAsk) })) },
    ...problems(400, 401, 404, 503),
  },
});
const recordAsk = createRoute({
  method: "post",
  path: "/v1/contacts/{id}/asks",
  operationId: "recordAsk",
  tags: ["asks"],
  summary: "Record an ask, judged by checkAsk against this contact's history",
  ...secured,
  request: { params: IdParam, body: { content: json(Ask), required: true } },
  responses: {
    201: { description: "Recorded with its verdict", content: json(StoredAsk) },
    ...problems(400, 401, 403, 404, 413, 422, 503),
  },
});
const updateAsk = createRoute({
  method: "patch",
  path: "/v1/contacts/{id}/asks/{askId}",
  operationId: "updateAsk",
  tags: ["asks"],
  summary: "Mark an ask granted, declined or withdrawn",
  ...secured,
  request: { params: AskParams, body: { content: json(z.object({ status: asks.AskStatus })), required: true } },
  responses: { 200: { description: "Updated", content: json(StoredAsk) }, ...problems(400, 401, 403, 404, 413, 503) },
});

export const contactRoutes = () =>
  new OpenAPIHono<AppEnv>()
    .openapi(list, (c) => {
      const { circle, limit, cursor, ...rest } = c.req.valid("query");
      return c.get("run")(
        c,
        contacts.listContacts(c.get("principal").userId, {
          limit,
          ...filterOf(rest),
          ...(circle ? { circle } : {}),
          ...(cursor ? { cursor } : {}),
        }),
        (page) => jsonText<z.infer<typeof ContactPage>>(c, page),
      );
    })
    .openapi(summary, (c) =>
      c.get("run")(c, contacts.contactSummary(c.get("principal").userId, filterOf(c.req.valid("query"))), (s) =>
        c.json(s, 200),
      ),
    )
    .openapi(bulk, (c) =>
      c.get("run")(c, bulkChange(c.get("principal").userId, c.req.valid("json")), (items) => c.json({ items }, 200)),
    )
    .openapi(create, (c) =>
      c.get("run")(c, contacts.createContact(c.get("principal").userId, c.req.valid("json")), (contact) =>
        c.json(contact, 201, { ETag: etagOf(contact) }),
      ),
    )
    .openapi(get, (c) =>
      c.get("run")(c, contacts.getContact(c.get("principal").userId, c.req.valid("param").id), (contact) =>
        c.json(contact, 200, { ETag: etagOf(contact) }),
      ),
    )
    .openapi(patch, (c) => {
      const ifMatch = c.req.header("if-match");
      const effect = ifMatch
        ? contacts.updateContact(c.get("principal").userId, c.req.valid("param").id, c.req.valid("json"), ifMatch)
        : Effect.fail(
            new PreconditionRequired({
              detail: "Send If-Match with the ETag you read, so that a change made meanwhile is not overwritten.",
            }),
          );
      return c.get("run")(c, effect, (contact) => c.json(contact, 200, { ETag: etagOf(contact) }));
    })
    .openapi(remove, (c) =>
      c.get("run")(c, contacts.deleteContact(c.get("principal").userId, c.req.valid("param").id), () =>
        c.body(null, 204),
      ),
    )
    .openapi(listInteractions, (c) =>
      c.get("run")(c, interactions.contactInteractions(c.get("principal").userId, c.req.valid("param").id), (items) =>
        c.json({ items }, 200),
      ),
    )
    .openapi(logInteraction, (c) =>
      c.get("run")(
        c,
        interactions.logInteraction(c.get("principal").userId, c.req.valid("param").id, c.req.valid("json")),
        (i) => c.json(i, 201),
      ),
    )
    .openapi(listAsks, (c) =>
      c.get("run")(c, asks.contactAsks(c.get("principal").userId, c.req.valid("param").id), (items) =>
        c.json({ items }, 200),
      ),
    )
    .openapi(recordAsk, (c) =>
      c.get("run")(c, asks.recordAsk(c.get("principal").userId, c.req.valid("param").id, c.req.valid("json")), (a) =>
        c.json(a, 201),
      ),
    )
    .openapi(updateAsk, (c) => {
      const { id, askId } = c.req.valid("param");
      return c.get("run")(c, asks.setAskStatus(c.get("principal").userId, id, askId, c.req.valid("json").status), (a) =>
        c.json(a, 200),
      );
    });
