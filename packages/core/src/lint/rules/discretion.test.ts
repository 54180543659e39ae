import { describe } from "vitest";
import { discretion } from "./discretion";
import { lintTable } from "./lint-table";

const colleague = {
  tie: "friend" as const,
  circle: "backers" as const,
  currentColleague: true,
  stillEmployed: true,
  recipientName: "Raj",
};

describe("discretion", () => {
  lintTable(discretion, [
    {
      name: "work talk with a colleague",
      text: "Hi Raj, could you share the Q3 onboarding deck?",
      context: colleague,
      expect: [],
    },
    {
      name: "a colleague after the user has left",
      text: "I'm leaving teaching for ID!",
      context: { ...colleague, stillEmployed: false },
      expect: [],
    },
    {
      name: "a friend who is not a colleague",
      text: "I'm leaving teaching!",
      context: { ...colleague, currentColleague: false },
      expect: [],
    },
    {
      name: "leaving",
      text: "Hi Raj, between us, I'm leaving at the end of the year.",
      context: colleague,
      expect: ["error"],
      at: "leaving",
    },
    {
      name: "job search and new career",
      text: "My job search for a new career is going slowly.",
      context: colleague,
      expect: ["error", "error"],
      at: "job search",
    },
    {
      name: "a postscript is the message",
      text: "Could you send the Q3 deck?\n\nThanks,\nAna\n\nP.S. Between us, I've started interviewing elsewhere.",
      context: colleague,
      expect: ["error"],
      at: "interviewing",
    },
    {
      name: "a signature is not the message",
      text: "Could you send the deck?\n\nThanks,\nAna\nSent from my phone — pivoting to a new career soon",
      context: colleague,
      expect: [],
    },
  ]);
});
