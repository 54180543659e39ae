// `npm start`: runs the product. Until the API lands it shows what the built library can do, using the
// public package exactly as an npm user would.
import { checkAsk, planWeek } from "@enlist/core";

const today = new Date().toISOString().slice(0, 10);
const pivot = { fromField: "teaching", toField: "instructional design", targetRoles: ["instructional designer"], stillEmployed: true, weeklyMinutes: 60 };
const stranger = { id: "c1", name: "Priya Raman", circle: "leaders", tie: "stranger", role: "Head of Learning Design", researchNotes: "her talk on microlearning at DevLearn" };
const verdict = checkAsk({ kind: "resume-review", specifics: "my résumé for instructional designer roles" }, stranger, { today, pivot });
const plan = planWeek(pivot, [stranger, { id: "c2", name: "Sam (my sister)", circle: "backers", tie: "close" }], [], today);

console.log("Enlist: @enlist/core is built and working.\n");
console.log("Asking a stranger to review your résumé is", verdict.ok ? verdict.value.level : verdict.error.message);
if (verdict.ok && verdict.value.rightSized) console.log("  ask this instead:", verdict.value.rightSized.specifics);
if (plan.ok) {
  console.log(`\nThis week (${plan.value.plannedMinutes} of ${plan.value.budgetMinutes} minutes):`);
  for (const item of plan.value.items) console.log(`  - ${item.action} ${item.contactName}: ${item.reason}`);
}
console.log("\nUse it from code (docs/library.md) or from the terminal: npx enlist --help (docs/cli.md).");
console.log("The REST API and the web app arrive in later releases.");
