import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintMessage } from "../lint/lint-message";
import { LIMITS } from "../lint/rules/channel-limit";
import { ASK_KINDS } from "../schemas/ask";
import { TIES } from "../schemas/tie";
import { buildMessage } from "./build-message";

const leaderInput = {
  recipient: {
    name: "Sarah Chen",
    circle: "leaders",
    tie: "stranger",
    compliment: "talk on microlearning at DevLearn 2025",
  },
  sender: { name: "Ana Ruiz", pivot: { fromField: "teaching", toField: "instructional design" } },
  ask: { kind: "questions", specifics: "how you built your first portfolio", questions: 2 },
  channel: "email",
} as const;

function build(input: unknown) {
  const r = buildMessage(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("buildMessage", () => {
  it("composes an e-mail from its parts, with their ranges", () => {
    const m = build(leaderInput);
    expect(m.subject).toBeTruthy();
    expect(m.parts.map((p) => p.name)).toEqual([
      "greeting",
      "compliment",
      "reason",
      "ask",
      "easy-out",
      "thanks",
      "sign-off",
    ]);
    for (const p of m.parts) expect(m.body.slice(p.start, p.end).length).toBe(p.end - p.start);
    expect(m.body.slice(m.parts[0]?.start, m.parts[0]?.end)).toMatch(/Sarah/);
    expect(m.body.slice(m.parts[3]?.start, m.parts[3]?.end)).toMatch(
      /two quick questions about how you built your first portfolio\?$/,
    );
    expect(m.body.endsWith("Ana Ruiz")).toBe(true);
  });

  it("writes a subject that fits the inbox without cutting it short", () => {
    const long = {
      ...leaderInput,
      ask: {
        ...leaderInput.ask,
        specifics: "how you moved from classroom teaching into instructional design for hospital training teams",
      },
    };
    const fields = {
      ...long,
      sender: {
        ...long.sender,
        pivot: { fromField: "teaching", toField: "learning experience design for regulated healthcare organisations" },
      },
    };
    for (const input of [long, fields]) {
      for (let seed = 0; seed < 8; seed++) {
        const subject = build({ ...input, seed }).subject ?? "";
        expect(subject.length, subject).toBeLessThanOrEqual(60);
        expect(subject).not.toMatch(/…|\.\.\.$/);
      }
    }
    expect(build({ ...fields, seed: 1 }).subject).toBe("A quick question");
  });

  it("passes its own linter cleanly for a model input", () => {
    const m = build(leaderInput);
    const r = lintMessage(m.body, m.context);
    expect(r.ok && r.value.findings).toEqual([]);
  });

  it("different seeds give different phrasings; the same seed the same message", () => {
    const bodies = new Set(Array.from({ length: 12 }, (_, seed) => build({ ...leaderInput, seed }).body));
    expect(bodies.size).toBeGreaterThan(4);
    expect(build({ ...leaderInput, seed: 5 })).toEqual(build({ ...leaderInput, seed: 5 }));
  });

  it("right-sizes an ask too big for the relationship", () => {
    const m = build({ ...leaderInput, ask: { kind: "resume-review", specifics: "my résumé" } });
    expect(m.rightSized).toBe(true);
    expect(m.ask.kind).toBe("questions");
    expect(m.body).not.toMatch(/look over/);
  });

  it("keeps a reasonable ask as it is", () => {
    const m = build({
      ...leaderInput,
      recipient: { name: "Jess", circle: "backers", tie: "close" },
      ask: { kind: "resume-review", specifics: "my résumé for ID roles" },
    });
    expect(m.rightSized).toBe(false);
    expect(m.body).toMatch(/look over my résumé for ID roles\?/);
  });

  it("fits a LinkedIn connection note, dropping optional parts first", () => {
    const m = build({ ...leaderInput, channel: "linkedin-note", linkedInFreeAccount: true });
    expect(m.body.length).toBeLessThanOrEqual(LIMITS.connectionNoteFree);
    expect(m.parts.map((p) => p.name)).toContain("ask");
    expect(m.parts.map((p) => p.name)).not.toContain("thanks");
    expect(m.subject).toBeUndefined();
  });

  it("says nothing about leaving to a current colleague", () => {
    const m = build({
      ...leaderInput,
      recipient: { name: "Raj Patel", circle: "backers", tie: "friend", currentColleague: true },
      sender: { name: "Dee", pivot: { fromField: "teaching", toField: "instructional design", stillEmployed: true } },
      ask: { kind: "advice", specifics: "running onboarding workshops", minutes: 20 },
    });
    expect(m.body).not.toMatch(/moving|transition|instructional design/i);
  });

  it("names the field when user text would make the message wrong", () => {
    const r = buildMessage({
      ...leaderInput,
      recipient: { ...leaderInput.recipient, compliment: "talk at [CONFERENCE]" },
    });
    expect(r).toMatchObject({ ok: false, error: { issues: [{ path: "recipient.compliment" }] } });
    const r2 = buildMessage({
      ...leaderInput,
      ask: { kind: "questions", specifics: "whether you are hiring and could refer me" },
    });
    expect(r2).toMatchObject({ ok: false, error: { issues: [{ path: "ask.specifics" }] } });
  });

  it("rejects invalid input by naming the field", () => {
    expect(buildMessage({ ...leaderInput, channel: "pigeon" })).toMatchObject({
      ok: false,
      error: { issues: [{ path: "channel" }] },
    });
    expect(buildMessage({ ...leaderInput, recipient: { ...leaderInput.recipient, name: "123" } })).toMatchObject({
      ok: false,
      error: { issues: [{ path: "recipient.name" }] },
    });
    expect(buildMessage(null).ok).toBe(false);
  });
});

const NAMES = [
  "Sarah Chen",
  "José Núñez",
  "Dr. Marcus Webb",
  "Ana",
  "Zoë O'Brien-Smith",
  "李小龍",
  "Mary Ann Lee",
  "Ngozi Okonjo-Iweala",
];
/** Topics a person would write; none of them is itself a big ask, so every message built on them must succeed. */
const TOPICS = [
  "how you built your first portfolio",
  "storyboarding tools",
  "my résumé for ID roles",
  "Priya Raman at Duolingo",
  "moving from nursing into UX research",
  "the learning-science reading list you mentioned",
  "whether a bootcamp was worth it",
];
/** Topics that smuggle a big ask or a job ask into the text: the builder must refuse them by name, or cope. */
const LOADED = [
  "an introduction to Priya Raman at Duolingo",
  "whether you could refer me",
  "grabbing a coffee downtown",
  "any openings on your team",
];
const COMPLIMENTS = [
  "talk on microlearning at DevLearn 2025",
  "article “Designing for Busy Learners”",
  "podcast episode about spaced repetition",
  "redesign of the Duolingo onboarding flow",
];
const CONNECTIONS = ["we met at PyCon 2024", "Priya Raman suggested I write to you", "we were both at Lincoln High"];
const FIELDS = ["teaching", "nursing", "accounting", "retail management", "the army"];
const word = fc.stringMatching(/^[a-z]{2,9}$/);
const phrase = (pool: string[]) =>
  fc.oneof(
    fc.constantFrom(...pool),
    fc.array(word, { minLength: 2, maxLength: 12 }).map((w) => w.join(" ")),
  );

const arbInput = (topics: string[]) =>
  fc.record(
    {
      recipient: fc.record(
        {
          name: fc.oneof(
            fc.constantFrom(...NAMES),
            word.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
          ),
          circle: fc.constantFrom("backers", "leaders", "pathfinders"),
          tie: fc.constantFrom(...TIES),
          connection: phrase(CONNECTIONS),
          compliment: phrase(COMPLIMENTS),
          transition: fc.record({
            from: fc.constantFrom(...FIELDS),
            to: fc.constantFrom("UX research", "instructional design"),
          }),
          currentColleague: fc.boolean(),
        },
        { requiredKeys: ["name", "circle", "tie"] },
      ),
      sender: fc.record(
        {
          name: fc.constantFrom("Ana Ruiz", "Tom", "Mei Lin"),
          pivot: fc.record({
            fromField: fc.constantFrom(...FIELDS),
            toField: fc.constantFrom("UX research", "instructional design", "data analysis"),
            stillEmployed: fc.boolean(),
          }),
        },
        { requiredKeys: ["name"] },
      ),
      ask: fc.record(
        {
          kind: fc.constantFrom(...ASK_KINDS),
          specifics: phrase(topics),
          minutes: fc.integer({ min: 5, max: 600 }),
          questions: fc.integer({ min: 1, max: 6 }),
          format: fc.constantFrom("async", "call", "video", "in-person"),
          recurring: fc.boolean(),
        },
        { requiredKeys: ["kind", "specifics"] },
      ),
      channel: fc.constantFrom("email", "linkedin-note", "linkedin-message", "text"),
      tone: fc.constantFrom("warm", "professional"),
      seed: fc.nat(),
      linkedInFreeAccount: fc.boolean(),
    },
    { requiredKeys: ["recipient", "sender", "ask", "channel"] },
  );

describe("buildMessage: properties", () => {
  it("no valid input ever produces a message with an error finding, and every note fits", () => {
    fc.assert(
      fc.property(arbInput(TOPICS), (input) => {
        const r = buildMessage(input);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const lint = lintMessage(r.value.body, r.value.context);
        expect(lint.ok && lint.value.findings.filter((f) => f.severity === "error")).toEqual([]);
        if (input.channel === "linkedin-note") {
          expect(r.value.body.length).toBeLessThanOrEqual(
            input.linkedInFreeAccount ? LIMITS.connectionNoteFree : LIMITS.connectionNote,
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it("text that would make an error is refused by the field it came from, never passed through", () => {
    const fields = new Set([
      "ask.specifics",
      "recipient.compliment",
      "recipient.connection",
      "recipient.name",
      "sender.name",
      "sender.pivot",
    ]);
    fc.assert(
      fc.property(arbInput([...TOPICS, ...LOADED]), (input) => {
        const r = buildMessage(input);
        if (!r.ok) {
          expect(fields.has(r.error.issues[0]?.path ?? "")).toBe(true);
          return;
        }
        const lint = lintMessage(r.value.body, r.value.context);
        expect(lint.ok && lint.value.findings.filter((f) => f.severity === "error")).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
