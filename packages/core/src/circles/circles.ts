import type { AskKind } from "../schemas/ask";
import type { CircleId } from "../schemas/circle-id";
import { TIARA_QUESTIONS } from "./tiara";

export interface Circle {
  id: CircleId;
  name: string;
  who: string;
  purpose: string;
  approach: string;
  /** Kinds of ask that fit a first contact, smallest first. */
  firstContactAsks: readonly AskKind[];
  /** Starter questions for this circle. */
  questionBank: readonly string[];
}

const tiara = Object.values(TIARA_QUESTIONS).flat();

export const CIRCLES: Readonly<Record<CircleId, Circle>> = {
  backers: {
    id: "backers",
    name: "Backers",
    who: "People who will always have your back: close friends, family, trusted professional contacts.",
    purpose: "Open doors and give honest feedback while you change fields.",
    approach:
      "Be open and genuine about your plans — except with direct colleagues while you are still employed: there, be discreet.",
    firstContactAsks: ["introduction", "advice", "resume-review", "feedback"],
    questionBank: [
      "Who is the one person in {toField} you think I should talk to, and would you introduce me?",
      "Would you read my résumé and tell me what a {toField} hiring manager would question?",
      "What do you see as my strongest skill for {toField} work?",
      "Which of my past projects would you lead with if you were me?",
    ],
  },
  leaders: {
    id: "leaders",
    name: "Leaders",
    who: "People who are excelling in the field you want to enter.",
    purpose: "Learn what excellent looks like in the field and where it is going.",
    approach:
      "Study them first. Then introduce yourself with a short note: a compliment on something specific they did, one or two sentences on why you are writing, and a simple, quick favour. Never ambush them.",
    firstContactAsks: ["questions"],
    questionBank: tiara,
  },
  pathfinders: {
    id: "pathfinders",
    name: "Pathfinders",
    who: "People who already made a transition like yours (from field X to field Y).",
    purpose: "Borrow their game plan: what worked, what they would skip, the pitfalls.",
    approach:
      "Find them (LinkedIn search by former and current role), then approach in a genuine, curious way that does not ask for hours of their time.",
    firstContactAsks: ["questions", "call"],
    questionBank: [
      "What was the single most useful step in your move from {fromField} to {toField}?",
      "What would you skip if you made the move again?",
      "Which opportunities did you find that you had not expected?",
      "Which pitfall should I watch for in my first six months?",
      "How did you explain your background in your first interviews?",
    ],
  },
};

/** A question from a circle's bank with the pivot's fields filled in. */
export function fillQuestion(question: string, pivot: { fromField: string; toField: string }): string {
  return question.replaceAll("{fromField}", pivot.fromField).replaceAll("{toField}", pivot.toField);
}
