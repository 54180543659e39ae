import { describe, expect, it } from "vitest";
import { readAsks as readAsksResult } from "../lint-message";

/** The asks read, for input these tests know to be valid. */
function readAsks(text: string, context: Parameters<typeof readAsksResult>[1]) {
  const r = readAsksResult(text, context);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const read = (text: string, tie: "stranger" | "friend" = "stranger") =>
  readAsks(text, { channel: "email", circle: "leaders", tie, recipientName: "Sarah Chen" }).map((a) => ({
    kind: a.kind,
    form: a.form,
    minutes: a.minutes,
    questions: a.questions,
    level: a.level,
  }));

describe("readAsks", () => {
  it.each([
    [
      "a direct question with its size",
      "Could we hop on a quick 30-minute call next week?",
      [{ kind: "call", form: "question", minutes: 30, level: "unreasonable" }],
    ],
    [
      "an indirect request for a reference",
      "I wondered if you might be willing to serve as a reference for me.",
      [{ kind: "reference", form: "indirect", level: "unreasonable" }],
    ],
    [
      "a connection request with the subject dropped",
      "Would love to connect — I'm exploring a move into UX research.",
      [{ kind: "connect", form: "indirect", level: null }],
    ],
    [
      "passing a résumé on is a referral",
      "Would you pass my resume to your hiring manager?",
      [{ kind: "referral", form: "question", level: "unreasonable" }],
    ],
    ["small talk is not an ask", "How are you? I hope the move went well.", []],
    ["an offer is not an ask", "I'd be happy to share my notes from the workshop.", []],
    [
      "a request split over two sentences is one",
      "Could we talk sometime next month? Fifteen minutes would be plenty.",
      [{ kind: "call", form: "question", minutes: 15, level: "stretch" }],
    ],
    [
      "the object in the sentence before",
      "I'm looking for someone to look over my portfolio. Would you be willing?",
      [{ kind: "resume-review", form: "indirect", level: "unreasonable" }],
    ],
    [
      "a review of 'it', the résumé named in the sentence before",
      "I've rewritten my résumé for PM roles. Would you be willing to review it and mark what's not working?",
      [{ kind: "resume-review", form: "question", level: "unreasonable" }],
    ],
    [
      "feedback on 'it', the portfolio named before the request",
      "I've attached my portfolio — would you mind going through it and giving me honest feedback?",
      [{ kind: "resume-review", form: "question", level: "unreasonable" }],
    ],
    [
      "'it' with no document of the sender's named is not a review",
      "Your piece on tenant unions was great. Would you be open to two questions about it?",
      [{ kind: "questions", form: "question", questions: 2, level: "reasonable" }],
    ],
    [
      "a meeting already had lends nothing to the next request",
      "Lovely meeting you at the translators' meetup! If you have a sec: was the ATA cert worth it?",
      [{ kind: "questions", form: "question", questions: 1, level: "reasonable" }],
    ],
    [
      "the sender's own chances put as a question is a job ask",
      "Do you know if Verra would take someone like me for the junior analyst role?",
      [{ kind: "job", form: "question", level: "unreasonable" }],
    ],
    [
      "a question with its 'do you' dropped",
      "I'm thinking about the same move — want to get coffee next week?",
      [{ kind: "coffee", form: "question", level: "unreasonable" }],
    ],
    [
      "'wanna', as friends write",
      "wanna grab lunch on friday?",
      [{ kind: "coffee", form: "question", level: "unreasonable" }],
    ],
    [
      "asking the recipient to ask someone else",
      "Would he be up for a 20 min call about how he got into live audio?",
      [{ kind: "call", form: "question", minutes: 20, level: "stretch" }],
    ],
    ["what others want is not a request", "Do they want to get lunch?", []],
    [
      "a time proposed as a question is a request, and a time that 'works for you' is no job",
      "Would a 15-minute call next Tuesday or Wednesday work for you?",
      [{ kind: "call", form: "question", minutes: 15, level: "stretch" }],
    ],
    [
      "…with or without 'for you'",
      "Would a 15-minute call next Tuesday work?",
      [{ kind: "call", form: "question", minutes: 15, level: "stretch" }],
    ],
    [
      "working for them is still a job ask",
      "Could I work for you this summer?",
      [{ kind: "job", form: "question", level: "unreasonable" }],
    ],
    [
      "when to answer is no second ask",
      "Could we have a 20-minute call about SRE hiring? If you could reply by Wednesday, that would be ideal.",
      [{ kind: "call", form: "question", minutes: 20, level: "stretch" }],
    ],
    [
      "someone described as good to ask is not asked",
      "Your neighbour runs admissions at St. Luke's, and he'd be a great person to ask about it. Would you introduce us by email?",
      [{ kind: "introduction", form: "question", level: "unreasonable" }],
    ],
    [
      "the sender's résumé offered on condition of an opening asks to have it passed on",
      "Happy to send my résumé if anything on your team fits.",
      [{ kind: "referral", form: "indirect", level: "unreasonable" }],
    ],
    ["…while a plain offer asks nothing", "Happy to send my notes from the workshop if they'd help.", []],
    [
      "a team open to 'career changers like me' is a job ask",
      "Is your team open to career changers like me for the analyst opening?",
      [{ kind: "job", form: "question", level: "unreasonable" }],
    ],
    [
      "a team 'open to someone like me' is a job ask",
      "Would your team be open to someone like me?",
      [{ kind: "job", form: "question", level: "unreasonable" }],
    ],
    [
      "glad to be considered, with the subject dropped",
      "Happy to be considered for anything at Meridian!",
      [{ kind: "job", form: "indirect", level: "unreasonable" }],
    ],
    [
      "'mind flagging my application', with 'would you' dropped",
      "Mind flagging my application for the team?",
      [{ kind: "referral", form: "question", level: "unreasonable" }],
    ],
    [
      "a foot in the door at a company is a way into it",
      "Is there any way to get my foot in the door at Helix?",
      [{ kind: "job", form: "question", level: "unreasonable" }],
    ],
    [
      "whom a field hires is not a job ask",
      "Two quick questions: do ag companies hire agronomists without coding, and which conference would you go to first?",
      [{ kind: "questions", form: "question", questions: 2, level: "reasonable" }],
    ],
    [
      "how hiring works is not a job ask",
      "How does hiring actually work at state agencies?",
      [{ kind: "questions", form: "question", questions: 1, level: "reasonable" }],
    ],
    [
      "a review of 'it', the portfolio site the sender made",
      "I've put together a portfolio site. Would you have time to go through it and give me feedback?",
      [{ kind: "resume-review", form: "question", level: "unreasonable" }],
    ],
    [
      "a question after a semicolon",
      "You hold both the LLB and a mediation certificate; which of the two opened more doors for you?",
      [{ kind: "questions", form: "question", questions: 1, level: "reasonable" }],
    ],
    [
      "a question after a dash",
      "I'm a nurse moving into informatics - which certification mattered most when you switched?",
      [{ kind: "questions", form: "question", questions: 1, level: "reasonable" }],
    ],
    ["a statement after a semicolon asks nothing", "I have two degrees; both took years?", []],
    [
      "a request in a postscript",
      "Hi Kim,\nGreat to meet you at UXPA.\n\nAll the best,\nDaniela\n\nP.S. Would you be up for a 15-minute call?",
      [{ kind: "call", form: "question", minutes: 15, level: "stretch" }],
    ],
    [
      "time asked for as 'hoping to steal twenty minutes of your time'",
      "I'm hoping to steal twenty minutes of your time this weekend to ask how you got your first clients.",
      [{ kind: "questions", form: "indirect", minutes: 20, level: "stretch" }],
    ],
    [
      "being judged a fit for the role is a job ask",
      "Could we do a quick call so you can tell me whether I'd be a fit for the role?",
      [{ kind: "job", form: "question", level: "unreasonable" }],
    ],
    [
      "'I'd love a shot' is a job ask",
      "If Meridian ever hires career-changers, I'd love a shot.",
      [{ kind: "job", form: "indirect", level: "unreasonable" }],
    ],
    [
      "how they hire, in a 'when you hire' clause, is no job ask",
      "When you hire designers, does a portfolio with two strong projects beat a certificate?",
      [{ kind: "questions", form: "question", questions: 1, level: "reasonable" }],
    ],
    ["a wish that ends 'hoping for' asks nothing", "Your career is the kind of path I'm hoping for.", []],
    [
      "'hoping for' with what is hoped for asks",
      "I'm hoping for fifteen minutes of your advice on moving into QA.",
      [{ kind: "advice", form: "indirect", minutes: 15, level: "stretch" }],
    ],
    ["how a field hires is not a job ask", "Do hospital systems mostly hire from outside?", []],
    [
      "a question put to what the reader knows",
      "In your experience, do hospital systems mostly hire from outside?",
      [{ kind: "advice", form: "question", level: "stretch" }],
    ],
    [
      "'should I…?' asks their advice",
      "Should I email the committee?",
      [{ kind: "questions", form: "question", questions: 1, level: "reasonable" }],
    ],
    [
      "a job ask read from the request",
      "If the position is still open, please consider me.",
      [{ kind: "job", form: "imperative", level: "unreasonable" }],
    ],
    [
      "asking about a role is not a job ask",
      "What does your team look for when hiring analysts?",
      [{ kind: "questions", form: "question", questions: 1, level: "reasonable" }],
    ],
    ["thanks for help already given is not an ask", "I'm so grateful for your help with my portfolio.", []],
    [
      "being grateful in advance is",
      "I'd be grateful for your view on whether a certificate matters.",
      [{ kind: "advice", form: "indirect", level: "stretch" }],
    ],
    [
      "a question about their move is not small talk",
      "How did you move from teaching into research?",
      [{ kind: "questions", form: "question", questions: 1, level: "reasonable" }],
    ],
    ["a question about the move is small talk", "How did the move go?", []],
    [
      "a request that ends in a question mark is a question",
      "I'd love to connect — and may I ask you one question about your research?",
      [{ kind: "questions", form: "question", questions: 1, level: "reasonable" }],
    ],
    [
      "half an hour is thirty minutes",
      "Could we have a call for half an hour about your research?",
      [{ kind: "call", form: "question", minutes: 30, level: "unreasonable" }],
    ],
    [
      "two questions, counted",
      "May I ask you two quick questions about your research at Duolingo?",
      [{ kind: "questions", form: "question", questions: 2, level: "reasonable" }],
    ],
    [
      "a question with its start left off",
      "Free for a 15-minute call next week?",
      [{ kind: "call", form: "question", minutes: 15, level: "stretch" }],
    ],
    ["hoping to hear back is no request", "Hoping to hear back from you soon.", []],
    [
      "'if you ever have' opens a request with its size",
      "If you ever have ten minutes for a call, I'd be grateful to hear which course mattered more.",
      [{ kind: "call", form: "indirect", minutes: 10, level: "stretch" }],
    ],
    [
      "a judgement asked for without 'you'",
      "Is the certification worth the cost?",
      [{ kind: "questions", form: "question", questions: 1, level: "reasonable" }],
    ],
    [
      "the hardest part of a switch is a question, not a job ask",
      "What was the hardest part of your switch?",
      [{ kind: "questions", form: "question", questions: 1, level: "reasonable" }],
    ],
    [
      "a verb with an ending tells, it does not ask",
      "How's the baby?! Sending love. Also, would you be a character reference for my application?",
      [{ kind: "reference", form: "question", level: "unreasonable" }],
    ],
    [
      "help asked for with a bare verb",
      "Help me out with anything you can.",
      [{ kind: "advice", form: "imperative", level: "stretch" }],
    ],
    [
      "questions announced are asked",
      "I'm a lawyer moving into product and I have three short questions about how you made the shift.",
      [{ kind: "questions", form: "indirect", questions: 3, level: "reasonable" }],
    ],
    [
      "questions announced with the subject left off",
      "I interview tomorrow and have a couple of quick questions about S&OP.",
      [{ kind: "questions", form: "indirect", questions: 2, level: "reasonable" }],
    ],
    ["questions of the sender's own are not asked", "I had many questions when I started teaching.", []],
    [
      "the ask named as the ask",
      "I guess what I'm trying to ask is whether you'd be open to a ten-minute call.",
      [{ kind: "call", form: "indirect", minutes: 10, level: "stretch" }],
    ],
    [
      "asked to tell is asked a question, not the drinks of the sentence before",
      "We met at the fintech drinks. Could you tell me whether the case study is in Excel or slides?",
      [{ kind: "questions", form: "question", level: "stretch" }],
    ],
    [
      "a time to answer by is not the ask's size",
      "Would you have 15 minutes for a call? I need to hear back within the next 48 hours.",
      [{ kind: "call", form: "question", minutes: 15, level: "stretch" }],
    ],
    [
      "sending questions asks them",
      "Could I send you three quick questions here?",
      [{ kind: "questions", form: "question", questions: 3, level: "reasonable" }],
    ],
    ["sending notes offers them", "Could I send you my notes from the workshop?", []],
    [
      "sending a résumé asks them to read it, and whether the sender fits is a job ask",
      "I saw the analyst opening on your team. Could I send you my résumé and get your read on whether I'd be a fit?",
      [{ kind: "referral", form: "question", level: "unreasonable" }],
    ],
    [
      "whether the sender fits anything on their team, said as a condition",
      "If you think my background might fit anything on your team, I would love to hear about it.",
      [{ kind: "job", form: "indirect", level: "unreasonable" }],
    ],
    [
      "a question put after the words that announce it",
      "I have a screen at Klarna and wanted to ask: did your team's SQL test use window functions?",
      [{ kind: "questions", form: "question", level: "stretch" }],
    ],
    [
      "their read on something is their advice",
      "Could we do a 15-minute call this week? I'm new to the field and I'd value your read on the team.",
      [{ kind: "call", form: "question", minutes: 15, level: "stretch" }],
    ],
    [
      "grateful to get their view asks for it",
      "I'd be grateful to get your perspective on moving from the army into health logistics.",
      [{ kind: "advice", form: "indirect", level: "stretch" }],
    ],
    ["a need of the sender's asks nothing of the reader", "I need a real project for my portfolio.", []],
    [
      "a favour needed is asked",
      "I need a favour: could you introduce me to Dana Wu?",
      [{ kind: "introduction", form: "question", level: "unreasonable" }],
    ],
    ["hoping to see them again is a pleasantry", "Either way, I hope to see you at the next breakfast.", []],
    ["so good to see them is a pleasantry", "So good to see you at the harbour clean-up on Saturday!", []],
    [
      "a draft of the sender's, a few words after 'my'",
      "Would you be willing to read my first grant application draft and mark it up?",
      [{ kind: "resume-review", form: "question", level: "unreasonable" }],
    ],
    [
      "a look with nothing after it is at the document named before",
      "I've rewritten my résumé three times. Would you be willing to take a look and tell me what to cut?",
      [{ kind: "resume-review", form: "question", level: "unreasonable" }],
    ],
    [
      "whether their team would consider someone like the sender is a job ask",
      "Could you tell me whether your team would consider someone without MSL experience?",
      [{ kind: "job", form: "question", level: "unreasonable" }],
    ],
    [
      "the questions announced, then asked in a numbered list",
      "I have two questions, if you're willing to answer by email:\n1. Did you retrain formally or learn on the job?\n2. Did clients mind the background?",
      [{ kind: "questions", form: "indirect", questions: 2, level: "reasonable" }],
    ],
    [
      "a way out first, and the request after it",
      "Two favours, feel free to say no to either: would you be a reference for my applications?",
      [{ kind: "reference", form: "question", level: "unreasonable" }],
    ],
    ["asked how the new role is going is small talk", "How are you finding the new role?", []],
    [
      "a reference document asked about is no reference",
      "Do you know if the 2022 groundwater plan is still the reference document?",
      [{ kind: "questions", form: "question", questions: 1, level: "reasonable" }],
    ],
    [
      "hoping to grab lunch proposes it",
      "Hope we can grab lunch sometime!",
      [{ kind: "coffee", form: "indirect", level: "unreasonable" }],
    ],
    ["hoping to stay in touch asks nothing in particular", "Hope we can stay in touch!", []],
    [
      "to be hosted as an intern is a job ask",
      "Would you be willing to host me as a SkillBridge intern on your supply chain team?",
      [{ kind: "job", form: "question", level: "unreasonable" }],
    ],
    [
      "how often, said of the topic, is not the ask's",
      "Could I ask you two quick questions about the weekly workload?",
      [{ kind: "questions", form: "question", questions: 2, level: "reasonable" }],
    ],
    ["saying what one is not looking for asks nothing", "I'm not looking for a job from you.", []],
    [
      "whether the sender's background fits into their organization is a job ask",
      "I'd welcome the opportunity to discuss how my background might fit into your organization.",
      [{ kind: "job", form: "indirect", level: "unreasonable" }],
    ],
    [
      "reconnecting is connecting",
      "I've left banking for nonprofit finance and would love to reconnect.",
      [{ kind: "connect", form: "indirect", level: null }],
    ],
    [
      "putting a name forward is a referral",
      "Would you be comfortable putting my name forward?",
      [{ kind: "referral", form: "question", level: "unreasonable" }],
    ],
    [
      "a case study named before the request to review it",
      "I've just finished my first case study. Would you be willing to review it and give me honest feedback?",
      [{ kind: "resume-review", form: "question", level: "unreasonable" }],
    ],
    [
      "a request put as a hope about someone like them",
      "I'm hoping someone who has made the move could tell me whether the diploma was worth it.",
      [{ kind: "questions", form: "indirect", level: "stretch" }],
    ],
    [
      "wondering, a few words before whether",
      "I kept wondering after our talk whether you'd be willing to tell me if the course was worth it.",
      [{ kind: "questions", form: "indirect", level: "stretch" }],
    ],
    ["please written short", "pls refer me", [{ kind: "referral", form: "imperative", level: "unreasonable" }]],
    [
      "the questions first, then whether it is ok to ask",
      "Two questions about your switch to public health, ok to ask here?",
      [{ kind: "questions", form: "question", questions: 2, level: "reasonable" }],
    ],
    [
      "a wish put plainly",
      "I just want to hear your thoughts on the bootcamp.",
      [{ kind: "advice", form: "indirect", level: "stretch" }],
    ],
  ])("%s", (_name, text, expected) => {
    expect(read(text)).toEqual(expected.map((e) => ({ minutes: undefined, questions: undefined, ...e })));
  });

  it("takes whom to meet from the sentence before an introduction that names nobody", () => {
    const context = { channel: "email", circle: "backers", tie: "friend" } as const;
    const [ask] = readAsks(
      "You mentioned knowing Daniel Cho on the policy team. Would you be willing to introduce me by email?",
      context,
    );
    expect(ask?.kind).toBe("introduction");
    expect(ask?.text).toContain("Daniel Cho");
    // The sender's own name says nothing of whom to meet.
    const [own] = readAsks("I'm Jenna Ortiz, a litigator. Would you be willing to introduce me by email?", context);
    expect(own?.text).not.toContain("Jenna Ortiz");
  });

  it("takes whom to meet from the words before a request that says 'him' or 'her'", () => {
    const [ask] = readAsks(
      "Your dad runs that fabrication shop, and I wondered if you could put me in touch with him.",
      { channel: "email", circle: "backers", tie: "friend" },
    );
    expect(ask?.kind).toBe("introduction");
    expect(ask?.text).toContain("Your dad");
    expect(ask?.level).toBe("reasonable");
  });

  it("reads the meeting wished for and the introduction asked for as one request", () => {
    const asks = readAsks("I'd really like to meet your CTO. Could you introduce me?", {
      channel: "email",
      circle: "leaders",
      tie: "weak",
    });
    expect(asks.map((a) => a.kind)).toEqual(["introduction"]);
    expect(asks[0]?.text).toContain("your CTO");
  });

  it("ends the topic where the sentence goes on about the asking", () => {
    const [ask] = readAsks("Any advice on building a first portfolio would mean a lot.", {
      channel: "email",
      tie: "stranger",
    });
    expect(ask?.topic).toBe("building a first portfolio");
  });

  it("reads an introduction asked of a current colleague as telling them of the move", () => {
    const context = { channel: "email", tie: "friend", currentColleague: true, stillEmployed: true } as const;
    const [ask] = readAsks("Could you introduce me to Priya Raman at Duolingo?", context);
    expect(ask?.level).toBe("unreasonable");
  });

  it("keeps the topic in the right-sized alternative", () => {
    const [ask] = readAsks("Would you have an hour to talk about how you moved from teaching to UX research?", {
      channel: "email",
      circle: "pathfinders",
      tie: "stranger",
    });
    expect(ask?.topic).toBe("how you moved from teaching to UX research");
  });

  it("judges the same ask the same way for a friend", () => {
    expect(read("Could we hop on a quick 30-minute call next week?", "friend")).toEqual([
      { kind: "call", form: "question", minutes: 30, questions: undefined, level: "reasonable" },
    ]);
  });
});

describe("readAsks: bad input", () => {
  it("is a result naming the field, never a throw", () => {
    expect(readAsksResult(42, { channel: "email" })).toMatchObject({
      ok: false,
      error: { issues: [{ path: "text" }] },
    });
    expect(readAsksResult("Hi", { channel: "email", tie: "buddy" })).toMatchObject({
      ok: false,
      error: { issues: [{ path: "context.tie" }] },
    });
  });
});

describe("describeAsk", () => {
  it("says what was read, its size, topic and verdict in words", async () => {
    const { describeAsk } = await import("./describe-ask");
    const [ask] = readAsks("Would you have an hour to talk about how you moved from teaching to UX research?", {
      channel: "email",
      circle: "pathfinders",
      tie: "stranger",
    });
    expect(ask && describeAsk(ask)).toBe(
      "a call (60 minutes) about how you moved from teaching to UX research — unreasonable",
    );
  });
});

describe("readAsks: words that are names of things in JavaScript", () => {
  it("reads 'constructor' and 'toString' as plain words", () => {
    expect(
      readAsks("Could you send two questions from the constructor toString hasOwnProperty team?", {
        channel: "email",
        tie: "stranger",
      }).map((a) => a.kind),
    ).toEqual(["questions"]);
  });
});
