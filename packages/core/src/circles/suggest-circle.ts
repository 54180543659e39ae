import { parseArgs, type Result } from "../result";
import type { CircleId } from "../schemas/circle-id";
import { Contact } from "../schemas/contact";
import { Pivot } from "../schemas/pivot";
import { isSenior, mentionsField } from "./field-match";

export interface CircleSuggestion {
  circle: CircleId;
  reason: string;
  /** How sure the suggestion is: "high" when the data says so directly. */
  confidence: "high" | "medium" | "low";
}

/** Contact fields a suggestion can use; import rows have no circle or tie yet. */
const ContactFacts = Contact.partial().required({ name: true });

/** Which circle a contact belongs in, from what is known of them and of the user's pivot. */
export function suggestCircle(contact: unknown, pivot: unknown): Result<CircleSuggestion> {
  const args = parseArgs({ contact: [ContactFacts, contact], pivot: [Pivot, pivot] });
  if (!args.ok) return args;
  const person = args.value.contact;
  const { fromField, toField, targetRoles } = args.value.pivot;
  const inTarget = (text: string | undefined) => mentionsField(text, toField) || targetRoles.some((r) => mentionsField(text, r));
  const work = [person.field, person.role, person.company].filter(Boolean).join(" ");

  if (person.tie === "close") {
    return { ok: true, value: { circle: "backers", reason: `${person.name} is a close tie: someone who has your back.`, confidence: "high" } };
  }
  if (person.transition && mentionsField(person.transition.from, fromField) && inTarget(person.transition.to)) {
    return {
      ok: true,
      value: {
        circle: "pathfinders",
        reason: `${person.name} moved from ${person.transition.from} to ${person.transition.to}, the move you are making.`,
        confidence: "high",
      },
    };
  }
  if (person.transition && inTarget(person.transition.to)) {
    return {
      ok: true,
      value: { circle: "pathfinders", reason: `${person.name} changed fields into ${person.transition.to}.`, confidence: "medium" },
    };
  }
  if (inTarget(work) && isSenior(person.role)) {
    return {
      ok: true,
      value: { circle: "leaders", reason: `${person.name} is senior in ${toField} (${person.role}).`, confidence: "high" },
    };
  }
  if (person.tie === "friend") {
    return { ok: true, value: { circle: "backers", reason: `${person.name} is a friend who can open doors.`, confidence: "medium" } };
  }
  if (inTarget(work)) {
    return {
      ok: true,
      value: { circle: "leaders", reason: `${person.name} works in ${toField}; study their work before reaching out.`, confidence: "medium" },
    };
  }
  return {
    ok: true,
    value: { circle: "backers", reason: `${person.name} knows you but not ${toField}; they may know someone who does.`, confidence: "low" },
  };
}
