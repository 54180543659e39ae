/** The import button's words, and why it cannot be pressed when there is nothing to do. */
export interface ImportAction {
  label: string;
  /** Null when there is something to import; otherwise the sentence shown beside the disabled button. */
  reason: string | null;
}

const contacts = (n: number) => `${n} contact${n === 1 ? "" : "s"}`;

/**
 * `create` new contacts and `update` stored ones (the file's changes, and namesakes merged into them);
 * `unchanged` rows that are someone stored with nothing new.
 */
export function importAction({
  create,
  update,
  unchanged,
}: {
  create: number;
  update: number;
  unchanged: number;
}): ImportAction {
  if (create > 0 && update > 0) return { label: `Import ${contacts(create)}, update ${update}`, reason: null };
  if (create > 0) return { label: `Import ${contacts(create)}`, reason: null };
  if (update > 0) return { label: `Update ${contacts(update)}`, reason: null };
  return {
    label: "Import 0 contacts",
    reason:
      unchanged > 0
        ? "Nothing to import: everyone in this file is already in Enlist, and nothing about them has changed."
        : "Nothing to import: every row of this file is left out.",
  };
}

const FIELD_WORDS: Record<string, string> = {
  company: "company",
  role: "role",
  email: "e-mail",
  linkedInUrl: "LinkedIn profile",
  name: "name",
};
export const fieldWord = (field: string) => FIELD_WORDS[field] ?? field;

/** "3 new, 2 updated (company, role), 8 unchanged": the fields named in the order they first change. */
export function summaryLine(
  create: number,
  updates: readonly { changes: readonly { field: string }[] }[],
  unchanged: number,
): string {
  const fields = [...new Set(updates.flatMap((u) => u.changes.map((c) => fieldWord(c.field))))];
  return `${create} new, ${updates.length} updated${fields.length ? ` (${fields.join(", ")})` : ""}, ${unchanged} unchanged`;
}
