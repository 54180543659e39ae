import { describe } from "vitest";
import { askPresent } from "./ask-present";
import { GOOD_NOTE, lintTable } from "./lint-table";

describe("ask-present", () => {
  lintTable(askPresent, [
    { name: "would you be open to", text: GOOD_NOTE, expect: [] },
    { name: "I'd love to", text: "Hi Sarah,\nI'd love to hear how you moved into UX research.", expect: [] },
    { name: "could I", text: "Could I ask how you prepared for your first ID interview?", expect: [] },
    {
      name: "may I ask",
      text: "Hello Dr. Chen,\nMay I ask you one question about your course design process?",
      expect: [],
    },
    {
      name: "curly apostrophe",
      text: "Hi Sarah, I’d really appreciate 10 minutes of your advice on storyboarding.",
      expect: [],
    },
    {
      name: "a thank-you needs no request",
      text: "Thank you so much for the intro to Priya, it went really well!",
      context: { purpose: "thank" },
      expect: [],
    },
    { name: "an empty message is not judged", text: "", expect: [] },
    {
      name: "an offer of help put as a question asks what it needs to",
      text: "Hi Tamsin,\nWould a shared sign-up form that feeds one rota help? I could build it for free.\n\nBest,\nIwan",
      expect: [],
    },
    {
      name: "an offer with no question in it is still no request",
      text: "Hi Tamsin,\nI'm an accountant learning to code. I could build you a sign-up form.\n\nBest,\nIwan",
      expect: ["error"],
    },
    {
      name: "no request at all",
      text: "Hi Sarah,\n\nI loved your talk at DevLearn. I'm a teacher moving into instructional design.\n\nBest,\nAna",
      expect: ["error"],
      at: "Hi Sarah,\n\nI loved your talk at DevLearn. I'm a teacher moving into instructional design.\n\n",
    },
    { name: "only a signature", text: "Best,\nAna Ruiz\nana@example.com", expect: ["error"] },
    {
      name: "a bare nudge as a follow-up restates nothing",
      text: "Hi Lukas, just bumping this up in case you missed it!",
      context: { purpose: "follow-up" },
      expect: ["error"],
    },
    {
      name: "a short follow-up that says what it is about",
      text: "Hi Lukas, just bumping my note about the bootcamp question. No worries if you're busy!",
      context: { purpose: "follow-up" },
      expect: [],
    },
    {
      name: "a follow-up that restates its request",
      text: "Hi Lukas, following up on my note: would you have 15 minutes next week for two questions?",
      context: { purpose: "follow-up" },
      expect: [],
    },
    {
      name: "an easy out is not a request",
      text: "Hi Sarah, great talk! No worries if you're too busy to reply.",
      expect: ["error"],
    },
  ]);
});
