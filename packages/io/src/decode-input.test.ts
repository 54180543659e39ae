import { describe, expect, it } from "vitest";
import { decodeInput } from "./decode-input";
import { parseLinkedInConnections } from "./linkedin/parse-linkedin-connections";

const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";
const ROW = "José,Núñez,https://www.linkedin.com/in/jose,,Müller & Søn,Diseñadora,01 Mar 2024\r\n";
/** The bytes Excel on Western Windows writes for text: one byte a character, é as 0xE9. */
const windows1252 = (text: string) => Uint8Array.from(text, (ch) => ({ é: 0xe9, ú: 0xfa, ñ: 0xf1, ü: 0xfc, ø: 0xf8, "€": 0x80 })[ch] ?? ch.charCodeAt(0));
const utf16 = (text: string, bigEndian: boolean) => {
  const bytes = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    bytes.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]));
  }
  return Uint8Array.from(bytes);
};

describe("decodeInput", () => {
  it("reads UTF-8, with or without a byte-order mark", () => {
    const bytes = new TextEncoder().encode(ROW);
    expect(decodeInput(bytes, "a file")).toEqual({ ok: true, value: { text: ROW, encoding: "utf-8" } });
    expect(decodeInput(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]), "a file")).toEqual({ ok: true, value: { text: ROW, encoding: "utf-8" } });
  });

  it("reads UTF-16 by its byte-order mark, either byte order", () => {
    expect(decodeInput(utf16(ROW, false), "a file")).toEqual({ ok: true, value: { text: ROW, encoding: "utf-16le" } });
    expect(decodeInput(utf16(ROW, true), "a file")).toEqual({ ok: true, value: { text: ROW, encoding: "utf-16be" } });
  });

  it("reads bytes that are not UTF-8 as Windows-1252 instead of losing every accent", () => {
    const decoded = decodeInput(windows1252(`${ROW}Price: €5\r\n`), "a file");
    expect(decoded).toEqual({ ok: true, value: { text: `${ROW}Price: €5\r\n`, encoding: "windows-1252" } });
  });

  it("still refuses binary data and known file types", () => {
    expect(decodeInput(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "a CSV")).toEqual({ ok: false, error: { kind: "invalid-file", message: "this is a PNG image, not a CSV" } });
    expect(decodeInput(Uint8Array.from([0x41, 0x00, 0xff, 0x42]), "a CSV")).toEqual({ ok: false, error: { kind: "invalid-file", message: "this is binary data, not a CSV" } });
  });
});

describe("a LinkedIn export saved by Excel on Windows", () => {
  it("imports the names as written and says how the file was read", () => {
    const result = parseLinkedInConnections(windows1252(HEADER + ROW));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.report.encoding).toBe("windows-1252");
    expect(result.value.contacts[0]).toMatchObject({ name: "José Núñez", company: "Müller & Søn", role: "Diseñadora" });
  });
  it("refuses a NUL character deep in the file, naming its line, instead of importing a row no database can hold", () => {
    const rows = Array.from({ length: 400 }, (_, i) => `Ana${i},Ruiz,,,,01 Mar 2024`).join("\n");
    const text = `First Name,Last Name,URL,Email Address,Company,Connected On\n${rows}\nBad\u0000Row,X,,,,01 Mar 2024\n`;
    const r = decodeInput(new TextEncoder().encode(text), "a LinkedIn export");
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error.message).toContain("line 402 holds a NUL character");
  });
});
