import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { Pivot } from "@enlist/core";
import { getPivot } from "../services/pivot";
import { savePivot } from "../services/save-pivot";
import { requireUser } from "../http/auth";
import type { AppEnv } from "../http/env";
import { json, problems, SECURITY } from "../http/schemas";

const secured = { security: SECURITY, middleware: requireUser };
const get = createRoute({
  method: "get",
  path: "/v1/pivot",
  operationId: "getPivot",
  tags: ["pivot"],
  summary: "Your career pivot",
  ...secured,
  responses: { 200: { description: "The pivot", content: json(Pivot) }, ...problems(400, 401, 404, 503) },
});
const put = createRoute({
  method: "put",
  path: "/v1/pivot",
  operationId: "setPivot",
  tags: ["pivot"],
  summary: "Set your career pivot (a new currentEmployer marks your contacts who work there as current colleagues)",
  ...secured,
  request: { body: { content: json(Pivot), required: true } },
  responses: { 200: { description: "Saved", content: json(Pivot) }, ...problems(400, 401, 403, 413, 503) },
});

export const pivotRoutes = () =>
  new OpenAPIHono<AppEnv>()
    .openapi(get, (c) => c.get("run")(c, getPivot(c.get("principal").userId), (p) => c.json(p, 200)))
    .openapi(put, (c) =>
      c.get("run")(c, savePivot(c.get("principal").userId, c.req.valid("json")), (p) => c.json(p, 200)),
    );
