import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseArgs } from "./result";

describe("parseArgs", () => {
  it("gives every argument's parsed value by name", () => {
    const r = parseArgs({ today: [z.string(), "2026-11-25"], limit: [z.number().default(5), undefined] });
    expect(r).toEqual({ ok: true, value: { today: "2026-11-25", limit: 5 } });
  });

  it("stops at the first wrong argument, naming it in the path", () => {
    const r = parseArgs({ contacts: [z.array(z.object({ name: z.string() })), [{ name: 1 }]], today: [z.string(), 3] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues.map((i) => i.path)).toEqual(["contacts[0].name"]);
      expect(r.error.message).toMatch(/^contacts\[0\]\.name: /);
    }
  });
});
