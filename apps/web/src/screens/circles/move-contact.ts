import type { CircleId } from "@enlist/core/schemas";
import { api } from "../../api/client";
import { call, type Outcome } from "../../api/call";
import type { StoredContact } from "../../api/types";

/**
 * Puts a contact in another circle. It reads the contact first and sends its ETag, so a change made meanwhile
 * (in another tab, by the CLI) is never overwritten: the server answers 412 and nothing moves.
 */
export async function moveContact(id: string, circle: CircleId): Promise<Outcome<StoredContact>> {
  const current = await call(() => api.v1.contacts[":id"].$get({ param: { id } }));
  if (!current.ok) return current;
  const etag = current.response.headers.get("etag") ?? "";
  return call(() => api.v1.contacts[":id"].$patch({ param: { id }, header: { "if-match": etag }, json: { circle } }));
}
