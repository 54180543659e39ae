import type { Ask } from "../schemas/ask";
import type { Contact } from "../schemas/contact";
import type { Pivot } from "../schemas/pivot";

/** The ask each circle is for (§1), before it is right-sized to the relationship (checkAsk, buildMessage). */
export function firstAsk(contact: Contact, pivot: Pivot): Ask {
  const role = pivot.targetRoles[0] ?? pivot.toField;
  switch (contact.circle) {
    case "backers":
      return { kind: "resume-review", specifics: `my résumé for ${role} roles`, format: "async", minutes: 30 };
    case "pathfinders":
      return {
        kind: "call",
        specifics: contact.transition
          ? `how you moved from ${contact.transition.from} to ${contact.transition.to}`
          : `how you moved into ${pivot.toField}`,
        format: "video",
        minutes: 20,
      };
    case "leaders":
      return {
        kind: "questions",
        specifics: `your work${contact.role ? ` as ${contact.role}` : ""} and where ${pivot.toField} is going`,
        format: "async",
        minutes: 10,
        questions: 2,
      };
  }
}
