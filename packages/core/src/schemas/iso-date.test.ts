import { describe, expect, it } from "vitest";
import { IsoDate } from "./iso-date";

describe("IsoDate", () => {
  it.each(["2026-11-25", "2024-02-29", "2000-02-29", "1999-12-31"])("accepts %s", (d) =>
    expect(IsoDate.safeParse(d).success).toBe(true),
  );
  it.each([
    "2026-02-29",
    "1900-02-29",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "2026-1-5",
    "25/11/2026",
    "2026-11-25T10:00",
    "",
  ])("rejects %s", (d) => expect(IsoDate.safeParse(d).success).toBe(false));
});
