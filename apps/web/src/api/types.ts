import type { InferResponseType } from "hono/client";
import type { Api } from "./client";

// The API's shapes as the typed client sees them: nothing here is written twice.
export type StoredContact = InferResponseType<Api["v1"]["contacts"][":id"]["$get"], 200>;
export type StoredInteraction = InferResponseType<
  Api["v1"]["contacts"][":id"]["interactions"]["$get"],
  200
>["items"][number];
export type StoredAsk = InferResponseType<Api["v1"]["contacts"][":id"]["asks"]["$get"], 200>["items"][number];
export type ContactPage = InferResponseType<Api["v1"]["contacts"]["$get"], 200>;
/** The signed-in user, as a session gives it. */
export type User = InferResponseType<Api["v1"]["auth"]["login"]["$post"], 200>["user"];
export type ImportResult = InferResponseType<Api["v1"]["contacts"]["import"]["$post"], 200>;
/** A contact as an import will store it (a dry run's preview): circle null when none fits yet. */
export type Imported = ImportResult["contacts"][number];
/** A possible duplicate an import found, merged or left for the user to review. */
export type Duplicate = ImportResult["report"]["duplicates"][number];
