import type { LintRule } from "../lint-rule";
import { aboutThem } from "./about-them";
import { apology } from "./apology";
import { askPresent } from "./ask-present";
import { askProportionate } from "./ask-proportionate";
import { askQuestion } from "./ask-question";
import { askSingle } from "./ask-single";
import { askSpecific } from "./ask-specific";
import { attachmentCold } from "./attachment-cold";
import { channelLimit } from "./channel-limit";
import { complimentSpecific } from "./compliment-specific";
import { discretion } from "./discretion";
import { followUp } from "./follow-up";
import { greetingName } from "./greeting-name";
import { length } from "./length";
import { noJobAsk } from "./no-job-ask";
import { noPresumption } from "./no-presumption";
import { noUrgency } from "./no-urgency";
import { placeholder } from "./placeholder";
import { timeBound } from "./time-bound";
import { whyBrief } from "./why-brief";

export const LINT_RULES: readonly LintRule[] = [
  length,
  channelLimit,
  askPresent,
  askSpecific,
  askSingle,
  askQuestion,
  askProportionate,
  noJobAsk,
  noUrgency,
  noPresumption,
  aboutThem,
  complimentSpecific,
  whyBrief,
  timeBound,
  discretion,
  placeholder,
  greetingName,
  apology,
  attachmentCold,
  followUp,
];
