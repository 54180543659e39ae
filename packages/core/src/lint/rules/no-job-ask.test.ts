import { describe } from "vitest";
import { lintTable, GOOD_NOTE } from "./lint-table";
import { noJobAsk } from "./no-job-ask";

describe("no-job-ask", () => {
  lintTable(noJobAsk, [
    { name: "asking to learn", text: GOOD_NOTE, expect: [] },
    { name: "talking about their job is not asking for one", text: "I loved how you described your job at Coursera. Could I ask two questions about it?", expect: [] },
    { name: "a friend may be asked about openings", text: "Are there any openings on your team?", context: { tie: "friend" }, expect: [] },
    { name: "a later message to a weak tie", text: "Is your team hiring?", context: { tie: "weak", firstContact: false }, expect: [] },
    { name: "any openings", text: "Hi Sarah, are there any openings on your team?", expect: ["error"], at: "any openings" },
    { name: "are you hiring", text: "Quick question — is your team hiring?", expect: ["error"], at: "is your team hiring" },
    { name: "refer me", text: "Would you be willing to refer me for the Senior ID role?", expect: ["error"], at: "refer me" },
    { name: "help me land a job", text: "Could you help me land a job in L&D?", context: { tie: "weak" }, expect: ["error"], at: "help me land a job" },
  ]);
});
