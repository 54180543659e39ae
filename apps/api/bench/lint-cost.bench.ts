// What the API adds to a lint: POST /v1/messages/lint of the real app against a bare Hono endpoint making
// the same lintMessage call on the same body, measured in the same run at 50 connections. Targets: the API
// serves at least 80 % of the bare endpoint's requests a second, with p99 under 20 ms. Two rounds, each
// server measured in turn, so that a machine that slows down part-way weighs on both alike.
import type autocannon from "autocannon";
import { load, report, start } from "./server";

const body = JSON.stringify({
  text: "Hi Sarah,\n\nYour talk on microlearning at DevLearn 2025 changed how I plan my lessons. I'm a high-school teacher moving into instructional design.\n\nWould you be open to two quick questions by email about how you built your first portfolio? No worries if you're too busy.\n\nThanks,\nAna Ruiz",
  context: { channel: "email", circle: "leaders", tie: "stranger", recipientName: "Sarah Chen" },
});
const post = { method: "POST" as const, headers: { "content-type": "application/json" }, body };

const bare = await start("bare");
const real = await start("real");
try {
  // Both answers must be the same report, or the comparison would be of different work.
  const answers = await Promise.all(
    [bare, real].map(async (s) => (await fetch(`${s.base}/v1/messages/lint`, post)).text()),
  );
  if (answers[0] !== answers[1]) throw new Error(`the two endpoints answer differently:\n${answers[0]}\n${answers[1]}`);

  for (const s of [bare, real]) await load(`${s.base}/v1/messages/lint`, { ...post, duration: 3 });
  const rounds: { bare: autocannon.Result; real: autocannon.Result }[] = [];
  for (let round = 0; round < 2; round++) {
    const b = await load(`${bare.base}/v1/messages/lint`, post);
    const r = await load(`${real.base}/v1/messages/lint`, post);
    rounds.push({ bare: b, real: r });
    report(`round ${round + 1}: bare Hono + lintMessage`, b);
    report(`round ${round + 1}: POST /v1/messages/lint`, r);
  }
  const total = (pick: "bare" | "real") => rounds.reduce((sum, r) => sum + r[pick].requests.average, 0);
  const ratio = total("real") / total("bare");
  const p99 = Math.max(...rounds.map((r) => r.real.latency.p99));
  const errors = rounds.reduce((sum, r) => sum + r.real.errors + r.real.non2xx + r.bare.errors + r.bare.non2xx, 0);
  console.log(
    `\nlint endpoint: ${(100 * ratio).toFixed(1)} % of the bare endpoint's requests/s (target ≥ 80 %: ${ratio >= 0.8 ? "met" : "MISSED"}), ` +
      `p99 ${p99} ms (target < 20 ms: ${p99 < 20 ? "met" : "MISSED"}), ${errors} errors or non-2xx`,
  );
} finally {
  for (const s of [bare, real]) s.child.send("stop");
}
