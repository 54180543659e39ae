import { foldAccents } from "@enlist/core";

/**
 * How contacts are matched by a search: core's foldAccents, the fold import de-duplication uses too, so
 * that "sorensen" finds Sørensen in the list exactly when an import would take them for the same person.
 * The stored search text and the query both go through it.
 */
export const searchKey = (text: string): string => foldAccents(text);

/** The fields a contact is found by. */
export const contactSearchText = (c: {
  name: string;
  company?: string | undefined;
  role?: string | undefined;
  email?: string | undefined;
  field?: string | undefined;
}) => searchKey([c.name, c.company, c.role, c.email, c.field].filter(Boolean).join(" "));
