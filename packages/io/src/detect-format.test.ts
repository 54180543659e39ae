import { describe, expect, it } from "vitest";
import { detectImportFormat } from "./detect-format";
import { toCsv } from "./export/to-csv";

describe("detectImportFormat", () => {
  it.each([
    ["text/vcard", "BEGIN:VCARD", "vcard"],
    ["text/x-vcard; charset=utf-8", "", "vcard"],
    ["text/csv", "Notes:\nFirst Name,Last Name,URL", "linkedin-csv"],
    ["text/csv; charset=utf-8", "First Name,Last Name,E-mail 1 - Value", "google-csv"],
    ["text/csv", "Name,Given Name,Family Name", "google-csv"],
    ["text/csv", "\uFEFFName,Circle,Tie,Status,Company", "enlist-csv"],
    ["text/csv", '"Name","Circle","Tie"', "enlist-csv"],
    ["text/csv", "Name,Given Name,Circle", "google-csv"],
    ["application/json", "{}", "enlist-backup"],
    ["application/json; charset=utf-8", "", "enlist-backup"],
    ["application/pdf", "%PDF", null],
    ["", "", null],
  ])("%s → %s", (type, head, expected) => expect(detectImportFormat(type, head)).toBe(expected));

  it("finds a Google header in the bytes of a UTF-16 export, as the parser will read them", () => {
    const header = "First Name,Last Name,E-mail 1 - Value\r\n";
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Array.from(header).flatMap((ch) => [ch.charCodeAt(0), 0])]);
    expect(detectImportFormat("text/csv", utf16)).toBe("google-csv");
    expect(detectImportFormat("text/csv", new TextEncoder().encode(header))).toBe("google-csv");
  });

  it("knows Enlist's own CSV export, even with no contacts in it", () => {
    expect(detectImportFormat("text/csv", toCsv([]))).toBe("enlist-csv");
    expect(detectImportFormat("text/csv", new TextEncoder().encode(toCsv([{ id: "con_1", name: "Ana", circle: "leaders", tie: "weak" }])))).toBe("enlist-csv");
  });
});
