import type { Hono } from "hono";
import { hc, type ClientRequestOptions } from "hono/client";
import type { BlankEnv } from "hono/types";
import type { Routes } from "./generated/routes";

export type { Routes };

/**
 * The API as the client sees it: its routes, and none of the server's environment. Routes is written out
 * from the server's own types at build time, so installing this package installs nothing of the server.
 */
export type AppType = Hono<BlankEnv, Routes, "/">;

/** Every route of the API as typed calls. Named rather than inferred, so the declarations stay portable. */
export type Client = ReturnType<typeof hc<AppType>>;

/** The typed client: paths, inputs and outputs checked against the API's own routes. */
export const createClient = (baseUrl: string, init?: ClientRequestOptions): Client => hc<AppType>(baseUrl, init);
