// A real call to every operation of the served OpenAPI document, on each storage engine, and each answer
// checked against the document: its status listed, its media type, its body valid under the schema.
import { readFixture } from "@enlist/fixtures";
import { describe, expect, it } from "vitest";
import { answerChecker, operations, type Document } from "./openapi-answers";
import { ENGINES, useTestApp } from "./test-app";

describe.each(ENGINES)("every operation of /openapi.json, called on %s", (engine) => {
  const app = useTestApp(engine);

  it("answers as the document says, for each of them", async () => {
    const doc = (await (await app.request("/openapi.json")).json()) as Document;
    const check = answerChecker(doc);
    const called = new Set<string>();
    const failures: string[] = [];
    /** Calls one operation; its answer must be a success the document describes. */
    const call = async (operationId: string, path: string, init: RequestInit & { json?: unknown } = {}) => {
      const res = await app.request(path, init);
      called.add(operationId);
      expect(res.status, `${operationId}: ${await res.clone().text()}`).toBeLessThan(300);
      failures.push(...(await check(operationId, res.clone())));
      return res;
    };
    const post = (id: string, path: string, json: unknown, headers: Record<string, string> = {}) =>
      call(id, path, { method: "POST", json, headers });

    await call("getHealth", "/healthz");
    const email = `calls-${engine}@example.com`;
    const signup = await post("signUp", "/v1/auth/signup", {
      email,
      password: "correct horse battery",
      name: "Ana Ruiz",
    });
    const cookie = signup.headers.get("set-cookie")?.split(";")[0] ?? "";
    const login = await post("logIn", "/v1/auth/login", { email, password: "correct horse battery" });
    const session = {
      cookie: login.headers.get("set-cookie")?.split(";")[0] ?? cookie,
      "x-csrf-token": ((await login.json()) as { csrfToken: string }).csrfToken,
    };
    const { token, id: tokenId } = (await (
      await post("createToken", "/v1/tokens", { name: "calls" }, session)
    ).json()) as { token: string; id: string };
    const auth = { authorization: `Bearer ${token}` };
    await call("getMe", "/v1/me", { headers: session });
    await call("listTokens", "/v1/tokens", { headers: auth });

    const pivot = {
      fromField: "teaching",
      toField: "instructional design",
      targetRoles: ["instructional designer"],
      stillEmployed: true,
      currentEmployer: "Lincoln High School",
      weeklyMinutes: 120,
    };
    await call("setPivot", "/v1/pivot", { method: "PUT", json: pivot, headers: auth });
    await call("getPivot", "/v1/pivot", { headers: auth });

    const sarah = (await (
      await post(
        "createContact",
        "/v1/contacts",
        {
          name: "Sarah Chen",
          circle: "leaders",
          tie: "stranger",
          company: "Duolingo",
          role: "Head of Learning Design",
          researchNotes: "Her talk on microlearning at DevLearn 2025",
        },
        auth,
      )
    ).json()) as { id: string; version: number };
    const colleague = (await (
      await post(
        "createContact",
        "/v1/contacts",
        { name: "Jo Park", circle: "backers", tie: "friend", company: "Lincoln High" },
        auth,
      )
    ).json()) as { id: string };
    await call("listContacts", "/v1/contacts?limit=1", { headers: auth });
    await call("contactSummary", "/v1/contacts/summary", { headers: auth });
    const read = await call("getContact", `/v1/contacts/${sarah.id}`, { headers: auth });
    await call("updateContact", `/v1/contacts/${sarah.id}`, {
      method: "PATCH",
      json: { role: "VP of Learning" },
      headers: { ...auth, "if-match": read.headers.get("etag") ?? "" },
    });
    await post("bulkChangeContacts", "/v1/contacts/bulk", { ids: [colleague.id], patch: { archived: true } }, auth);
    await post(
      "logInteraction",
      `/v1/contacts/${sarah.id}/interactions`,
      { type: "sent", date: "2026-11-20", note: "First note" },
      auth,
    );
    await call("listInteractions", `/v1/contacts/${sarah.id}/interactions`, { headers: auth });
    const ask = (await (
      await post(
        "recordAsk",
        `/v1/contacts/${sarah.id}/asks`,
        { kind: "questions", specifics: "two questions about your portfolio reviews" },
        auth,
      )
    ).json()) as { id: string };
    await call("listAsks", `/v1/contacts/${sarah.id}/asks`, { headers: auth });
    await call("updateAsk", `/v1/contacts/${sarah.id}/asks/${ask.id}`, {
      method: "PATCH",
      json: { status: "granted" },
      headers: auth,
    });

    await call("getPlan", "/v1/plan?today=2026-11-25", { headers: auth });
    await call("listFollowUps", "/v1/follow-ups?today=2026-11-25", { headers: auth });
    const feed = (await (await post("createFeedLink", "/v1/follow-ups/feed", undefined, auth)).json()) as {
      path: string;
    };
    await call("followUpCalendar", feed.path);
    await call("revokeFeedLink", "/v1/follow-ups/feed", { method: "DELETE", headers: auth });

    const csv = readFixture("linkedin/enlist-synthetic-unicode-bom-crlf.csv");
    await call("importContacts", "/v1/contacts/import?dryRun=true", {
      method: "POST",
      body: csv,
      headers: { ...auth, "content-type": "text/csv" },
    });
    await call("importContacts", "/v1/contacts/import", {
      method: "POST",
      body: csv,
      headers: { ...auth, "content-type": "text/csv" },
    });
    for (const format of ["csv", "vcard", "json"])
      await call("exportContacts", `/v1/contacts/export?format=${format}`, { headers: auth });
    const backup = await (await call("exportAccount", "/v1/me/export", { headers: auth })).text();
    // A backup is restored into an empty account only: a second one, which the answer describes too.
    const other = await app.user();
    await call("importContacts", "/v1/contacts/import?dryRun=true", {
      method: "POST",
      body: backup,
      headers: { ...other.auth, "content-type": "application/json" },
    });

    const contact = { id: "c1", name: "Priya Raman", circle: "leaders", tie: "stranger" };
    await post("checkAsk", "/v1/asks/check", {
      ask: { kind: "resume-review", specifics: "my résumé" },
      contact,
      context: { today: "2026-11-25" },
    });
    await post("lintMessage", "/v1/messages/lint", {
      text: "Hi Priya,\nCould I ask two questions about your move?",
      context: { channel: "email", circle: "leaders", tie: "stranger", recipientName: "Priya Raman" },
    });
    await post("buildMessage", "/v1/messages/build", {
      recipient: { name: "Priya Raman", circle: "leaders", tie: "stranger" },
      sender: { name: "Ana Ruiz" },
      ask: { kind: "questions", specifics: "your portfolio" },
      channel: "email",
    });

    await call("deleteContact", `/v1/contacts/${colleague.id}`, { method: "DELETE", headers: auth });
    await call("logOut", "/v1/auth/logout", { method: "POST", headers: session });
    await call("revokeToken", `/v1/tokens/${tokenId}`, { method: "DELETE", headers: auth });
    const again = await post("logIn", "/v1/auth/login", { email, password: "correct horse battery" });
    const s2 = {
      cookie: again.headers.get("set-cookie")?.split(";")[0] ?? "",
      "x-csrf-token": ((await again.json()) as { csrfToken: string }).csrfToken,
    };
    await call("deleteAccount", "/v1/me", { method: "DELETE", headers: s2 });

    expect(failures).toEqual([]);
    // A new operation fails here until this test calls it.
    expect([...operations(doc).keys()].filter((id) => !called.has(id))).toEqual([]);
  });

  it("finds an answer the document does not describe (so that the check above can fail)", async () => {
    const check = answerChecker((await (await app.request("/openapi.json")).json()) as Document);
    const json = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
    expect(
      await check("getMe", json(200, { id: 7, email: "ana@example.com", name: "Ana", createdAt: "2026-11-25" })),
    ).toEqual([expect.stringContaining("getMe → 200: /id must be string")]);
    expect(await check("getMe", json(200, { email: "ana@example.com" }))).toEqual(
      expect.arrayContaining([expect.stringContaining("must have required property 'id'")]),
    );
    expect(await check("getMe", json(418, {}))).toEqual(["getMe → 418: the document lists only 200, 400, 401, 503"]);
    expect(
      await check(
        "exportAccount",
        json(200, {
          format: "enlist-backup",
          version: 2,
          pivot: null,
          contacts: [{ name: "no id" }],
          interactions: [],
        }),
      ),
    ).not.toEqual([]);
    expect(await check("logOut", new Response("x", { status: 200 }))).toEqual([
      "logOut → 200: the document lists only 204, 400, 413, 503",
    ]);
  });
});
