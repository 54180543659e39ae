import { z } from "zod";
import { FIELD_LIMITS } from "./field-limits";
import { CircleId } from "./circle-id";
import { IsoDate } from "./iso-date";
import { Tie } from "./tie";

export const CONTACT_STATUSES = ["new", "researching", "contacted", "engaged", "helped", "paused", "moved-on"] as const;
/** Statuses of people the user has reached: a circle's progress. */
export const REACHED_STATUSES = [
  "contacted",
  "engaged",
  "helped",
] as const satisfies readonly (typeof CONTACT_STATUSES)[number][];
export const ContactStatus = z.enum(CONTACT_STATUSES);
export type ContactStatus = z.infer<typeof ContactStatus>;

// Only the required names are trimmed (to refuse blanks): a trim on every optional field costs the planner
// a tenth of its time over 30,000 contacts, and the API normalises what it stores.
const Text = (max: number) => z.string().max(max);
const Name = (max: number) => z.string().trim().min(1, "must not be empty").max(max);

export const Transition = z.object({
  from: Name(FIELD_LIMITS.contact.transition),
  to: Name(FIELD_LIMITS.contact.transition),
});
export type Transition = z.infer<typeof Transition>;

/** "linkedin.com/in/ana-ruiz" as people copy it from the address bar: the scheme is what is missing. */
const withScheme = (text: string) => {
  const t = text.trim();
  return /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#]|$)/i.test(t) ? `https://${t}` : t;
};
// Only web addresses: a javascript:, data: or vbscript: "URL" becomes a script when a page links to it.
const WebAddress = z
  .string()
  .transform(withScheme)
  .pipe(
    z
      .url({ protocol: /^https?$/, error: "must be a web address, such as https://www.linkedin.com/in/your-name" })
      .max(FIELD_LIMITS.contact.linkedInUrl),
  );

export const Contact = z.object({
  id: z.string().min(1, "must not be empty").max(FIELD_LIMITS.contact.id),
  name: Name(FIELD_LIMITS.contact.name),
  circle: CircleId,
  tie: Tie,
  /**
   * Works at the user's current employer: discretion applies while the user is still employed. Left out,
   * the pivot's currentEmployer and their company decide; false is the user's word that they are not one
   * (someone who has left, a company of the same name), whatever their company says.
   */
  currentColleague: z.boolean().optional(),
  /** The user has told them about the move: they can know, so discretion no longer holds them back. */
  trusted: z.boolean().optional(),
  company: Text(FIELD_LIMITS.contact.company).optional(),
  role: Text(FIELD_LIMITS.contact.role).optional(),
  field: Text(FIELD_LIMITS.contact.field).optional(),
  /** How they are connected to the user: "met at PyCon 2023", "Ana's sister". */
  connection: Text(FIELD_LIMITS.contact.connection).optional(),
  /** For pathfinders: the move they made. */
  transition: Transition.optional(),
  /** For leaders: what they did that the user admires. Empty means they have not been studied yet. */
  researchNotes: Text(FIELD_LIMITS.contact.researchNotes).optional(),
  email: z.email().max(FIELD_LIMITS.contact.email).optional(),
  linkedInUrl: WebAddress.optional(),
  status: ContactStatus.optional(),
  /** When they connected (LinkedIn's "Connected On"), to sort a large import by year. */
  connectedOn: IsoDate.optional(),
  /**
   * Set aside as not relevant to the move: the plan, the follow-ups and the board leave them out until the
   * user restores them. Kept rather than deleted, so that a re-import still recognises them.
   */
  archived: z.boolean().optional(),
  /** For backers: check in every this many weeks. Left out, the tie decides (CHECK_IN_WEEKS). */
  checkInWeeks: z.number().int().min(1).max(52).optional(),
});
export type Contact = z.infer<typeof Contact>;
