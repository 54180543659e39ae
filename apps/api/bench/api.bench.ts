// The API under load, bounded and on 127.0.0.1 only (the lint endpoint's own cost is lint-cost.bench.ts):
// 1. POST /v1/contacts/import of a 30,000-row LinkedIn export (targets: under 3 s, server under 300 MB);
// 2. GET /v1/contacts with 30,000 contacts stored, 50 connections (target: p99 under 30 ms).
import { ask, load, report, start } from "./server";

/** A LinkedIn Connections.csv of `rows` people, with the notes preamble, quoted commas and empty e-mails. */
function linkedInExport(rows: number): string {
  const lines = [
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  ];
  const names = ["Ana,Ruiz", "José,Núñez", 'Hannah,"Lee, Jr."', "Zoë,Müller", "Bo,Chan"];
  for (let i = 0; i < rows; i++) {
    // Three kinds of title, so that with the pivot below a third land in each circle.
    const title = ["Teacher turned Designer", "Head of Design", "Accountant"][i % 3];
    lines.push(
      `${names[i % names.length]},https://www.linkedin.com/in/p-${i},${i % 3 ? "" : `p${i}@example.com`},"Company ${i % 97}, Inc.",${title},${(i % 28) + 1} Mar 2024`,
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

const real = await start("real");
try {
  // The import runs first, on a fresh server, so that its memory is measured alone.
  const signup = await fetch(`${real.base}/v1/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "bench@example.com", password: "correct horse battery", name: "Bench" }),
  });
  const cookie = signup.headers.get("set-cookie")?.split(";")[0] ?? "";
  const { csrfToken } = (await signup.json()) as { csrfToken: string };
  const token = (
    (await (
      await fetch(`${real.base}/v1/tokens`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
        body: JSON.stringify({ name: "bench" }),
      })
    ).json()) as { token: string }
  ).token;
  const auth = { authorization: `Bearer ${token}` };
  await fetch(`${real.base}/v1/pivot`, {
    method: "PUT",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify({
      fromField: "teaching",
      toField: "design",
      targetRoles: [],
      stillEmployed: true,
      weeklyMinutes: 60,
    }),
  });

  const csv = linkedInExport(30_000);
  const before = await ask<{ rss: number }>(real.child, "rss");
  const t0 = performance.now();
  const imported = await fetch(`${real.base}/v1/contacts/import`, {
    method: "POST",
    headers: { ...auth, "content-type": "text/csv" },
    body: csv,
  });
  const seconds = (performance.now() - t0) / 1000;
  const stored = ((await imported.json()) as { stored: number }).stored;
  const after = await ask<{ rss: number; maxRss: number }>(real.child, "rss");
  console.log(
    `import of a 30,000-row LinkedIn export (${(csv.length / 1e6).toFixed(1)} MB): ${seconds.toFixed(2)} s, ${stored} stored; server peak ${(after.maxRss / 1e6).toFixed(0)} MB resident (${(before.rss / 1e6).toFixed(0)} MB before)\n`,
  );

  await load(`${real.base}/v1/contacts?limit=50`, { headers: auth, duration: 2 });
  report(
    "GET /v1/contacts (30,000 stored, page of 50)",
    await load(`${real.base}/v1/contacts?limit=50`, { headers: auth }),
  );
  report(
    "GET /v1/contacts?circle=leaders",
    await load(`${real.base}/v1/contacts?circle=leaders&limit=50`, { headers: auth }),
  );
  report("GET /v1/contacts?q=ruiz", await load(`${real.base}/v1/contacts?q=ruiz&limit=50`, { headers: auth }));
} finally {
  real.child.send("stop");
}
