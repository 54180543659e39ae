import { describe, expect, it } from "vitest";
import { ENGINES, isProblem, useTestApp } from "./test-app";

describe("the database suites run on PostgreSQL too", () => {
  // In CI a missing PostgreSQL must fail the run, not quietly test SQLite alone.
  it.runIf(process.env.CI === "true")("TEST_DATABASE_URL is set in CI", () => {
    expect(process.env.TEST_DATABASE_URL, "CI must start PostgreSQL and set TEST_DATABASE_URL").toMatch(/^postgres/);
  });
});

describe.each(ENGINES)("the API on %s", (engine) => {
  const app = useTestApp(engine);

  it("answers the health check with its database", async () => {
    const res = await app.request("/healthz");
    expect(await res.json()).toEqual({ status: "ok", database: engine });
  });

  it("signs up, logs in and out with a session cookie, and protects writes with a CSRF token", async () => {
    const email = `ana-${engine}@example.com`;
    const signup = await app.request("/v1/auth/signup", {
      method: "POST",
      json: { email, password: "correct horse battery", name: "Ana" },
    });
    expect(signup.status).toBe(201);
    const setCookie = signup.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/enlist_session=ses_[\w-]+; .*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(";")[0] as string;
    const { csrfToken } = (await signup.json()) as { csrfToken: string };

    expect((await app.request("/v1/me", { headers: { cookie } })).status).toBe(200);
    expect(
      await isProblem(
        await app.request("/v1/pivot", {
          method: "PUT",
          headers: { cookie },
          json: { fromField: "a", toField: "b", targetRoles: [], stillEmployed: true, weeklyMinutes: 60 },
        }),
        403,
      ),
    ).toBe(true);
    expect(
      (
        await app.request("/v1/pivot", {
          method: "PUT",
          headers: { cookie, "x-csrf-token": csrfToken },
          json: { fromField: "a", toField: "b", targetRoles: [], stillEmployed: true, weeklyMinutes: 60 },
        })
      ).status,
    ).toBe(200);

    expect(
      await isProblem(
        await app.request("/v1/auth/signup", {
          method: "POST",
          json: { email: email.toUpperCase(), password: "correct horse battery", name: "Ana" },
        }),
        409,
      ),
    ).toBe(true);
    expect(
      await isProblem(
        await app.request("/v1/auth/login", { method: "POST", json: { email, password: "wrong password!!" } }),
        401,
      ),
    ).toBe(true);
    const login = await app.request("/v1/auth/login", {
      method: "POST",
      json: { email, password: "correct horse battery" },
    });
    expect(login.status).toBe(200);
    const second = login.headers.get("set-cookie")?.split(";")[0] as string;
    expect((await app.request("/v1/auth/logout", { method: "POST", headers: { cookie: second } })).status).toBe(204);
    expect(await isProblem(await app.request("/v1/me", { headers: { cookie: second } }), 401)).toBe(true);
  });

  it("rate-limits log-in attempts per account", async () => {
    const email = `limited-${engine}@example.com`;
    await app.request("/v1/auth/signup", {
      method: "POST",
      json: { email, password: "correct horse battery", name: "L" },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push(
        (await app.request("/v1/auth/login", { method: "POST", json: { email, password: "not the password" } })).status,
      );
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const limited = await app.request("/v1/auth/login", {
      method: "POST",
      json: { email, password: "correct horse battery" },
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("personal access tokens: created once, listed without their value, revoked", async () => {
    const { auth } = await app.user();
    const created = (await (
      await app.request("/v1/tokens", { method: "POST", headers: auth, json: { name: "script" } })
    ).json()) as { id: string; token: string };
    expect(created.token).toMatch(/^enl_/);
    const list = (await (await app.request("/v1/tokens", { headers: auth })).json()) as { items: { id: string }[] };
    expect(JSON.stringify(list)).not.toContain(created.token);
    expect((await app.request(`/v1/tokens/${created.id}`, { method: "DELETE", headers: auth })).status).toBe(204);
    expect(
      await isProblem(await app.request("/v1/me", { headers: { authorization: `Bearer ${created.token}` } }), 401),
    ).toBe(true);
  });

  it("contacts: create, read with an ETag, update with If-Match, stale write 412, list with filters and cursor, delete", async () => {
    const { auth } = await app.user();
    const created = await app.request("/v1/contacts", {
      method: "POST",
      headers: auth,
      json: {
        name: "Sarah Chen",
        circle: "leaders",
        tie: "stranger",
        role: "Head of Learning Design",
        company: "Duolingo",
      },
    });
    expect(created.status).toBe(201);
    const contact = (await created.json()) as { id: string; version: number };
    const etag = created.headers.get("etag") as string;
    expect(etag).toBe(`"${contact.id}.1"`);

    const missingIfMatch = await app.request(`/v1/contacts/${contact.id}`, {
      method: "PATCH",
      headers: auth,
      json: { tie: "weak" },
    });
    expect(await isProblem(missingIfMatch, 428)).toBe(true);
    const updated = await app.request(`/v1/contacts/${contact.id}`, {
      method: "PATCH",
      headers: { ...auth, "if-match": etag },
      json: { tie: "weak", researchNotes: "Her DevLearn talk" },
    });
    expect(updated.status).toBe(200);
    expect(updated.headers.get("etag")).toBe(`"${contact.id}.2"`);
    const stale = await app.request(`/v1/contacts/${contact.id}`, {
      method: "PATCH",
      headers: { ...auth, "if-match": etag },
      json: { tie: "friend" },
    });
    expect(stale.status).toBe(412);
    expect(((await stale.json()) as { current: { tie: string } }).current.tie).toBe("weak");
    const invalid = await app.request(`/v1/contacts/${contact.id}`, {
      method: "PATCH",
      headers: { ...auth, "if-match": `"${contact.id}.2"` },
      json: { circle: "frenemies" },
    });
    expect(await isProblem(invalid, 400)).toBe(true);

    for (const [name, circle] of [
      ["Ana Ruiz", "pathfinders"],
      ["Bo Chan", "backers"],
      ["Lee Park", "leaders"],
    ] as const) {
      await app.request("/v1/contacts", { method: "POST", headers: auth, json: { name, circle, tie: "weak" } });
    }
    const leaders = (await (await app.request("/v1/contacts?circle=leaders", { headers: auth })).json()) as {
      items: { name: string }[];
    };
    expect(leaders.items.map((c) => c.name).sort()).toEqual(["Lee Park", "Sarah Chen"]);
    const search = (await (await app.request("/v1/contacts?q=duolingo", { headers: auth })).json()) as {
      items: { name: string }[];
    };
    expect(search.items.map((c) => c.name)).toEqual(["Sarah Chen"]);
    const percent = (await (await app.request("/v1/contacts?q=%25", { headers: auth })).json()) as { items: unknown[] };
    expect(percent.items).toEqual([]);
    const page1 = (await (await app.request("/v1/contacts?limit=3", { headers: auth })).json()) as {
      items: { id: string }[];
      nextCursor: string;
    };
    const page2 = (await (
      await app.request(`/v1/contacts?limit=3&cursor=${page1.nextCursor}`, { headers: auth })
    ).json()) as { items: { id: string }[]; nextCursor: string | null };
    // A cursor the API never gave out is refused, rather than answered with an empty page that looks like the end.
    for (const cursor of ["zzzz", "%25%25", Buffer.from("con_x' or 1=1").toString("base64url")]) {
      const bad = await app.request(`/v1/contacts?cursor=${cursor}`, { headers: auth });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe("query.cursor");
    }
    expect(page1.items).toHaveLength(3);
    expect(page2.items).toHaveLength(1);
    expect(page2.nextCursor).toBeNull();
    expect(new Set([...page1.items, ...page2.items].map((c) => c.id)).size).toBe(4);

    expect((await app.request(`/v1/contacts/${contact.id}`, { method: "DELETE", headers: auth })).status).toBe(204);
    expect(await isProblem(await app.request(`/v1/contacts/${contact.id}`, { headers: auth }), 404)).toBe(true);
  });

  it("contacts are found without typing their accents, and with them", async () => {
    const { auth } = await app.user();
    await app.request("/v1/contacts", {
      method: "POST",
      headers: auth,
      json: { name: "José Núñez", circle: "pathfinders", tie: "weak", company: "Sørensen & Co" },
    });
    await app.request("/v1/contacts", {
      method: "POST",
      headers: auth,
      json: { name: "Jose Nunes", circle: "backers", tie: "friend" },
    });
    const names = async (q: string) =>
      (
        (await (await app.request(`/v1/contacts?q=${encodeURIComponent(q)}`, { headers: auth })).json()) as {
          items: { name: string }[];
        }
      ).items
        .map((c) => c.name)
        .sort();
    expect(await names("nunez")).toEqual(["José Núñez"]);
    expect(await names("NÚÑEZ")).toEqual(["José Núñez"]);
    expect(await names("sorensen")).toEqual(["José Núñez"]);
    expect(await names("josé")).toEqual(["Jose Nunes", "José Núñez"]);
    expect(await names("nunes")).toEqual(["Jose Nunes"]);
  });
  it("a patch removes a field sent as null, but never the name, circle or tie", async () => {
    const { auth } = await app.user();
    const created = await app.request("/v1/contacts", {
      method: "POST",
      headers: auth,
      json: { name: "Sarah Chen", circle: "leaders", tie: "stranger", company: "Duolingo", role: "Head of Learning" },
    });
    const { id } = (await created.json()) as { id: string };
    const cleared = await app.request(`/v1/contacts/${id}`, {
      method: "PATCH",
      headers: { ...auth, "if-match": created.headers.get("etag") as string },
      json: { company: null, role: "Director of Learning" },
    });
    expect(cleared.status).toBe(200);
    const body = (await cleared.json()) as Record<string, unknown>;
    expect(body.company).toBeUndefined();
    expect(body.role).toBe("Director of Learning");
    const noName = await app.request(`/v1/contacts/${id}`, {
      method: "PATCH",
      headers: { ...auth, "if-match": cleared.headers.get("etag") as string },
      json: { name: null },
    });
    expect(await isProblem(noName, 400)).toBe(true);
  });

  it("counts contacts by circle and status for the board", async () => {
    const { auth } = await app.user();
    const empty = (await (await app.request("/v1/contacts/summary", { headers: auth })).json()) as {
      total: number;
      circles: Record<string, unknown>;
    };
    expect(empty).toEqual({ total: 0, circles: {}, archived: 0 });
    for (const [name, circle, status] of [
      ["A", "leaders", "new"],
      ["B", "leaders", "contacted"],
      ["C", "leaders", "contacted"],
      ["D", "backers", "helped"],
    ] as const) {
      await app.request("/v1/contacts", { method: "POST", headers: auth, json: { name, circle, status, tie: "weak" } });
    }
    const summary = await (await app.request("/v1/contacts/summary", { headers: auth })).json();
    expect(summary).toEqual({
      total: 4,
      circles: {
        leaders: { total: 3, byStatus: { new: 1, contacted: 2 } },
        backers: { total: 1, byStatus: { helped: 1 } },
      },
      archived: 0,
    });
    // Another user's contacts are not counted.
    const other = await app.user();
    expect(
      ((await (await app.request("/v1/contacts/summary", { headers: other.auth })).json()) as { total: number }).total,
    ).toBe(0);
  });

  it("interactions and asks with their verdicts, the plan and the follow-ups", async () => {
    const { auth } = await app.user();
    await app.request("/v1/pivot", {
      method: "PUT",
      headers: auth,
      json: {
        fromField: "teaching",
        toField: "instructional design",
        targetRoles: ["instructional designer"],
        stillEmployed: true,
        weeklyMinutes: 90,
      },
    });
    const ana = (await (
      await app.request("/v1/contacts", {
        method: "POST",
        headers: auth,
        json: {
          name: "Ana Ruiz",
          circle: "pathfinders",
          tie: "weak",
          transition: { from: "teaching", to: "instructional design" },
        },
      })
    ).json()) as { id: string };
    const mum = (await (
      await app.request("/v1/contacts", {
        method: "POST",
        headers: auth,
        json: { name: "Mum", circle: "backers", tie: "close" },
      })
    ).json()) as { id: string };

    const ask = await app.request(`/v1/contacts/${ana.id}/asks`, {
      method: "POST",
      headers: auth,
      json: { kind: "resume-review", specifics: "my résumé" },
    });
    expect(ask.status).toBe(201);
    const stored = (await ask.json()) as { id: string; verdict: { level: string; rightSized: { kind: string } } };
    expect(stored.verdict.level).toBe("unreasonable");
    expect(stored.verdict.rightSized.kind).toBe("advice");
    const second = (await (
      await app.request(`/v1/contacts/${ana.id}/asks`, {
        method: "POST",
        headers: auth,
        json: { kind: "questions", specifics: "two questions about storyboarding", questions: 2 },
      })
    ).json()) as { verdict: { findings: { ruleId: string }[] } };
    expect(second.verdict.findings.map((f) => f.ruleId)).toContain("pacing");
    expect(
      (
        await app.request(`/v1/contacts/${ana.id}/asks/${stored.id}`, {
          method: "PATCH",
          headers: auth,
          json: { status: "withdrawn" },
        })
      ).status,
    ).toBe(200);

    expect(
      (
        await app.request(`/v1/contacts/${ana.id}/interactions`, {
          method: "POST",
          headers: auth,
          json: { type: "sent", date: "2026-11-10" },
        })
      ).status,
    ).toBe(201);
    const history = (await (await app.request(`/v1/contacts/${ana.id}/interactions`, { headers: auth })).json()) as {
      items: { type: string }[];
    };
    expect(history.items.map((i) => i.type)).toEqual(["sent"]);

    const plan = (await (await app.request("/v1/plan", { headers: auth })).json()) as {
      weekOf: string;
      items: { action: string; contactId: string; message?: { body: string } }[];
    };
    expect(plan.weekOf).toBe("2026-11-23");
    expect(plan.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: "follow-up", contactId: ana.id }),
        expect.objectContaining({ action: "reach-out", contactId: mum.id }),
      ]),
    );
    expect(plan.items.find((i) => i.contactId === mum.id)?.message?.body).toMatch(/Ana Ruiz$/);

    const due = (await (await app.request("/v1/follow-ups", { headers: auth })).json()) as {
      items: { contactId: string; state: string; dueOn: string }[];
    };
    expect(due.items).toEqual([
      expect.objectContaining({ contactId: ana.id, state: "follow-up-due", dueOn: "2026-11-19" }),
    ]);
    const feed = (await (await app.request("/v1/follow-ups/feed", { method: "POST", headers: auth })).json()) as {
      path: string;
    };
    const ics = await app.request(feed.path);
    expect(ics.headers.get("content-type")).toContain("text/calendar");
    expect(await ics.text()).toContain("SUMMARY:Follow up with Ana Ruiz");
    await app.request("/v1/follow-ups/feed", { method: "DELETE", headers: auth });
    expect((await app.request(feed.path)).status).toBe(404);
  });

  it("a plan needs a pivot first", async () => {
    const { auth } = await app.user();
    expect(await isProblem(await app.request("/v1/plan", { headers: auth }), 404)).toBe(true);
  });
});
