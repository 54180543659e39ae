import { describe, expect, it } from "vitest";
import { detectImportFormat } from "./detect-format";

describe("detectImportFormat", () => {
  it.each([
    ["text/vcard", "BEGIN:VCARD", "vcard"],
    ["text/x-vcard; charset=utf-8", "", "vcard"],
    ["text/csv", "Notes:\nFirst Name,Last Name,URL", "linkedin-csv"],
    ["text/csv; charset=utf-8", "First Name,Last Name,E-mail 1 - Value", "google-csv"],
    ["text/csv", "Name,Given Name,Family Name", "google-csv"],
    ["application/pdf", "%PDF", null],
    ["", "", null],
  ])("%s → %s", (type, head, expected) => expect(detectImportFormat(type, head)).toBe(expected));
});
