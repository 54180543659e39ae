import { describe, expect, it } from "vitest";
import { readAsks } from "../lint-message";

const read = (text: string, tie: "stranger" | "friend" = "stranger") =>
  readAsks(text, { channel: "email", circle: "leaders", tie, recipientName: "Sarah Chen" }).map((a) => ({ kind: a.kind, form: a.form, minutes: a.minutes, questions: a.questions, level: a.level }));

describe("readAsks", () => {
  it.each([
    ["a direct question with its size", "Could we hop on a quick 30-minute call next week?", [{ kind: "call", form: "question", minutes: 30, level: "unreasonable" }]],
    ["an indirect request for a reference", "I wondered if you might be willing to serve as a reference for me.", [{ kind: "reference", form: "indirect", level: "unreasonable" }]],
    ["a connection request with the subject dropped", "Would love to connect — I'm exploring a move into UX research.", [{ kind: "connect", form: "indirect", level: null }]],
    ["passing a résumé on is a referral", "Would you pass my resume to your hiring manager?", [{ kind: "referral", form: "question", level: "unreasonable" }]],
    ["small talk is not an ask", "How are you? I hope the move went well.", []],
    ["an offer is not an ask", "I'd be happy to share my notes from the workshop.", []],
    ["a request split over two sentences is one", "Could we talk sometime next month? Fifteen minutes would be plenty.", [{ kind: "call", form: "question", minutes: 15, level: "stretch" }]],
    ["the object in the sentence before", "I'm looking for someone to look over my portfolio. Would you be willing?", [{ kind: "resume-review", form: "indirect", level: "unreasonable" }]],
    ["a job ask read from the request", "If the position is still open, please consider me.", [{ kind: "job", form: "imperative", level: "unreasonable" }]],
    ["asking about a role is not a job ask", "What does your team look for when hiring analysts?", [{ kind: "questions", form: "question", questions: 1, level: "reasonable" }]],
    ["two questions, counted", "May I ask you two quick questions about your research at Duolingo?", [{ kind: "questions", form: "question", questions: 2, level: "reasonable" }]],
  ])("%s", (_name, text, expected) => {
    expect(read(text)).toEqual(expected.map((e) => ({ minutes: undefined, questions: undefined, ...e })));
  });

  it("keeps the topic in the right-sized alternative", () => {
    const [ask] = readAsks("Would you have an hour to talk about how you moved from teaching to UX research?", { channel: "email", circle: "pathfinders", tie: "stranger" });
    expect(ask?.topic).toBe("how you moved from teaching to UX research");
  });

  it("judges the same ask the same way for a friend", () => {
    expect(read("Could we hop on a quick 30-minute call next week?", "friend")).toEqual([{ kind: "call", form: "question", minutes: 30, questions: undefined, level: "reasonable" }]);
  });
});

describe("describeAsk", () => {
  it("says what was read, its size, topic and verdict in words", async () => {
    const { describeAsk } = await import("./describe-ask");
    const [ask] = readAsks("Would you have an hour to talk about how you moved from teaching to UX research?", { channel: "email", circle: "pathfinders", tie: "stranger" });
    expect(ask && describeAsk(ask)).toBe("a call (60 minutes) about how you moved from teaching to UX research — too big for this tie");
  });
});

describe("readAsks: words that are names of things in JavaScript", () => {
  it("reads 'constructor' and 'toString' as plain words", () => {
    expect(readAsks("Could you send two questions from the constructor toString hasOwnProperty team?", { channel: "email", tie: "stranger" }).map((a) => a.kind)).toEqual(["questions"]);
  });
});
