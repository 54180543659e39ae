// Each linter under comparison, set up once and called the way its documentation shows, on plain text.
import { TextlintKernel } from "@textlint/kernel";
import textPlugin from "@textlint/textlint-plugin-text";
import { lintMessage } from "@enlist/core";
import { text as alexText } from "alex";
import { retext } from "retext";
import retextEnglish from "retext-english";
import retextEquality from "retext-equality";
import retextPassive from "retext-passive";
import retextReadability from "retext-readability";
import retextRepeatedWords from "retext-repeated-words";
import retextSimplify from "retext-simplify";
import commonMisspellings from "textlint-rule-common-misspellings";
import maxComma from "textlint-rule-max-comma";
import noTodo from "textlint-rule-no-todo";
import sentenceLength from "textlint-rule-sentence-length";
import terminology from "textlint-rule-terminology";
import textlintWriteGood from "textlint-rule-write-good";
import writeGood from "write-good";
import type { LintContext } from "@enlist/core";

export interface Message {
  name: string;
  text: string;
  context: LintContext;
}

const interop = <T>(m: T): T => (m as { default?: T }).default ?? m;

export const enlist = (m: Message) => lintMessage(m.text, m.context);

export const writeGoodLint = (m: Message) => writeGood(m.text);

const kernel = new TextlintKernel();
const textlintOptions = {
  ext: ".txt",
  plugins: [{ pluginId: "text", plugin: interop(textPlugin) }],
  // A common English rule set: the write-good checks, sentence length, commas, terminology, misspellings, TODOs.
  rules: [
    { ruleId: "write-good", rule: interop(textlintWriteGood) },
    { ruleId: "sentence-length", rule: interop(sentenceLength) },
    { ruleId: "max-comma", rule: interop(maxComma) },
    { ruleId: "terminology", rule: interop(terminology) },
    { ruleId: "common-misspellings", rule: interop(commonMisspellings) },
    { ruleId: "no-todo", rule: interop(noTodo) },
  ],
};
export const textlint = (m: Message) => kernel.lintText(m.text, textlintOptions);

const retextProcessor = retext()
  .use(retextEnglish)
  .use(retextEquality)
  .use(retextPassive)
  .use(retextReadability, { age: 18 })
  .use(retextRepeatedWords)
  .use(retextSimplify);
export const retextLint = (m: Message): Promise<unknown> => retextProcessor.process(m.text);

export const alex = (m: Message) => alexText(m.text);
