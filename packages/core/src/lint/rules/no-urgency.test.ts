import { describe } from "vitest";
import { GOOD_NOTE, lintTable } from "./lint-table";
import { noUrgency } from "./no-urgency";

describe("no-urgency", () => {
  lintTable(noUrgency, [
    { name: "no pressure", text: GOOD_NOTE, expect: [] },
    { name: "a week is fine", text: "Whenever suits you in the next few weeks.", expect: [] },
    { name: "ASAP", text: "Could you reply ASAP?", expect: ["warning"], at: "ASAP" },
    {
      name: "things moving, however quickly",
      text: "Things are moving really quickly, so could we talk?",
      expect: ["warning"],
      at: "Things are moving really quickly",
    },
    {
      name: "a day it has to be",
      text: "Could we do a 15-minute call tomorrow? It needs to be tomorrow.",
      expect: ["warning"],
      at: "It needs to be tomorrow",
    },
    {
      name: "pressure put in a postscript",
      text: "Could I ask two questions about your move?\n\nThanks,\nSam\n\nP.S. I need an answer by Friday.",
      expect: ["warning"],
      at: "need an answer by",
    },
    {
      name: "a deadline in the signature is not the sender's pressure",
      text: "Could I ask two questions about your move?\n\nThanks,\nSam | Applications close Friday for our summer camp",
      expect: [],
    },
    { name: "urgent", text: "URGENT: quick question about your course", expect: ["warning"], at: "URGENT" },
    { name: "by tomorrow", text: "Would you send it by tomorrow?", expect: ["warning"], at: "by tomorrow" },
    {
      name: "a posting up only until a day",
      text: "Would you refer me to the apprenticeship? Posting's only up till Friday.",
      expect: ["warning"],
      at: "only up till Friday",
    },
    {
      name: "a closing date with no 'on'",
      text: "The role closes Friday, so could you pass my CV along?",
      expect: ["warning"],
      at: "closes Friday",
    },
    {
      name: "a reply asked for this week",
      text: "I'd really appreciate a reply this week, as I'm deciding on a course.",
      expect: ["warning"],
      at: "reply this week",
    },
    {
      name: "an answer asked for this week",
      text: "Could you tell me this week whether the Guelph certificate helped you?",
      expect: ["warning"],
      at: "tell me this week",
    },
    { name: "applications closing on a date", text: "Applications close on the 15th.", expect: ["warning"] },
    { name: "the sender's own schedule ending", text: "My shift ends Friday, so I can talk after that.", expect: [] },
    {
      name: "a request to be done tonight",
      text: "Can you look over my cover letter tonight?",
      expect: ["warning"],
      at: "Can you look over my cover letter tonight",
    },
    {
      name: "first thing tomorrow",
      text: "Could I list you as a reference? The recruiter wants names first thing tomorrow.",
      expect: ["warning"],
      at: "first thing tomorrow",
    },
    {
      name: "a time to hear back within",
      text: "Would you have 15 minutes this week? I need to hear back within the next 48 hours.",
      expect: ["warning"],
      at: "hear back within the next 48 hours",
    },
    { name: "needing to know today", text: "I need to know today whether you can do it.", expect: ["warning"] },
    {
      name: "an answer needed over the weekend",
      text: "The panel meets Monday, so I'd need your answer over the weekend.",
      expect: ["warning"],
    },
    {
      name: "a call booked unless they object",
      text: "I'll assume Tuesday at 10am works for our call unless you tell me otherwise.",
      expect: ["warning"],
      at: "unless you tell me otherwise",
    },
    { name: "a weekday written short", text: "pls refer me, lmk by fri", expect: ["warning"], at: "by fri" },
    { name: "a weekday in passing is not one", text: "I'm free most Fridays after work.", expect: [] },
    { name: "the sender's own day is no pressure", text: "I read your post today and loved it.", expect: [] },
    {
      name: "drop everything",
      text: "I know it's a lot to ask you to drop everything.",
      expect: ["warning"],
      at: "drop everything",
    },
    {
      name: "things are moving quickly",
      text: "Things are moving quickly on my side, so could we talk right away?",
      expect: ["warning", "warning"],
      at: "Things are moving quickly",
    },
    {
      name: "hoping to hear back within days",
      text: "I'm hoping to hear back this week, as I decide soon.",
      expect: ["warning"],
      at: "hear back this week",
    },
    {
      name: "a deadline passed on",
      text: "The deadline is Friday, so the sooner the better.",
      expect: ["warning", "warning"],
      at: "deadline is Friday",
    },
    { name: "an hour to return it by", text: "Could you send it back by 9 pm?", expect: ["warning"], at: "by 9 pm" },
    { name: "at the latest", text: "Please return it Friday at the latest.", expect: ["warning"], at: "at the latest" },
    {
      name: "a closing date close by",
      text: "The form closes in two days.",
      expect: ["warning"],
      at: "closes in two days",
    },
    { name: "the sender's own haste", text: "I had to write right away to say thank you.", expect: [] },
    {
      name: "a time to reply within",
      text: "Please reply within 24 hours.",
      expect: ["warning"],
      at: "reply within 24 hours",
    },
    {
      name: "the sooner they reply",
      text: "I'm on a tight schedule, so the sooner you can reply the better.",
      expect: ["warning"],
      at: "the sooner you can reply the better",
    },
    {
      name: "a prompt response",
      text: "I look forward to your prompt response.",
      expect: ["warning"],
      at: "prompt response",
    },
    {
      name: "the hour it is needed back by",
      text: "I need it back by 10pm.",
      expect: ["warning"],
      at: "need it back by 10pm",
    },
    { name: "a reply of one line is no deadline", text: "Reply in one line if you like.", expect: [] },
    {
      name: "the sender's own start, a few words on",
      text: "I start my new course right away in January.",
      expect: [],
    },
    { name: "the sender's own readiness", text: "I can start right away if it helps.", expect: [] },
  ]);
});
