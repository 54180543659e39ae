import { describe, expect, it } from "vitest";
import { MESSAGES } from "./fixtures/messages";
import { lintMessage } from "./lint-message";

describe("lintMessage on real-looking messages", () => {
  it("has at least 30 messages covering every channel and circle", () => {
    expect(MESSAGES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(MESSAGES.map((m) => m.context.channel))).toEqual(
      new Set(["email", "linkedin-note", "linkedin-message", "text"]),
    );
    expect(new Set(MESSAGES.map((m) => m.context.circle))).toEqual(new Set(["leaders", "pathfinders", "backers"]));
  });

  it.each(MESSAGES)("$name", ({ text, context, rules }) => {
    const r = lintMessage(text, context);
    if (!r.ok) throw new Error(r.error.message);
    // Hints (info) are not problems; the fixture lists the rules that must find one.
    expect([...new Set(r.value.findings.filter((f) => f.severity !== "info").map((f) => f.ruleId))].sort()).toEqual(
      [...rules].sort(),
    );
    for (const f of r.value.findings) {
      const source = f.target === "subject" ? (context.subject ?? "") : text;
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThanOrEqual(f.start ?? 0);
      expect(f.end).toBeLessThanOrEqual(source.length);
    }
    expect(r.value.ready).toBe(!r.value.findings.some((f) => f.severity === "error"));
  });
});

describe("lintMessage: report", () => {
  const text = MESSAGES[1]?.text ?? "";
  const context = MESSAGES[1]?.context;

  it("counts words without the signature, and characters of the whole text", () => {
    const r = lintMessage("Hi Sarah,\nCould I ask two questions?\n\nBest,\nAna Ruiz\nana@example.com", {
      channel: "email",
    });
    expect(r).toMatchObject({ ok: true, value: { words: 7, characters: 68 } });
  });

  it("scores a clean message 100 and a bad one lower, never below 0", () => {
    const good = lintMessage(MESSAGES[0]?.text, MESSAGES[0]?.context);
    const bad = lintMessage(text, context);
    expect(good.ok && good.value.score).toBe(100);
    expect(bad.ok && bad.value.score).toBe(0);
    expect(bad.ok && bad.value.ready).toBe(false);
  });

  it("turns a rule off or changes its severity", () => {
    const r = lintMessage(text, context, { rules: { "greeting-name": "off", "no-job-ask": "info" } });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.findings.some((f) => f.ruleId === "greeting-name")).toBe(false);
    expect(r.value.findings.filter((f) => f.ruleId === "no-job-ask").every((f) => f.severity === "info")).toBe(true);
  });

  it("the strict preset makes warnings block sending", () => {
    const msg =
      "Hi Sarah,\nYour talk on onboarding at DevLearn was great. I'm a teacher moving into ID.\nCould I pick your brain with two quick questions about portfolios?";
    const ctx = { channel: "email", circle: "leaders", tie: "stranger", recipientName: "Sarah" } as const;
    const recommended = lintMessage(msg, ctx);
    const strict = lintMessage(msg, ctx, { preset: "strict" });
    expect(recommended.ok && recommended.value.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["ask-specific", "warning"],
    ]);
    expect(recommended.ok && recommended.value.ready).toBe(true);
    expect(strict.ok && strict.value.ready).toBe(false);
  });
});

describe("lintMessage: bad input is a result, never a throw", () => {
  const ctx = { channel: "email", circle: "leaders", tie: "stranger" } as const;
  it.each([
    ["empty text", ""],
    ["only whitespace", " \n\t \n"],
    ["only a signature", "--\nAna Ruiz\nana@example.com"],
    ["binary garbage", String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65_536))],
    ["lone surrogates", "\ud800\udc00\ud800 hi \udfff?"],
    ["mixed scripts", "Привет! 你好 مرحبا — could I ask two questions? 🙏🏽"],
    ["1 MB of text", "Could I ask you two questions? ".repeat(35_000)],
    ["one endless line", "a".repeat(1_000_000)],
  ])("%s", (_name, text) => {
    const r = lintMessage(text, ctx);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.characters).toBe(text.length);
  });

  it.each([
    ["a number as text", 42, ctx, "text"],
    ["an unknown channel", "hi", { channel: "fax" }, "context.channel"],
    ["no context", "hi", undefined, "context"],
    ["a bad rule setting", "hi", ctx, "options.rules.length"],
  ])("%s names the field", (_name, text, context, path) => {
    const r = lintMessage(text, context, path.startsWith("options") ? { rules: { length: "loud" } } : undefined);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]?.path).toBe(path);
  });
});
