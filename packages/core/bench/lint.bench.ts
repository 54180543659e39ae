// `lintMessage` on a 120-word e-mail with every rule on (target: median under 25 µs), and on a 100 KB
// input to show no rule is pathological.
import { bench, do_not_optimize, run } from "mitata";
import { lintMessage } from "@enlist/core";
import { EMAIL_120, EMAIL_CONTEXT } from "./messages";
import { printMedians } from "./medians";

const r = lintMessage(EMAIL_120, EMAIL_CONTEXT);
const words = r.ok ? r.value.words : 0;
const huge = `${EMAIL_120}\n`.repeat(Math.ceil(100_000 / EMAIL_120.length)).slice(0, 100_000);

bench(`lintMessage: ${words}-word e-mail, all rules`, () => do_not_optimize(lintMessage(EMAIL_120, EMAIL_CONTEXT)));
bench("lintMessage: 100 KB input", () => do_not_optimize(lintMessage(huge, EMAIL_CONTEXT)));

printMedians(await run());
