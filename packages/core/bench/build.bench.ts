// `buildMessage` (target: under 100 µs), for an e-mail and for a free-account LinkedIn note that must be
// shortened to fit.
import { bench, do_not_optimize, run } from "mitata";
import { buildMessage } from "@enlist/core";
import { printMedians } from "./medians";

const input = {
  recipient: {
    name: "Sarah Chen",
    circle: "leaders",
    tie: "stranger",
    compliment: "talk on microlearning at DevLearn 2025",
  },
  sender: { name: "Ana Ruiz", pivot: { fromField: "teaching", toField: "instructional design" } },
  ask: { kind: "resume-review", specifics: "my résumé for instructional designer roles" },
  channel: "email",
  seed: 7,
} as const;

bench("buildMessage: e-mail, ask right-sized", () => do_not_optimize(buildMessage(input)));
bench("buildMessage: LinkedIn note, free account", () =>
  do_not_optimize(buildMessage({ ...input, channel: "linkedin-note", linkedInFreeAccount: true })),
);

printMedians(await run());
