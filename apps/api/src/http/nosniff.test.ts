// nosniff reaches every kind of answer: those made with it (the lint report, problems) and those given it
// afterwards (c.json, streamed exports, redirects).
import { describe, expect, it } from "vitest";
import { useTestApp } from "../test-app";

describe("nosniff on every kind of answer", () => {
  const app = useTestApp("sqlite");

  it("is said once by the lint report, a problem, a JSON answer, an export and a redirect", async () => {
    const { auth } = await app.user();
    const answers = [
      await app.request("/v1/messages/lint", {
        method: "POST",
        json: { text: "Hi Sarah, could we talk?", context: { channel: "email" } },
      }),
      await app.request("/v1/messages/lint", { method: "POST", json: { text: 3, context: { channel: "email" } } }),
      await app.request("/v1/contacts", { headers: auth }),
      await app.request("/v1/contacts/export?format=csv", { headers: auth }),
      await app.request("/"),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 400, 200, 200, 302]);
    for (const r of answers) expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    await answers[3]?.text();
  });
});
