import { MESSAGES } from "./src/lint/fixtures/messages";
import { lintMessage } from "./src/lint/lint-message";
for (const m of MESSAGES) {
  const r = lintMessage(m.text, m.context); if (!r.ok) { console.log(m.name, r.error); continue; }
  const got = new Set(r.value.findings.map(f => f.ruleId)); const want = new Set(m.rules);
  const extra = [...got].filter(x => !want.has(x)), missing = [...want].filter(x => !got.has(x));
  if (!extra.length && !missing.length) continue;
  console.log(`\n## ${m.name}  extra=${extra} missing=${missing}`);
  for (const f of r.value.findings) if (extra.includes(f.ruleId)) console.log(`   + ${f.ruleId}: ${f.message} [${JSON.stringify((f.target==="subject"?m.context.subject!:m.text).slice(f.start, f.end)).slice(0,90)}]`);
}
