// `npm run bench` in apps/api, bounded and on 127.0.0.1 only:
// 1. POST /v1/messages/lint against a bare Hono endpoint that only validates the same body with zod, in the
//    same run, 50 connections (targets: at least 80 % of its throughput, p99 under 20 ms), with two
//    references that split the difference: the bare endpoint plus the lintMessage call, and the route as
//    declared with @hono/zod-openapi answering without linting;
// 2. GET /v1/contacts with 30,000 contacts stored (target: p99 under 30 ms);
// 3. POST /v1/contacts/import of a 30,000-row LinkedIn export (targets: under 3 s, server under 300 MB).
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

/** A LinkedIn Connections.csv of `rows` people, with the notes preamble, quoted commas and empty e-mails. */
function linkedInExport(rows: number): string {
  const lines = ["Notes:", '"When exporting your connection data, you may notice that some of the email addresses are missing."', "", "First Name,Last Name,URL,Email Address,Company,Position,Connected On"];
  const names = ["Ana,Ruiz", "José,Núñez", 'Hannah,"Lee, Jr."', "Zoë,Müller", "Bo,Chan"];
  for (let i = 0; i < rows; i++) {
    // Three kinds of title, so that with the pivot below a third land in each circle.
    const title = ["Teacher turned Designer", "Head of Design", "Accountant"][i % 3];
    lines.push(`${names[i % names.length]},https://www.linkedin.com/in/p-${i},${i % 3 ? "" : `p${i}@example.com`},"Company ${i % 97}, Inc.",${title},${(i % 28) + 1} Mar 2024`);
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const serveScript = fileURLToPath(new URL("./serve.mjs", import.meta.url));
const lintBody = JSON.stringify({
  text: "Hi Sarah,\n\nYour talk on microlearning at DevLearn 2025 changed how I plan my lessons. I'm a high-school teacher moving into instructional design.\n\nWould you be open to two quick questions by email about how you built your first portfolio? No worries if you're too busy.\n\nThanks,\nAna Ruiz",
  context: { channel: "email", circle: "leaders", tie: "stranger", recipientName: "Sarah Chen" },
});

function start(kind: "real" | "bare" | "bare-lint" | "openapi"): Promise<{ child: ChildProcess; base: string }> {
  // Plain Node for the servers: without the TypeScript loader the parent runs under, as in production.
  const child = fork(serveScript, [kind], { stdio: "inherit", execArgv: [] });
  return new Promise((resolve) => child.once("message", (m: { port: number }) => resolve({ child, base: `http://127.0.0.1:${m.port}` })));
}

const ask = <T>(child: ChildProcess, message: string) => new Promise<T>((resolve) => { child.once("message", (m) => resolve(m as T)); child.send(message); });

async function load(url: string, options: Partial<autocannon.Options>) {
  return autocannon({ url, connections: 50, duration: SECONDS, ...options });
}

const report = (name: string, r: autocannon.Result) =>
  console.log(`${name.padEnd(50)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   errors ${r.errors + r.non2xx}`);

const real = await start("real");
const bare = await start("bare");
const bareLint = await start("bare-lint");
const openapi = await start("openapi");
try {
  // The import runs first, on a fresh server, so that its memory is measured alone.
  const signup = await fetch(`${real.base}/v1/auth/signup`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "bench@example.com", password: "correct horse battery", name: "Bench" }) });
  const cookie = signup.headers.get("set-cookie")?.split(";")[0] ?? "";
  const { csrfToken } = (await signup.json()) as { csrfToken: string };
  const token = ((await (await fetch(`${real.base}/v1/tokens`, { method: "POST", headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken }, body: JSON.stringify({ name: "bench" }) })).json()) as { token: string }).token;
  const auth = { authorization: `Bearer ${token}` };
  await fetch(`${real.base}/v1/pivot`, { method: "PUT", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ fromField: "teaching", toField: "design", targetRoles: [], stillEmployed: true, weeklyMinutes: 60 }) });

  const csv = linkedInExport(30_000);
  const before = await ask<{ rss: number }>(real.child, "rss");
  const t0 = performance.now();
  const imported = await fetch(`${real.base}/v1/contacts/import`, { method: "POST", headers: { ...auth, "content-type": "text/csv" }, body: csv });
  const seconds = (performance.now() - t0) / 1000;
  const stored = ((await imported.json()) as { stored: number }).stored;
  const after = await ask<{ rss: number; maxRss: number }>(real.child, "rss");
  console.log(`import of a 30,000-row LinkedIn export (${(csv.length / 1e6).toFixed(1)} MB): ${seconds.toFixed(2)} s, ${stored} stored; server peak ${(after.maxRss / 1e6).toFixed(0)} MB resident (${(before.rss / 1e6).toFixed(0)} MB before)\n`);

  const post = { method: "POST" as const, headers: { "content-type": "application/json" }, body: lintBody };
  const servers = [bare, bareLint, openapi, real];
  for (const s of servers) await load(`${s.base}/v1/messages/lint`, { ...post, duration: 2 });
  const results: autocannon.Result[] = [];
  for (const s of servers) results.push(await load(`${s.base}/v1/messages/lint`, post));
  const share = (r: autocannon.Result) => `${((100 * r.requests.average) / results[0]!.requests.average).toFixed(0)} %`;
  const names = ["bare Hono + zod validation", "  reference: bare + lintMessage", "  reference: zod-openapi route, no lint", "POST /v1/messages/lint"];
  results.forEach((r, i) => report(`${names[i]}${i ? ` (${share(r)})` : ""}`, r));
  console.log(`lint throughput: ${share(results[3]!)} of the bare endpoint\n`);

  await load(`${real.base}/v1/contacts?limit=50`, { headers: auth, duration: 2 });
  report("GET /v1/contacts (30,000 stored, page of 50)", await load(`${real.base}/v1/contacts?limit=50`, { headers: auth }));
  report("GET /v1/contacts?circle=leaders", await load(`${real.base}/v1/contacts?circle=leaders&limit=50`, { headers: auth }));
  report("GET /v1/contacts?q=ruiz", await load(`${real.base}/v1/contacts?q=ruiz&limit=50`, { headers: auth }));
} finally {
  for (const s of [real, bare, bareLint, openapi]) s.child.send("stop");
}
