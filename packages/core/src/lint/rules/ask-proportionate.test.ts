import { describe } from "vitest";
import { askProportionate } from "./ask-proportionate";
import { GOOD_NOTE, lintTable } from "./lint-table";

describe("ask-proportionate", () => {
  lintTable(askProportionate, [
    { name: "two questions to a stranger", text: GOOD_NOTE, expect: [] },
    { name: "a résumé review from a friend", text: "Would you review my résumé this week?", context: { tie: "friend" }, expect: [] },
    { name: "coffee with an acquaintance", text: "Would you like to grab a coffee next week?", context: { tie: "acquaintance" }, expect: [] },
    { name: "mentioning a résumé outside the request", text: "My résumé is mostly teaching. Could I ask two questions about portfolios?", expect: [] },
    { name: "review my resume, stranger", text: "Hi Sarah, would you review my resume?", expect: ["error"], at: "review my resume" },
    { name: "coffee, weak tie", text: "Hey Tom! Could we grab coffee sometime next week?", context: { tie: "weak", recipientName: "Tom" }, expect: ["error"], at: "grab coffee" },
    { name: "an hour", text: "Would you have an hour to walk me through your process?", expect: ["error"], at: "an hour" },
    { name: "an introduction", text: "Would you be willing to introduce me to your design lead?", expect: ["error"], at: "introduce me" },
    { name: "a referral", text: "Could you give me a referral for the ID role?", expect: ["error"], at: "referral" },
    { name: "mentor me", text: "Would you consider being my mentor? Could you mentor me?", expect: ["error"], at: "mentor me" },
  ]);
});
