import type { AskRule } from "../ask-rule";
import { bounded } from "./bounded";
import { discretion } from "./discretion";
import { ladder } from "./ladder";
import { noAmbush } from "./no-ambush";
import { pacing } from "./pacing";
import { proportionate } from "./proportionate";
import { specific } from "./specific";

export const ASK_RULES: readonly AskRule[] = [specific, proportionate, noAmbush, bounded, ladder, discretion, pacing];
