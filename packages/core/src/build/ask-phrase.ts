import type { Ask } from "../schemas/ask";

const NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** The subject of an ask, without the size words the right-sizer put in front ("two quick questions about"). */
export function askTopic(ask: Ask): string {
  const text = ask.specifics
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.?!]+$/, "");
  const stripped = text.replace(
    /^(?:(?:a|one|two|three|a few|a couple of)\s+(?:quick\s+)?questions?|an?\s+(?:\w+[- ]minute\s+)?(?:call|chat)|\w+\s+minutes\s+of\s+advice|advice|questions?|my\s+questions?)\s+(?:about|on|regarding)\s+/i,
    "",
  );
  return stripped || text;
}

const count = (n: number) => NUMBERS[n] ?? String(n);

/**
 * The request sentence for each kind of ask, stating its size: two questions, fifteen minutes. Every one is
 * a question, so the linter's `ask-question` is satisfied, and opens with a form it recognises as a request.
 */
export function askSentence(ask: Ask, topic: string, variant: number): string {
  const minutes = ask.minutes;
  const n = ask.questions ?? 2;
  switch (ask.kind) {
    case "questions": {
      // A stated time is said too: five questions read as twenty-five minutes unless the ask says five.
      const time =
        minutes !== undefined && minutes !== n * 5
          ? ` It should take about ${count(minutes)} minute${minutes === 1 ? "" : "s"}.`
          : "";
      return (
        (variant % 2 === 0
          ? `Would you be open to ${n === 1 ? "one quick question" : `${count(n)} quick questions`} about ${topic}?`
          : `May I ask you ${n === 1 ? "one quick question" : `${count(n)} quick questions`} about ${topic}?`) + time
      );
    }
    case "call":
    case "meeting":
      return `Would you be open to a ${minutes ?? 15}-minute call about ${topic}?`;
    case "advice":
    case "mentorship":
      return variant % 2 === 0
        ? `Could I ask for ${minutes ?? 20} minutes of your advice on ${topic}?`
        : `Would you be open to ${minutes ?? 20} minutes of advice on ${topic}?`;
    case "feedback":
      return `Would you have ${minutes ?? 15} minutes to give me feedback on ${topic}?`;
    case "introduction":
      return `Would you be willing to introduce me to ${topic}?`;
    case "resume-review":
      return `Would you have ${minutes ?? 30} minutes to look over ${topic}?`;
    case "referral":
      return `Would you be comfortable referring me for ${topic}?`;
    case "reference":
      return `Would you be willing to be a reference for ${topic}?`;
    case "coffee":
      // The size in the words, so that the linter reads the same ask the builder was given.
      return `Would you like to get a ${minutes ? `${minutes}-minute ` : ""}${ask.format && ask.format !== "in-person" ? "virtual " : ""}coffee sometime in the next few weeks to talk about ${topic}?`;
    case "shadowing":
      return `Would it be possible to shadow you for ${minutes ? `${count(minutes)} minutes` : "part of a day"} to see ${topic}?`;
    case "job":
      return `Would you let me know if an opening for ${topic} comes up on your team?`;
  }
}
