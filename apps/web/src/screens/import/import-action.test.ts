import { describe, expect, it } from "vitest";
import { importAction, summaryLine } from "./import-action";

describe("the import button", () => {
  it("names what it will do", () => {
    expect(importAction({ create: 3, update: 2, unchanged: 0 })).toEqual({
      label: "Import 3 contacts, update 2",
      reason: null,
    });
    expect(importAction({ create: 1, update: 0, unchanged: 5 })).toEqual({ label: "Import 1 contact", reason: null });
    expect(importAction({ create: 0, update: 2, unchanged: 5 })).toEqual({ label: "Update 2 contacts", reason: null });
  });

  it("says why there is nothing to import", () => {
    expect(importAction({ create: 0, update: 0, unchanged: 10 }).reason).toBe(
      "Nothing to import: everyone in this file is already in Enlist, and nothing about them has changed.",
    );
    expect(importAction({ create: 0, update: 0, unchanged: 0 }).reason).toBe(
      "Nothing to import: every row of this file is left out.",
    );
  });
});

describe("the summary line", () => {
  it("counts new, updated with the fields that change, and unchanged", () => {
    const updates = [
      { changes: [{ field: "company" }, { field: "role" }] },
      { changes: [{ field: "email" }, { field: "company" }] },
    ];
    expect(summaryLine(3, updates, 8)).toBe("3 new, 2 updated (company, role, e-mail), 8 unchanged");
    expect(summaryLine(0, [], 10)).toBe("0 new, 0 updated, 10 unchanged");
  });
});
