/** The columns a contact's document is made from. */
export interface ContactColumns {
  id: string;
  name: string;
  circle: string;
  tie: string;
  status: string;
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/**
 * A contact as the API answers with it, as one JSON text: the optional fields kept in `data`, with the
 * columns laid over them. It is what `data` stores, so that a page of contacts is answered by joining the
 * stored texts, without parsing and re-serialising each contact.
 */
export function contactDocument(row: ContactColumns): Record<string, unknown> {
  const doc = JSON.parse(row.data) as Record<string, unknown>;
  doc.id = row.id;
  doc.name = row.name;
  doc.circle = row.circle;
  doc.tie = row.tie;
  doc.status = row.status;
  doc.createdAt = row.created_at;
  doc.updatedAt = row.updated_at;
  doc.version = row.version;
  return doc;
}
