// Type-checked with the package (npm run typecheck), never built or published: the routes written out by
// scripts/routes.ts must be the server's routes, both ways, or the client would promise what the API does not.
import type { AppType as ServerApp } from "@enlist/api";
import type { ExtractSchema } from "hono/types";
import type { Routes } from "./generated/routes";

type Server = ExtractSchema<ServerApp>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const routesMatchTheServer: Same<Routes, Server> = true;
