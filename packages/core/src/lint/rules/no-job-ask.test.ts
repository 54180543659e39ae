import { describe } from "vitest";
import { lintTable, GOOD_NOTE } from "./lint-table";
import { noJobAsk } from "./no-job-ask";

describe("no-job-ask", () => {
  lintTable(noJobAsk, [
    { name: "asking to learn", text: GOOD_NOTE, expect: [] },
    {
      name: "talking about their job is not asking for one",
      text: "I loved how you described your job at Coursera. Could I ask two questions about it?",
      expect: [],
    },
    {
      name: "a friend may be asked about openings: a hint only",
      text: "Are there any openings on your team?",
      context: { tie: "friend" },
      expect: ["info"],
    },
    { name: "keep me in mind, to a stranger", text: "Please keep me in mind if anything opens up.", expect: ["error"] },
    {
      name: "a referral asked for indirectly",
      text: "I'd be so grateful if you'd consider referring me.",
      expect: ["error"],
    },
    {
      name: "an introduction to whoever hires routes the sender into a position",
      text: "I noticed your studio is hiring a junior sound designer. Could you introduce me to the hiring manager for that role?",
      expect: ["error"],
    },
    {
      name: "passed along to whoever does the hiring",
      text: "I've attached my résumé. I'd be grateful if you would pass it along to whoever does the hiring.",
      expect: ["error"],
    },
    {
      name: "judging the sender's fit for an opening",
      text: "Could you look at the job description and tell me whether you think I'd be a good fit for it?",
      expect: ["error"],
    },
    { name: "taken on as an assistant", text: "Would you consider taking me on as an assistant?", expect: ["error"] },
    {
      name: "glad to be kept in mind is asking to be thought of for a role",
      text: "If your team ever needs someone who knows both worlds, I'd be glad to be kept in mind.",
      expect: ["error"],
    },
    {
      name: "a place on the shortlist, asked for with gratitude",
      text: "I've applied for the junior conservator post. If there's any way my name could end up on the shortlist, I'd be forever grateful.",
      expect: ["error"],
    },
    {
      name: "introduced to whoever runs the search",
      text: "I saw that the museum is hiring an assistant curator. Could you introduce me to the person running that search?",
      expect: ["error"],
    },
    { name: "who hires former reporters is a question", text: "Which think tanks hire former reporters?", expect: [] },
    {
      name: "how they hire is a question, not a job ask",
      text: "I have two questions: do you hire people without a supply-chain degree, and is the CSCP worth doing?",
      expect: [],
    },
    {
      name: "whether a field suits people like the sender is not a job ask",
      text: "Is UX research a good fit for former teachers, in your experience?",
      expect: [],
    },
    {
      name: "an application flagged to the hiring manager",
      text: "Would you be willing to flag my application to the hiring manager?",
      expect: ["error"],
    },
    {
      name: "whether they are hiring",
      text: "Do you know whether your studio is hiring junior designers?",
      expect: ["error"],
    },
    {
      name: "to be considered for a role",
      text: "If your team ever needs a junior engineer, I'd love to be considered!",
      expect: ["error"],
    },
    {
      name: "what they would recommend to someone moving is advice, not a referral",
      text: "What would you recommend for someone trying to move from QA into SRE?",
      expect: [],
    },
    {
      name: "how the hiring process goes is a question about it",
      text: "Could you tell me whether the hiring process includes a take-home task?",
      expect: [],
    },
    {
      name: "asking what the hiring is like is not a job ask",
      text: "What does your team look for when hiring analysts?",
      expect: [],
    },
    {
      name: "saying it is not a referral ask",
      text: "I'm not asking for a referral, but could I ask what a typical week looks like?",
      expect: [],
    },
    {
      name: "a later message to a weak tie: a hint only",
      text: "Is your team hiring?",
      context: { tie: "weak", firstContact: false },
      expect: ["info"],
    },
    {
      name: "any openings",
      text: "Hi Sarah, are there any openings on your team?",
      expect: ["error"],
      at: "are there any openings on your team?",
    },
    {
      name: "are you hiring",
      text: "Quick question — is your team hiring?",
      expect: ["error"],
      at: "Quick question — is your team hiring?",
    },
    {
      name: "refer me",
      text: "Would you be willing to refer me for the Senior ID role?",
      expect: ["error"],
      at: "Would you be willing to refer me for the Senior ID role?",
    },
    {
      name: "help me land a job",
      text: "Could you help me land a job in L&D?",
      context: { tie: "weak" },
      expect: ["error"],
      at: "Could you help me land a job in L&D?",
    },
  ]);
});
