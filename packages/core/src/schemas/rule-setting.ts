import { z } from "zod";
import { RULE_SETTINGS } from "../rules/rule";

/** One schema for a rule's setting, whether it is an ask rule (checkAsk) or a message rule (lintMessage). */
export const RuleSetting = z.enum(RULE_SETTINGS);
export type RuleSetting = z.infer<typeof RuleSetting>;
