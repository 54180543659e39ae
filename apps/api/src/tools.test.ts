import { describe, expect, it } from "vitest";
import { isProblem, useTestApp } from "./test-app";

describe("the stateless tools, without an account", () => {
  const app = useTestApp("sqlite", { toolsPerMinute: 30 });

  it("checks an ask", async () => {
    const res = await app.request("/v1/asks/check", {
      method: "POST",
      json: {
        ask: { kind: "resume-review", specifics: "my résumé" },
        contact: { id: "c", name: "Priya", circle: "leaders", tie: "stranger" },
        context: { today: "2026-11-25" },
      },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ level: "unreasonable", rightSized: { kind: "questions" } });
  });

  it("lints a message", async () => {
    const res = await app.request("/v1/messages/lint", {
      method: "POST",
      json: {
        text: "Hi Sara,\nCould I pick your brain over coffee?",
        context: { channel: "email", tie: "stranger", recipientName: "Sarah Chen" },
      },
    });
    const body = (await res.json()) as {
      ready: boolean;
      findings: { ruleId: string }[];
      asks: { kind: string; inPerson: boolean; level: string }[];
    };
    expect(body.ready).toBe(false);
    expect(body.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["greeting-name", "ask-proportionate"]));
    // What Enlist reads as the ask comes with the findings.
    expect(body.asks).toMatchObject([{ kind: "coffee", inPerson: true, level: "unreasonable" }]);
  });

  it("builds a message", async () => {
    const res = await app.request("/v1/messages/build", {
      method: "POST",
      json: {
        recipient: {
          name: "Sarah Chen",
          circle: "leaders",
          tie: "stranger",
          compliment: "talk on microlearning at DevLearn",
        },
        sender: { name: "Ana" },
        ask: { kind: "questions", specifics: "your portfolio process" },
        channel: "linkedin-note",
      },
    });
    const body = (await res.json()) as { body: string };
    expect(body.body.length).toBeLessThanOrEqual(300);
  });

  it("names the fields at fault", async () => {
    const res = await app.request("/v1/messages/lint", {
      method: "POST",
      json: { text: "hi", context: { channel: "fax" } },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      "json.context.channel",
    ]);
  });

  it("refuses a body it cannot lint with a 400 naming the field, as the other routes' validators do", async () => {
    const cases: [unknown, string][] = [
      [{ text: "x".repeat(100_001), context: { channel: "email" } }, "json.text"],
      [{ text: 42, context: { channel: "email" } }, "json.text"],
      [{ text: "hi" }, "json.context"],
      [{ text: "hi", context: { channel: "email", tie: "boss" } }, "json.context.tie"],
      [{ text: "hi", context: { channel: "email" }, options: { preset: "lenient" } }, "json.options.preset"],
      [["not", "an", "object"], "json"],
    ];
    for (const [json, path] of cases) {
      const res = await app.request("/v1/messages/lint", { method: "POST", json });
      expect(await isProblem(res.clone(), 400), path).toBe(true);
      expect(((await res.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe(path);
    }
    const malformed = await app.request("/v1/messages/lint", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(await isProblem(malformed, 400)).toBe(true);
  });

  it("is in the API's document with its body and answers", async () => {
    const doc = (await (await app.request("/openapi.json")).json()) as {
      paths: Record<string, { post?: { requestBody?: unknown; responses?: Record<string, unknown> } }>;
    };
    const lint = doc.paths["/v1/messages/lint"]?.post;
    expect(lint?.requestBody).toBeDefined();
    expect(Object.keys(lint?.responses ?? {})).toEqual(expect.arrayContaining(["200", "400", "429"]));
  });

  it("limits each address per minute", async () => {
    let limited: Response | undefined;
    for (let i = 0; i < 40 && !limited; i++) {
      const res = await app.request("/v1/messages/lint", {
        method: "POST",
        json: { text: "hi", context: { channel: "text" } },
      });
      if (res.status === 429) limited = res;
    }
    expect(limited && (await isProblem(limited, 429))).toBe(true);
  });
});
