import { api } from "./client";
import { call, type Outcome } from "./call";
import type { StoredContact } from "./types";

type Patch = Parameters<(typeof api)["v1"]["contacts"][":id"]["$patch"]>[0]["json"];

/**
 * Changes a contact from a screen that did not just read it (the board, the plan). It reads the contact
 * first and sends its ETag, so a change made meanwhile (another tab, the CLI) is never overwritten: the
 * server answers 412 and nothing changes.
 */
export async function patchContact(id: string, patch: Patch): Promise<Outcome<StoredContact>> {
  const current = await call(() => api.v1.contacts[":id"].$get({ param: { id } }));
  if (!current.ok) return current;
  const etag = current.response.headers.get("etag") ?? "";
  return call(() => api.v1.contacts[":id"].$patch({ param: { id }, header: { "if-match": etag }, json: patch }));
}
