import { describe } from "vitest";
import { channelLimit } from "./channel-limit";
import { lintTable } from "./lint-table";

const chars = (n: number) => "a".repeat(n);
const note =
  "Hi Sarah — your DevLearn talk on microlearning changed how I plan lessons 🙏 I'm a teacher moving into instructional design. Would you be open to two quick questions about your portfolio?";

describe("channel-limit", () => {
  lintTable(channelLimit, [
    { name: "a connection note under 300", text: note, context: { channel: "linkedin-note" }, expect: [] },
    { name: "exactly 300 characters", text: chars(300), context: { channel: "linkedin-note" }, expect: [] },
    { name: "an e-mail has no character limit", text: chars(5000), expect: [] },
    {
      name: "an InMail body of 1,900",
      text: chars(1900),
      context: { channel: "linkedin-message", subject: "Question" },
      expect: [],
    },
    {
      name: "a 301-character note",
      text: chars(301),
      context: { channel: "linkedin-note" },
      expect: ["error"],
      at: "a",
    },
    {
      name: "a free account gets 200",
      text: note,
      context: { channel: "linkedin-note", linkedInFreeAccount: true },
      expect: [],
    },
    {
      name: "a 250-character note on a free account",
      text: chars(250),
      context: { channel: "linkedin-note", linkedInFreeAccount: true },
      expect: ["error"],
      at: chars(50),
    },
    {
      name: "an InMail body over 1,900",
      text: chars(1950),
      context: { channel: "linkedin-message", subject: "Question" },
      expect: ["error"],
    },
    {
      name: "an InMail subject over 200",
      text: "Hi",
      context: { channel: "linkedin-message", subject: chars(210) },
      expect: ["error"],
      at: chars(10),
    },
    { name: "a long text message", text: chars(400), context: { channel: "text" }, expect: ["warning"] },
  ]);
});
