// What a web app pays, in gzipped JavaScript, to import one function from the built package: a budget
// that fails the build when it is crossed, as zod keeps for itself. Raise a budget only with a comment
// on why it moved.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));

async function gzippedSize(source: string): Promise<number> {
  const result = await build({
    stdin: { contents: source, resolveDir: packageRoot },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length;
}

describe("bundle size of @enlist/core (dist, minified, gzip)", () => {
  // The design's budget is 15 KB, and the linter checks its inputs without full zod for it. Raised to 26 KB
  // when the linter began reading asks (its own lexicon and request forms, ~7 KB), judging them with
  // checkAsk's rules and right-sizing (~5 KB) and checking follow-ups: 25.1 KB measured. Over the design's
  // budget until the reader's request patterns are made data instead of code. Raised to 26.2 KB when
  // foldAccents took in the letters Unicode does not decompose (ø, æ, ß…: 0.12 KB), so that the API's search
  // and import de-duplication fold alike: 26.1 KB measured. Lowered to 25.2 KB (issue 11, item 9) by making the
  // ask reader smaller without changing what it reads: its word lists written as space-separated strings and
  // its chains of === as lists of words, its tags an enum the bundler writes as numbers, and four tag lists
  // that nothing read (praise, work, pressure, vague) taken out: 25.1 KB measured (26.1 KB before). Still over
  // the design's budget: what is left of the reader is its vocabulary and request forms, and the linter's
  // detectors and rules outside it weigh roughly 11 KB by themselves. Raised to 26.2 KB again when the
  // judgment learned from a fourth writer's corpus (messages-2.jsonl): urgency that sets a time to answer by,
  // four more job-ask forms, clipped questions, offers of help and compliments on work named without "your"
  // (about 1 KB, for urgency 85.9 -> 95.0 % and job asks 80.0 -> 85.0 % on the unread holdout), then more
  // times to answer by ("reply within 24 hours", "a prompt response"): 26.33 KB measured, budget 26.4 KB.
  // Raised to 26.7 KB for speed (issue 11, item 9): the ask reader's words tagged by spelling as well, so its
  // loops pass most words on one bit test (readAsks 17.8 -> 13.6 µs a message): 26.63 KB measured.
  // Raised to 27.3 KB (3 December) for what a fifth writer's corpus (messages-3.jsonl) taught: job asks routed
  // to whoever hires, questions announced, works named by their title, requests to be done tonight, generic
  // asks (messages-3 89.8 -> 99.3 %; on the unread sets holdout 91.2 -> 91.8, holdout-2 92.7 -> 94.0, holdout-3
  // 93.1 -> 93.8 %): 27.24 KB measured.
  // Raised to 28 KB the same day for a seventh writer's hard cases (messages-4.jsonl): compliments on more kinds
  // of work, times to answer by, questions offered, job asks put as gratitude (messages-4 83.8 -> 96.1 %; unread
  // holdout-4 91.2 -> 91.9, holdout 91.8 -> 92.0, holdout-3 93.8 -> 94.2 %): 27.94 KB measured.
  // Raised to 28.2 KB (3 December, third session) for checkAsk knowing the documents the reader knows
  // (unread holdout proportionate 88.7 -> 90.1 %) and for a bare nudge as a follow-up (messages-3 and -4
  // specific_ask and proportionate up 1.3-2.4 points): 28.13 KB measured. Building the two document patterns
  // from one shared list was tried and weighed more (28.16 KB): gzip already folds the repeated words.
  // Raised to 28.4 KB the same session for a review of "it" when the sender's document is named just before
  // it ("I've rewritten my résumé. Would you review it?") and for "Lovely meeting you!" lending no meeting to
  // the next request (unread sets: proportionate holdout 90.1 -> 91.4, holdout-3 92.0 -> 92.6, holdout-4
  // 90.6 -> 92.2, holdout-5 90.6 -> 92.1 %): 28.39 KB measured. Then 28.5 KB for compliments on a
  // decision of theirs and on a piece "come across" (unread holdout-2 compliment_specific 95.8 -> 100 %):
  // 28.41 KB measured. Then 28.6 KB for job asks put as the sender's chances ("would they take someone like
  // me"), questions with "do you" dropped ("want to get coffee?", "wanna grab lunch?") and asks passed on
  // through the recipient ("would he be up for a call?"): messages-5 asks_for_job 92.3 -> 100 %,
  // proportionate 96.4 -> 100 %; 28.56 KB measured. Then 28.7 KB for closing dates said without "on" and
  // postings "only up till Friday" (unread holdout urgency_pressure 95.0 -> 99.5 %): 28.61 KB measured.
  // Then 28.8 KB for veiled job asks ("would your team be open to someone like me", "happy to be considered
  // for anything", "mind flagging my application", "my foot in the door at Helix"), how a field hires read as
  // no job ask ("hire from outside", "hiring teams care…") and questions to what the reader knows ("In your
  // experience, …?", "Should I…?"): unread holdout asks_for_job 85.0 -> 90.0 %, holdout-5 specific_ask
  // 88.7 -> 89.2 %, proportionate 92.1 -> 92.7 %; 28.76 KB measured. Then 29.1 KB for compliments on work
  // named without "your" ("the episode where you explained…", "the study your lab published", "the Wired
  // interview"), a title in straight quotes, a result in figures and a case's "v." (unread compliment_specific
  // holdout 89.3 -> 92.9 %, holdout-3 87.5 -> 91.7 %): 29.02 KB measured. Then 29.2 KB for "a reply this
  // week" as pressure, whom and how a field hires read as no job ask, and "a portfolio site" the sender made
  // as the "it" to review (unread holdout-4 urgency_pressure 87.5 -> 91.7 %, proportionate 92.2 -> 94.4 %,
  // asks_for_job 94.7 -> 95.8 %; holdout-2 proportionate 89.1 -> 90.6 %): 29.12 KB measured. Then 29.3 KB
  // for a question after a semicolon or a dash ("You hold both degrees; which opened more doors for you?"):
  // messages-4 specific_ask 85.5 -> 85.9 %; 29.25 KB measured. Then 29.4 KB for a postscript read for its
  // requests (messages-7 specific_ask and proportionate +0.5): 29.35 KB measured. Then 29.5 KB for vague asks
  // in fresh words ("open to chatting?", "let's grab time", "help me figure out next steps", "chat about
  // Stripe"): messages-7 specific_ask 74.9 -> 88.7 %, messages-4 85.9 -> 88.0 %; 29.50 KB measured. Then
  // 29.7 KB for time asked as "hoping to steal twenty minutes of your time", job asks as "a fit for the role"
  // and "I'd love a shot", "when you hire…" as no job ask, "tell me this week" as pressure and a chapter
  // of their book as a compliment (messages-7 91.4 -> 95.5 %, unread holdout-3 specific_ask 89.3 -> 89.7 %):
  // 29.63 KB measured.
  // Raised to 29.8 KB (3 December, fourth session) for the phrase rules reading a postscript as they read the
  // message ("P.S. I need an answer by Friday" was passed over): 29.77 KB measured.
  // Raised to 29.9 KB the same session for speed: three /iu patterns (a document of the sender's, "your …"
  // work, congratulations) run only where a plain test finds their first words, and whether a text has
  // two content words stops counting at two — lintMessage 58.1 -> 54.2 µs median in an interleaved A/B:
  // 29.82 KB measured.
  // Raised to 30.4 KB the same session for what an eighth writer's corpus (messages-8.jsonl) taught: a time
  // proposed as a question ("Would a 15-minute call next Tuesday work?"), which "works for you" makes no job
  // ask; a résumé offered "if anything fits"; teams open to "career changers like me"; when to reply as no
  // second ask; a closing "Thanks!" as no thank-you note; introductions to a CMO or a dean (messages-8
  // 90.7 -> 95.4 %; unread holdout-4 specific_ask 86.9 -> 90.5 %, holdout-5 89.2 -> 92.0 %): 30.36 KB measured.
  // Then 30.5 KB for compliments on a policy they drafted, an appearance heard "on the Pixels & People
  // episode", a library named in apposition and their work on a named case (messages-8 compliment_specific
  // 82.3 -> 91.0 %; no unread set moved): 30.48 KB measured.
  // Raised to 31 KB (6 December) for what a sixteenth writer's corpus (messages-9.jsonl) taught: thanks said to a
  // name with no greeting word, an introduction whose person is named in the sentence before, a question after
  // "wanted to ask:", a résumé sent as an ask, "fit anything on your team" as a job ask, a case study as the
  // "it" to review, an offer of help put as a question, compliments on a case study, a pilot, a chapter
  // numbered in words and "the decision to…", and "congratulations on all your success" no longer read as
  // naming a work (a /iu pattern let \p{Lu} match every letter). messages-9 91.0 -> 95.6 %; every unread set
  // held or rose (holdout-7 proportionate 91.4 -> 92.6 %): 30.96 KB measured.
  // Raised to 31.4 KB the same day for an eighteenth writer's corpus (messages-10.jsonl): words that name no
  // topic ("making the move", "keep the conversation going", "run my situation by you", "chat about Google if
  // you're open to it"), "I'd be grateful to get…" and "your read on…" as requests, "I hope to see you at…" and
  // "I need a real project" as none, a document a few words after "my", "take a look" at the document named
  // before, "would your team consider someone without…" as a job ask, and the sender's own news as no update
  // to a stranger. messages-10 94.0 -> 98.5 %; unread holdout-3 specific_ask 90.7 -> 93.7 %, holdout-6
  // 90.3 -> 92.7 %, holdout proportionate 92.0 -> 92.6 %: 31.39 KB measured.
  // Raised to 32 KB the same day for a twentieth writer's corpus (messages-11.jsonl): numbered questions after
  // the words that announce them, a request after "feel free to say no", whom to meet said before "put me in
  // touch with him", relatives as people to meet, "host me as an intern" as a job ask, "how are you finding
  // the new role?" as small talk, compliments on a team's work on a named app, a session caught and a letter
  // that moved the sender, no verb between "your" and the work, and news told to a stranger in answer to their
  // advice as an update. messages-11 93.7 -> 97.7 %; unread holdout-10 95.7 -> 96.4 % (specific_ask 87.4 ->
  // 90.2 %), holdout-6 compliment_specific 90.9 -> 95.5 %: 31.95 KB measured.
  // Raised to 32.3 KB the same day for a twenty-second writer's corpus (messages-12.jsonl, cold notes to
  // leaders above all): works in the plural named by a topic only ("your posts on leadership") as no
  // specific compliment, a career's story and a promotion as none either, briefs, reforms pushed through,
  // launches "which you led" and chapters "on" a subject as specific ones; "reconnect" as a connection
  // request, the meeting wished for and the introduction asked for as one request, "putting my name
  // forward" as a referral, "I'm not looking for a job" as no request. messages-12 92.9 -> 97.3 %; unread
  // holdout-11 compliment_specific 88.1 -> 90.5 %, holdout-7 82.9 -> 86.4 %, holdout-9 89.5 % (92.1 before:
  // the plural rule costs it one message): 32.20 KB measured. Then 32.4 KB for a twenty-fourth writer's hardest
  // vague asks (messages-13.jsonl: "whatever perspective", "help me in some way", "being a resource for me",
  // "a sounding board", "on your radar", "two cents on my situation", "what would you do in my shoes") and
  // "fit into your organization" as a job ask: messages-13 90.5 -> 94.1 % (specific_ask 73.8 -> 83.7 %); no
  // unread set moved: 32.35 KB measured.
  it.each([
    ["lintMessage from @enlist/core", `import { lintMessage } from "@enlist/core"; console.log(lintMessage);`, 32_400],
    [
      "lintMessage from @enlist/core/lint",
      `import { lintMessage } from "@enlist/core/lint"; console.log(lintMessage);`,
      32_400,
    ],
  ])("%s", async (_name, source, budget) => {
    const size = await gzippedSize(source);
    console.log(`${_name}: ${size} bytes gzip`);
    expect(size).toBeLessThan(budget);
  });
});
