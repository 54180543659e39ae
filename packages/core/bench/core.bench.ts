// `npm run bench` in packages/core: checkAsk per call and planWeek over 30,000 contacts (target < 100 ms).
import { bench, do_not_optimize, run, summary } from "mitata";
// The built package, as users get it: run `npm run build` first (turbo does, for `npm run bench`).
import { checkAsk, planWeek } from "@enlist/core";
import { generateNetwork } from "./generate";
import { printMedians } from "./medians";

const today = "2026-11-25";
const pivot = {
  fromField: "teaching",
  toField: "instructional design",
  targetRoles: ["instructional designer"],
  stillEmployed: true,
  weeklyMinutes: 180,
};
const stranger = { id: "c1", name: "Priya Raman", circle: "leaders", tie: "stranger", role: "Head of Learning Design" };
const context = { today, pivot, interactions: [{ contactId: "c1", type: "sent", date: "2026-10-01" }] };
const network = generateNetwork(30_000);

summary(() => {
  bench("checkAsk: reasonable ask (no right-sizing)", () =>
    do_not_optimize(
      checkAsk({ kind: "questions", specifics: "two questions about storyboarding", questions: 2 }, stranger, context),
    ),
  );
  bench("checkAsk: unreasonable ask, right-sized", () =>
    do_not_optimize(checkAsk({ kind: "resume-review", specifics: "my résumé for ID roles" }, stranger, context)),
  );
});
bench("planWeek: 30,000 contacts, 13,500 interactions", () =>
  do_not_optimize(planWeek(pivot, network.contacts, network.interactions, today)),
);

printMedians(await run());
