import { hc, type ClientRequestOptions } from "hono/client";

/** The API's routes, as the server declares them: read at build time, nothing of the server ships. */
export type AppType = import("@enlist/api").AppType;

/** Every route of the API as typed calls. Named rather than inferred, so the declarations stay portable. */
export type Client = ReturnType<typeof hc<AppType>>;

/** The typed client: paths, inputs and outputs checked against the API's own routes. */
export const createClient = (baseUrl: string, init?: ClientRequestOptions): Client => hc<AppType>(baseUrl, init);
