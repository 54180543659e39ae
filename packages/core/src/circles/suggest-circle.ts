import { z } from "zod";
import { parseArgs, type Result } from "../result";
import type { CircleId } from "../schemas/circle-id";
import { Contact } from "../schemas/contact";
import { Pivot } from "../schemas/pivot";
import { fieldMatcher, namesAField, type FieldHit } from "./field-matcher";
import { headlineParts, titleOf } from "./read-headline";
import { isLearning, isRecognition, seniorityOf } from "./seniority";

export interface CircleSuggestion {
  /**
   * The circle they belong in, or null when none fits yet: neither a leader nor a pathfinder for this pivot,
   * nor a close tie or a friend. The reason says why; the caller decides where such a contact goes.
   */
  circle: CircleId | null;
  reason: string;
  /** How sure the suggestion is: "high" when the data says so directly. */
  confidence: "high" | "medium" | "low";
}

/**
 * Contact fields a suggestion can use; import rows have no circle or tie yet. `headline` is a profile's
 * headline when the caller has one beside the role; the role is read the same way, since in LinkedIn's
 * export the position is whatever the person wrote ("UX Researcher | ex-teacher").
 */
const ContactFacts = Contact.partial()
  .required({ name: true })
  .extend({ headline: z.string().max(2000).optional() });
type ContactFacts = z.infer<typeof ContactFacts>;

type Suggester = (person: ContactFacts) => CircleSuggestion;

const suggestion = (
  circle: CircleId | null,
  reason: string,
  confidence: CircleSuggestion["confidence"],
): CircleSuggestion => ({ circle, reason, confidence });

/** Builds the suggestion for one pivot: its fields' matchers are made once, for every contact after. */
function suggesterFor(pivot: Pivot): Suggester {
  const { fromField, toField, targetRoles } = pivot;
  const inTarget = fieldMatcher([toField, ...targetRoles]);
  const inFrom = fieldMatcher([fromField]);

  return (person) => {
    const { name } = person;
    const headline = headlineParts(person.headline);
    const role = headlineParts(person.role);
    const current = [...headline.current, ...role.current, ...(person.field ? [person.field] : [])];
    const past = [...headline.past, ...role.past];
    if (person.transition) {
      past.push(person.transition.from);
      current.push(person.transition.to);
    }

    // The title decides, not the employer after "at": "Google Health" says nothing of the work done there.
    const inField: { title: string; hit: FieldHit }[] = [];
    for (const part of current) {
      const title = titleOf(part);
      const hit = inTarget(title);
      if (hit) inField.push({ title, hit });
    }
    const title = inField[0]?.title;
    // A past in the target field is a career in it, not a move into it; an employer alone is no move either.
    let move: string | undefined;
    for (const p of past) {
      if (inTarget(p) !== undefined) continue;
      if (inFrom(p) !== undefined) {
        move = p;
        break;
      }
      if (move === undefined && namesAField(p)) move = p;
    }

    if (person.tie === "close") {
      return suggestion("backers", `${name} is a close tie: someone who has your back.`, "high");
    }
    if (person.tie === "friend") {
      const also = title && move ? ` They also moved from ${move} to ${title}: ask them about it.` : "";
      return suggestion("backers", `${name} is a friend who can open doors.${also}`, "medium");
    }

    if (title && move) {
      return inFrom(move)
        ? suggestion("pathfinders", `${name} moved from ${move} to ${title}, the move you are making.`, "high")
        : suggestion("pathfinders", `${name} changed fields into ${toField}: from ${move} to ${title}.`, "medium");
    }

    if (title) {
      const learning = current.some(isLearning);
      const grades = inField.map((f) => seniorityOf(f.title, f.hit.words));
      if (grades.includes("senior") && !learning)
        return suggestion("leaders", `${name} is senior in ${toField} (${title}).`, "high");
      if (learning || grades.includes("junior")) {
        return suggestion(
          null,
          `${name} is starting out in ${toField} (${title}): not a leader yet, and no move into it is known.`,
          "medium",
        );
      }
      if (current.some(isRecognition))
        return suggestion("leaders", `${name} works in ${toField} (${title}) and others learn from them.`, "medium");
      return suggestion(
        "leaders",
        `${name} works in ${toField} (${title}), though nothing says senior: study their work before you decide.`,
        "low",
      );
    }

    const formerLeader = past.find((p) => inTarget(p) !== undefined && seniorityOf(p) === "senior");
    // Unless they now do other work: a former CHRO who writes and speaks on HR still leads in it.
    if (formerLeader && !current.some((p) => !isRecognition(p) && namesAField(p))) {
      return suggestion("leaders", `${name} was senior in ${toField} (${formerLeader}).`, "medium");
    }

    const now = current.map(titleOf).find((t) => t !== "");
    const aspiring = headline.aspiring[0] ?? role.aspiring[0];
    if (aspiring && !now) {
      return suggestion(
        null,
        `${name} is aiming for a new field too (${aspiring}), not yet working in it: no leader or pathfinder yet.`,
        "medium",
      );
    }
    if (move && now) return suggestion(null, `${name} moved from ${move} to ${now}, not into ${toField}.`, "medium");
    if (now && inFrom(now))
      return suggestion(
        null,
        `${name} works in ${fromField} (${now}), as you do now: no leader or pathfinder for ${toField}.`,
        "medium",
      );
    if (now)
      return suggestion(null, `${name} works outside ${toField} (${now}), with no move into it known.`, "medium");
    if (past[0])
      return suggestion(null, `Nothing says ${name} works in ${toField} now (formerly ${past[0]}).`, "medium");
    return suggestion(null, `Nothing is known of ${name}'s work yet: add their role or headline to place them.`, "low");
  };
}

// An import asks for thousands of suggestions against one pivot: the last pivot's suggester is kept.
let last: { key: string; suggest: Suggester } | undefined;

function suggesterOf(pivot: Pivot): Suggester {
  const key = `${pivot.fromField}\u0000${pivot.toField}\u0000${pivot.targetRoles.join("\u0000")}`;
  if (last?.key !== key) last = { key, suggest: suggesterFor(pivot) };
  return last.suggest;
}

/**
 * Which circle a contact belongs in, from what is known of them and of the user's pivot: a close tie or a
 * friend is a backer; someone now in the target field who came from another line of work is a pathfinder
 * (surely when it was the user's own field); someone senior in the target field is a leader. Their headline
 * or role is read for moves ("ex-teacher", "Teacher → UX Researcher", "Now: …, previously …") and rank,
 * which counts only within the target field. Anyone else gets `circle: null`, with the reason.
 */
export function suggestCircle(contact: unknown, pivot: unknown): Result<CircleSuggestion> {
  const args = parseArgs({ contact: [ContactFacts, contact], pivot: [Pivot, pivot] });
  if (!args.ok) return args;
  return { ok: true, value: suggesterOf(args.value.pivot)(args.value.contact) };
}
