import { describe } from "vitest";
import { askSpecific } from "./ask-specific";
import { GOOD_NOTE, lintTable } from "./lint-table";

describe("ask-specific", () => {
  lintTable(askSpecific, [
    { name: "two questions about a named topic", text: GOOD_NOTE, expect: [] },
    {
      name: "what they would do in the sender's shoes, read from its modal on",
      text: "Good to bump into you at the barbecue. Honestly, what would you do in my shoes?",
      expect: ["warning"],
    },
    { name: "advice on a named topic", text: "Any advice on building a first portfolio would mean a lot.", expect: [] },
    {
      name: "let me know if you have questions is a pleasantry",
      text: "Let me know if you have any questions about my note.",
      expect: [],
    },
    {
      name: "pick your brain",
      text: "Hi Sarah! Could I pick your brain sometime? 😊",
      expect: ["warning"],
      at: "Could I pick your brain sometime?",
    },
    {
      name: "any advice",
      text: "Hi Sarah, any advice would be appreciated!",
      expect: ["warning"],
      at: "any advice would be appreciated!",
    },
    {
      name: "let me know if you can help",
      text: "I'm trying to break into design. Let me know if you can help!",
      expect: ["warning"],
      at: "Let me know if you can help!",
    },
    {
      name: "advice for someone like me names no topic",
      text: "I'm a nurse starting out in medical sales. Any advice for someone in my shoes would be great!",
      expect: ["warning"],
      at: "Any advice for someone in my shoes would be great!",
    },
    { name: "asking around is help of any kind", text: "Could you ask around for me?", expect: ["warning"] },
    {
      name: "an introduction to one of their team names whom",
      text: "Would you be willing to introduce me to one of your postdocs?",
      expect: [],
    },
    {
      name: "an opinion asked on one thing, the thing after the colon",
      text: "I'd value your opinion on one thing: would a fund like yours count my field work as due diligence?",
      expect: [],
    },
    {
      name: "an opinion on one thing, the thing never said",
      text: "I'd value your opinion on one thing.",
      expect: ["warning"],
    },
    { name: "what to do first, asked of anyone", text: "Any thoughts on what I should do first?", expect: ["warning"] },
    { name: "anything they could share", text: "Anything you could share would mean a lot.", expect: ["warning"] },
    { name: "anything heard of, anywhere", text: "If you hear of anything, send it my way!", expect: ["warning"] },
    {
      name: "anything heard of at their firm says where",
      text: "If you hear of anything at your firm, would you keep me in mind?",
      expect: [],
    },
    {
      name: "work in any capacity",
      text: "I would love the opportunity to work with you in any capacity.",
      expect: ["warning"],
    },
    { name: "anything you can do", text: "Anything you can do would be amazing.", expect: ["warning"] },
    {
      name: "keep me in mind says what it asks (a job ask: no-job-ask judges it)",
      text: "Please keep me in mind if anything opens up.",
      expect: [],
    },
    {
      name: "no specific agenda",
      text: "Would love to chat, no specific agenda.",
      expect: ["warning"],
      at: "Would love to chat, no specific agenda.",
    },
    {
      name: "one generic request put two ways is one request",
      text: "Could I pick your brain? Any advice helps.",
      expect: ["warning"],
    },
    {
      name: "two generic requests apart",
      text: "Could I pick your brain? I teach year 9. Any advice helps.",
      expect: ["warning", "warning"],
    },
  ]);
});
