import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { CircleId, FOLLOW_UP_STATES, IsoDate, WeekPlan } from "@enlist/core";
import { Effect } from "effect";
import * as accounts from "../services/accounts";
import { AppClock, isoDate } from "../services/clock";
import { followUps } from "../services/planning";
import { weekPlan } from "../services/planning";
import { followUpCalendar } from "../services/transfer";
import type { MiddlewareHandler } from "hono";
import { requireUser } from "../http/auth";
import type { AppEnv } from "../http/env";
import { json, problems, SECURITY } from "../http/schemas";

const secured = { security: SECURITY, middleware: requireUser };
const TodayQuery = z.object({
  today: IsoDate.optional().openapi({ description: "The day to plan from (default: today, UTC)." }),
});
const FollowUp = z
  .object({
    contactId: z.string(),
    contactName: z.string(),
    circle: CircleId,
    state: z.enum(FOLLOW_UP_STATES),
    dueOn: z.string().nullable(),
    sentOn: z.string().nullable(),
    explanation: z.string(),
    title: z.string(),
  })
  .openapi("FollowUp");

const plan = createRoute({
  method: "get",
  path: "/v1/plan",
  operationId: "getPlan",
  tags: ["plan"],
  summary: "This week's next actions (planWeek)",
  ...secured,
  request: { query: TodayQuery },
  responses: { 200: { description: "The plan", content: json(WeekPlan) }, ...problems(400, 401, 404, 429, 503) },
});
const due = createRoute({
  method: "get",
  path: "/v1/follow-ups",
  operationId: "listFollowUps",
  tags: ["plan"],
  summary: "Where each outreach stands under 3B7",
  ...secured,
  request: { query: TodayQuery },
  responses: {
    200: { description: "Follow-ups", content: json(z.object({ items: z.array(FollowUp) })) },
    ...problems(400, 401, 503),
  },
});
const feedLink = createRoute({
  method: "post",
  path: "/v1/follow-ups/feed",
  operationId: "createFeedLink",
  tags: ["plan"],
  summary: "Make a calendar feed link (replaces the previous one)",
  ...secured,
  responses: {
    201: {
      description: "The feed's token; subscribe to /v1/follow-ups.ics?token=…",
      content: json(z.object({ token: z.string(), path: z.string() })),
    },
    ...problems(400, 401, 403, 413, 503),
  },
});
const revokeFeed = createRoute({
  method: "delete",
  path: "/v1/follow-ups/feed",
  operationId: "revokeFeedLink",
  tags: ["plan"],
  summary: "Stop the calendar feed",
  ...secured,
  responses: { 204: { description: "The link no longer works" }, ...problems(400, 401, 403, 413, 503) },
});
const ics = createRoute({
  method: "get",
  path: "/v1/follow-ups.ics",
  operationId: "followUpCalendar",
  // The feed's link carries its own token (a calendar app sends no headers): the feed scheme.
  security: [{ feed: [] }],
  tags: ["plan"],
  summary: "Follow-ups due as an iCalendar feed, for a calendar app (authenticated by its token)",
  request: { query: z.object({ token: z.string().min(1).max(200) }) },
  responses: {
    200: { description: "text/calendar", content: { "text/calendar": { schema: z.string() } } },
    ...problems(400, 404, 503),
  },
});

const today = (given: string | undefined) =>
  Effect.gen(function* () {
    if (given) return given;
    return isoDate((yield* AppClock).now());
  });

/** `heavy` bounds how many plans of one account are made at once (heavyWork). */
export const planRoutes = (heavy: MiddlewareHandler<AppEnv>) =>
  new OpenAPIHono<AppEnv>()
    .openapi({ ...plan, middleware: [requireUser, heavy] }, (c) =>
      c.get("run")(
        c,
        Effect.flatMap(today(c.req.valid("query").today), (d) => weekPlan(c.get("principal").userId, d)),
        (p) => c.json(p, 200),
      ),
    )
    .openapi(due, (c) =>
      c.get("run")(
        c,
        Effect.flatMap(today(c.req.valid("query").today), (d) => followUps(c.get("principal").userId, d)),
        (items) => c.json({ items }, 200),
      ),
    )
    .openapi(feedLink, (c) =>
      c.get("run")(c, accounts.createFeedToken(c.get("principal").userId), (token) =>
        c.json({ token, path: `/v1/follow-ups.ics?token=${token}` }, 201),
      ),
    )
    .openapi(revokeFeed, (c) =>
      c.get("run")(c, accounts.revokeFeedToken(c.get("principal").userId), () => c.body(null, 204)),
    )
    .openapi(ics, (c) =>
      c.get("run")(c, Effect.flatMap(accounts.userByFeedToken(c.req.valid("query").token), followUpCalendar), (text) =>
        c.body(text, 200, { "content-type": "text/calendar; charset=utf-8" }),
      ),
    );
