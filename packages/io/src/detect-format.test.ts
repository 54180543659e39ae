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

  it("finds a Google header in the bytes of a UTF-16 export, as the parser will read them", () => {
    const header = "First Name,Last Name,E-mail 1 - Value\r\n";
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Array.from(header).flatMap((ch) => [ch.charCodeAt(0), 0])]);
    expect(detectImportFormat("text/csv", utf16)).toBe("google-csv");
    expect(detectImportFormat("text/csv", new TextEncoder().encode(header))).toBe("google-csv");
  });
});
