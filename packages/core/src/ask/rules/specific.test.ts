import { describe } from "vitest";
import { ruleTable, type RuleCase } from "./rule-table";
import { specific } from "./specific";

describe("specific", () => {
  ruleTable(specific, [
    {
      name: "a named topic",
      ask: { kind: "questions", specifics: "two questions about how you run design critiques" },
      expect: [],
    },
    {
      name: "what they would recommend to anyone making the move is advice on breaking in",
      ask: { kind: "questions", specifics: "what would you recommend for someone trying to move into SRE" },
      expect: ["warning"],
    },
    {
      name: "'what do you think?' with nothing to think of",
      ask: { kind: "questions", specifics: "What do you think" },
      expect: ["warning"],
    },
    {
      name: "'help me figure this out'",
      ask: { kind: "advice", specifics: "Can you help me figure this out" },
      expect: ["warning"],
    },
    {
      name: "what they think of something named",
      ask: { kind: "questions", specifics: "What do you think of the Epic certificate" },
      expect: [],
    },
    {
      name: "openings asked for, however the sentence goes on",
      ask: { kind: "job", specifics: "any openings on your team where I could get a foot in the door" },
      expect: [],
    },
    {
      name: "an introduction to a named person",
      ask: { kind: "introduction", specifics: "an introduction to Maria López at Duolingo" },
      expect: [],
    },
    {
      name: "an introduction by @handle",
      ask: { kind: "introduction", specifics: "intro to @mlopez, who runs L&D" },
      expect: [],
    },
    {
      name: "a review of a named document",
      ask: { kind: "resume-review", specifics: "my résumé for ID roles" },
      expect: [],
    },
    {
      name: '"my résumé" is specific for a review',
      ask: { kind: "resume-review", specifics: "my résumé" },
      expect: [],
    },
    {
      name: "a CV counts as a document",
      ask: { kind: "resume-review", specifics: "my CV, the projects section" },
      expect: [],
    },
    {
      name: "an application's own documents: a personal statement, a statement of purpose, an essay",
      ask: { kind: "resume-review", specifics: "look over my personal statement for the MSc and tell me if it works" },
      expect: [],
    },
    {
      name: "a statement of purpose is a document too",
      ask: { kind: "resume-review", specifics: "read my statement of purpose before I submit it" },
      expect: [],
    },
    {
      name: "let me know if you can help",
      ask: { kind: "advice", specifics: "let me know if you can help" },
      expect: ["warning"],
      mentions: "generic",
    },
    { name: "pick your brain", ask: { kind: "call", specifics: "pick your brain about stuff" }, expect: ["warning"] },
    {
      name: "anything you can do",
      ask: { kind: "advice", specifics: "Anything you can do would be great!" },
      expect: ["warning"],
    },
    { name: "empty specifics", ask: { kind: "questions", specifics: "" }, expect: ["warning"], mentions: "(nothing)" },
    { name: "one vague word", ask: { kind: "advice", specifics: "advice" }, expect: ["warning"] },
    {
      name: "an introduction to one of a group named before",
      ask: { kind: "introduction", specifics: "introduce me to one of them by email" },
      expect: [],
    },
    {
      name: "an introduction to their VP says whom by title",
      ask: { kind: "introduction", specifics: "introduce me to your VP of Planning" },
      expect: [],
    },
    {
      name: "…and so does a role held by one person",
      ask: { kind: "introduction", specifics: "Would you be willing to introduce me to your CMO?" },
      expect: [],
    },
    {
      name: "…or the dean of a school",
      ask: { kind: "introduction", specifics: "could you introduce me to the dean of nursing" },
      expect: [],
    },
    {
      name: "to be considered for anything asks nothing in particular",
      ask: { kind: "job", specifics: "Happy to be considered for anything on your team" },
      expect: ["warning"],
    },
    { name: "open to chatting?", ask: { kind: "call", specifics: "Open to chatting" }, expect: ["warning"] },
    {
      name: "a chat about a company names no topic",
      ask: { kind: "call", specifics: "Would love to chat about Salesforce when you get a chance" },
      expect: ["warning"],
    },
    {
      name: "a chat about how they moved names one",
      ask: { kind: "call", specifics: "Would love to chat about how you moved from Salesforce into policy" },
      expect: [],
    },
    { name: "let's grab time", ask: { kind: "call", specifics: "Let's grab time next week" }, expect: ["warning"] },
    {
      name: "a chat about a company, if they are open to it",
      ask: { kind: "call", specifics: "would love to chat about Google if you're open to it" },
      expect: ["warning"],
    },
    {
      name: "keeping the conversation going names nothing",
      ask: { kind: "call", specifics: "Let's definitely keep the conversation going" },
      expect: ["warning"],
    },
    {
      name: "running one's situation by them names nothing",
      ask: { kind: "call", specifics: "Could we find some time so I can run my situation by you" },
      expect: ["warning"],
    },
    {
      name: "figuring out what's next names nothing",
      ask: { kind: "advice", specifics: "Help me figure out what's next" },
      expect: ["warning"],
    },
    {
      name: "an opinion about making the move names no move",
      ask: { kind: "feedback", specifics: "I'd love to get your opinion about making that move" },
      expect: ["warning"],
    },
    {
      name: "an opinion about moving into a named field names one",
      ask: { kind: "feedback", specifics: "I'd love your opinion about moving from hospitality into grid storage" },
      expect: [],
    },
    {
      name: "an introduction to a relative of theirs says whom",
      ask: { kind: "introduction", specifics: "Can you introduce me to your brother-in-law who does cybersecurity" },
      expect: [],
    },
    {
      name: "whether their team is hiring is a clear question",
      ask: {
        kind: "job",
        specifics: "Is your team at Voltaic hiring. I'd love to be considered for anything entry-level",
      },
      expect: [],
    },
    {
      name: "a few tips on nothing name nothing",
      ask: { kind: "advice", specifics: "Could you send me a few tips ASAP" },
      expect: ["warning"],
    },
    {
      name: "two things asked by email, whenever convenient, are bounded",
      ask: {
        kind: "advice",
        specifics:
          "I'd be grateful for your thoughts on two things, by email whenever convenient: is a PharmD enough, and did you start as an MSL",
      },
      expect: [],
    },
    ...[
      "I'd be grateful for whatever perspective you'd be inclined to offer",
      "I'm reaching out in the hope that you might be able to help me in some way",
      "Would you be open to being a resource for me as I navigate this transition",
      "Would you be open to being a sounding board now and then",
      "I'd love to get on your radar as I make this move",
      "Let's find a way to work together down the line",
      "Would love to get your two cents on my situation when you have time",
      "I'd really value the chance to learn from your experience however works best for you",
      "Honestly, what would you do in my shoes",
    ].map((specifics): RuleCase => ({
      name: `"${specifics}" names nothing`,
      ask: { kind: "advice", specifics },
      expect: ["warning"],
    })),
    {
      name: "a statement is a document to review",
      ask: { kind: "resume-review", specifics: "Would you read my two-paragraph statement" },
      expect: [],
    },
    {
      name: "help me figure out next steps",
      ask: { kind: "advice", specifics: "Could you help me figure out next steps" },
      expect: ["warning"],
    },
    {
      name: "your thoughts on my situation",
      ask: { kind: "advice", specifics: "Would love your thoughts on my situation" },
      expect: ["warning"],
    },
    {
      name: "an introduction to someone in their group, said who",
      ask: {
        kind: "introduction",
        specifics: "put me in touch with someone in your clinical trials group who moved over from nursing",
      },
      expect: [],
    },
    {
      name: "an introduction to nobody in particular",
      ask: { kind: "introduction", specifics: "an intro to someone at Google" },
      expect: ["warning"],
      mentions: "name",
    },
    {
      name: "a review of no document",
      ask: { kind: "resume-review", specifics: "look over my stuff before I apply" },
      expect: ["warning"],
      mentions: "document",
    },
  ]);
});
