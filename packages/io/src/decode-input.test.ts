import { describe, expect, it } from "vitest";
import { decodeInput } from "./decode-input";
import { parseLinkedInConnections } from "./linkedin/parse-linkedin-connections";
import { parseVCards } from "./vcard/parse-vcards";

const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";
const ROW = "José,Núñez,https://www.linkedin.com/in/jose,,Müller & Søn,Diseñadora,01 Mar 2024\r\n";
/** The bytes Excel on Western Windows writes for text: one byte a character, é as 0xE9. */
const windows1252 = (text: string) =>
  Uint8Array.from(text, (ch) => ({ é: 0xe9, ú: 0xfa, ñ: 0xf1, ü: 0xfc, ø: 0xf8, "€": 0x80 })[ch] ?? ch.charCodeAt(0));
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
    expect(decodeInput(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]), "a file")).toEqual({
      ok: true,
      value: { text: ROW, encoding: "utf-8" },
    });
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
    expect(decodeInput(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "a CSV")).toEqual({
      ok: false,
      error: { kind: "invalid-file", message: "this is a PNG image, not a CSV" },
    });
    expect(decodeInput(Uint8Array.from([0x41, 0x00, 0xff, 0x42]), "a CSV")).toEqual({
      ok: false,
      error: { kind: "invalid-file", message: "this is binary data, not a CSV" },
    });
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

describe("a UTF-8 file with a few stray bytes", () => {
  const names = ["Søren Kierkegaard", "Zoë Ødegård", "Łukasz Wróbel", "Ana Ruiz"];
  const encoder = new TextEncoder();
  /** A UTF-8 LinkedIn export of `count` rows where row `damaged` (1-based, data rows) holds a lone 0xFF. */
  const exportWithStrayByte = (count: number, damaged: number) => {
    const parts: Uint8Array[] = [encoder.encode("First Name,Last Name,Company\n")];
    for (let i = 1; i <= count; i++) {
      const [first, last] = (names[i % names.length] as string).split(" ");
      if (i === damaged)
        parts.push(encoder.encode(`${first},${last}`), Uint8Array.of(0xff), encoder.encode(`,Nordic Ltd\n`));
      else parts.push(encoder.encode(`${first},${last} ${i},Nordic Ltd\n`));
    }
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    return bytes;
  };

  it("is still read as UTF-8, and counts the bytes that are not", () => {
    const bytes = new Uint8Array([...encoder.encode("Søren,"), 0xff, ...encoder.encode("Zoë\n")]);
    expect(decodeInput(bytes, "a file")).toEqual({
      ok: true,
      value: { text: "Søren,\ufffdZoë\n", encoding: "utf-8", invalidBytes: 1 },
    });
  });

  it("keeps 30,000 names right and names the one row with the stray byte", () => {
    const result = parseLinkedInConnections(exportWithStrayByte(30_000, 20_000));
    if (!result.ok) throw new Error(result.error.message);
    const { report, contacts } = result.value;
    expect(report.encoding).toBe("utf-8");
    expect(contacts[0]?.name).toBe("Zoë Ødegård 1");
    expect(contacts[29_999]?.name).toBe("Søren Kierkegaard 30000");
    expect(contacts[2]?.name).toBe("Ana Ruiz 3");
    expect(report.unreadable).toEqual({ bytes: 1, rows: [20_001] });
    const warning = report.warnings.find((w) => w.row === 20_001);
    expect(warning?.message).toContain("not valid UTF-8");
    expect(report.warnings).toHaveLength(1);
  });

  it("names the card a stray byte fell in, in a vCard file", () => {
    const card = (name: string) => encoder.encode(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nEND:VCARD\r\n`);
    const damaged = new Uint8Array([
      ...encoder.encode("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bj"),
      0xf6,
      ...encoder.encode("rn Ås\r\nEND:VCARD\r\n"),
    ]);
    const result = parseVCards(new Uint8Array([...card("Søren Dahl"), ...damaged, ...card("Zoë Lind")]));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.report).toMatchObject({ encoding: "utf-8", unreadable: { bytes: 1, rows: [2] } });
    expect(result.value.contacts.map((c) => c.name)).toEqual(["Søren Dahl", "Bj\ufffdrn Ås", "Zoë Lind"]);
    expect(result.value.report.warnings).toEqual([{ row: 2, message: expect.stringContaining("not valid UTF-8") }]);
  });

  it("is read as Windows-1252 when most of its non-ASCII bytes are not UTF-8", () => {
    // Three names in the Western code page and one "Ã©" that happens to be valid UTF-8 too.
    const bytes = windows1252("Søren,Zoë,José,Núñez\n");
    const withPair = new Uint8Array([...bytes, 0xc3, 0xa9, 0x0a]);
    const decoded = decodeInput(withPair, "a file");
    expect(decoded).toEqual({ ok: true, value: { text: "Søren,Zoë,José,Núñez\nÃ©\n", encoding: "windows-1252" } });
  });
});
