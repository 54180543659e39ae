import { describe, expect, it } from "vitest";
import { detectImportFormat, IMPORT_MEDIA_TYPES } from "./detect-format";
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
    expect(
      detectImportFormat(
        "text/csv",
        new TextEncoder().encode(toCsv([{ id: "con_1", name: "Ana", circle: "leaders", tie: "weak" }])),
      ),
    ).toBe("enlist-csv");
  });

  describe("with the file's name, as a file picker or the command line holds it", () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    it.each([
      ["contacts.vcf", "", "BEGIN:VCARD\r\nVERSION:3.0", "vcard"],
      ["Contacts.VCARD", "application/octet-stream", "", "vcard"],
      ["export (1)", "", "\uFEFF  begin:vcard\nFN:Ana", "vcard"],
      ["contacts.txt", "text/plain", "BEGIN:VCARD\nFN:Ana", "vcard"],
      ["card", "text/x-vcard", "FN:Ana", "vcard"],
      ["enlist-backup.json", "", "", "enlist-backup"],
      ["backup", "", '  {"version":1}', "enlist-backup"],
      ["Connections.csv", "text/csv", "Notes:\nFirst Name,Last Name,URL", "linkedin-csv"],
      ["contacts.csv", "", "First Name,Last Name,E-mail 1 - Value", "google-csv"],
      ["enlist-contacts.csv", "application/vnd.ms-excel", "Name,Circle,Tie", "enlist-csv"],
      ["photo.png", "image/png", "\x89PNG", "linkedin-csv"],
    ])("%s (%s) → %s", (name, type, head, expected) => {
      expect(detectImportFormat(type, bytes(head), name)).toBe(expected);
      // Sent as IMPORT_MEDIA_TYPES says, the API's own detection reaches the same parser.
      const format = detectImportFormat(type, bytes(head), name);
      expect(detectImportFormat(IMPORT_MEDIA_TYPES[format], bytes(head))).toBe(expected);
    });
  });
});
