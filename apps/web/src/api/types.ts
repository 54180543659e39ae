import type { InferResponseType } from "hono/client";
import type { Api } from "./client";

// The API's shapes as the typed client sees them: nothing here is written twice.
export type StoredContact = InferResponseType<Api["v1"]["contacts"][":id"]["$get"], 200>;
export type StoredInteraction = InferResponseType<Api["v1"]["contacts"][":id"]["interactions"]["$get"], 200>["items"][number];
export type StoredAsk = InferResponseType<Api["v1"]["contacts"][":id"]["asks"]["$get"], 200>["items"][number];
export type ContactPage = InferResponseType<Api["v1"]["contacts"]["$get"], 200>;
