import { describe } from "vitest";
import { askProportionate } from "./ask-proportionate";
import { GOOD_NOTE, lintTable } from "./lint-table";

describe("ask-proportionate", () => {
  lintTable(askProportionate, [
    { name: "two questions to a stranger", text: GOOD_NOTE, expect: [] },
    {
      name: "no request to a stranger reads as open-ended help",
      text: "Hi Dev,\nI'm a nurse manager turned developer and I follow your scheduling work.\nBest,\nAna",
      context: { channel: "email" },
      expect: ["warning"],
    },
    {
      name: "a bare nudge to a cold contact leaves them to guess",
      text: "Hi Nikos, just bumping this to the top of your inbox! :)",
      context: { purpose: "follow-up", tie: "stranger" },
      expect: ["warning"],
    },
    {
      name: "a bare nudge to a friend is fine",
      text: "Hi Nikos, just bumping this to the top of your inbox! :)",
      context: { purpose: "follow-up", tie: "friend" },
      expect: [],
    },
    {
      name: "an offer of help asks nothing big",
      text: "Hi Dev,\nI'm a nurse manager turned developer, so let me know if I can help with the scheduling app.\nBest,\nAna",
      context: { channel: "email" },
      expect: [],
    },
    {
      name: "a personal statement to look over is a review of the sender's document",
      text: "Would you be willing to look over my personal statement for the MSc?",
      context: { tie: "weak" },
      expect: ["error"],
    },
    {
      name: "a résumé review from a friend",
      text: "Would you review my résumé this week?",
      context: { tie: "friend" },
      expect: [],
    },
    {
      name: "coffee in person is beyond an acquaintance's allowance",
      text: "Would you like to grab a coffee next week?",
      context: { tie: "acquaintance" },
      expect: ["error"],
    },
    {
      name: "a call fits an acquaintance",
      text: "Would you have twenty minutes for a call next week about how you moved into research?",
      context: { tie: "acquaintance" },
      expect: [],
    },
    {
      name: "mentioning a résumé outside the request",
      text: "My résumé is mostly teaching. Could I ask two questions about portfolios?",
      expect: [],
    },
    {
      name: "review my resume, stranger",
      text: "Hi Sarah, would you review my resume?",
      expect: ["error"],
      at: "would you review my resume?",
    },
    {
      name: "coffee, weak tie",
      text: "Hey Tom! Could we grab coffee sometime next week?",
      context: { tie: "weak", recipientName: "Tom" },
      expect: ["error"],
      at: "Could we grab coffee sometime next week?",
    },
    {
      name: "an hour",
      text: "Would you have an hour to walk me through your process?",
      expect: ["error"],
      at: "Would you have an hour to walk me through your process?",
    },
    {
      name: "an introduction",
      text: "Would you be willing to introduce me to your design lead?",
      expect: ["error"],
      at: "Would you be willing to introduce me to your design lead?",
    },
    {
      name: "a referral",
      text: "Could you give me a referral for the ID role?",
      expect: ["error"],
      at: "Could you give me a referral for the ID role?",
    },
    {
      name: "mentor me",
      text: "Would you consider being my mentor? Could you mentor me?",
      expect: ["error"],
      at: "Would you consider being my mentor? Could you mentor me?",
    },
  ]);
});
