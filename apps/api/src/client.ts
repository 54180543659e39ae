import { hc } from "hono/client";
import type { AppType } from "./app";

export type { AppType };

/** The typed client: paths, inputs and outputs checked against the API itself. */
export const createClient = (baseUrl: string, init?: Parameters<typeof hc>[1]) => hc<AppType>(baseUrl, init);
