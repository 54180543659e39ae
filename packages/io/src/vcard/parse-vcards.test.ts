import { describe, expect, it } from "vitest";
import { fixture } from "../test-files";
import { parseVCards } from "./parse-vcards";

function parse(path: string) {
  const r = parseVCards(fixture(`vcard/${path}`));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("parseVCards on real address books", () => {
  it("Gmail 3.0: folded note, escaped commas and colons", () => {
    const { contacts } = parse("ezvcard__John_Doe_GMAIL.vcf");
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({
      name: "Mr. John Richter, James Doe Sr.",
      email: "john.doe@ibm.com",
      company: "IBM",
      role: "Money Counter",
      phones: ["905-555-1234", "905-666-1234"],
    });
    expect(contacts[0]?.note).toMatch(
      /^THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS/,
    );
    expect(contacts[0]?.note).toContain("LIMITED TO, THE IMPLIED WARRANTIES");
    expect(contacts[0]?.note?.endsWith("DAMAGE.\nFavotire Color: Blue")).toBe(true);
  });

  it("Google 3.0: five e-mails including a grouped item1.EMAIL, eleven phones", () => {
    const { contacts } = parse("ezvcard__gmail-single2.vcf");
    expect(contacts[0]).toMatchObject({
      name: "VCard Test",
      emails: [
        "email@example.com",
        "homeemail@example.com",
        "workemail@example.com",
        "otheremail@example.com",
        "customcategory@example.com",
      ],
      company: "TheCompany",
      role: "TheJobTitle",
    });
    expect(contacts[0]?.phones).toHaveLength(11);
  });

  it("iPhone 3.0: CR CR LF line endings, a grouped preferred e-mail, a 46 KB photo skipped", () => {
    const { contacts, report } = parse("ezvcard__John_Doe_IPHONE.vcf");
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({
      name: "Mr. John Richter James Doe Sr.",
      email: "john.doe@ibm.com",
      company: "IBM",
      role: "Money Counter",
    });
    expect(contacts[0]?.phones).toHaveLength(7);
    expect(report.warnings).toEqual([]);
  });

  it("Outlook 2.1: bare parameters, quoted-printable labels, a photo ended by a blank line", () => {
    const { contacts } = parse("ezvcard__John_Doe_MS_OUTLOOK.vcf");
    expect(contacts[0]).toMatchObject({
      name: "Mr. John Richter James Doe Sr.",
      email: "john.doe@ibm.cm",
      company: "IBM",
      role: "Money Counter",
      phones: ["(905) 555-1234", "(905) 666-1234"],
    });
  });

  it("Outlook 2003: a quoted-printable soft break that splits an escape", () => {
    const { contacts } = parse("ezvcard__outlook-2003.vcf");
    expect(contacts[0]).toMatchObject({
      name: "John Doe III",
      email: "jdoe@hotmail.com",
      company: "Company, The",
      role: "The Job Title",
    });
    expect(contacts[0]?.note).toBe("This is the note field!!\nSecond line\n\nThird line is empty");
  });

  it("Android 2.1: six cards, quoted-printable UTF-8 names, two cards with only an e-mail", () => {
    const { contacts, report } = parse("ezvcard__John_Doe_ANDROID.vcf");
    expect(contacts.map((c) => c.name)).toEqual(["Ñ Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ", "ÑÑÑÑ"]);
    expect(contacts[2]).toMatchObject({ email: "bob@company.com", company: "ÑÑÑÑÑÑÑÑÑÑÑÑ" });
    expect(contacts[3]).toMatchObject({ email: "henry@company.com" });
    expect(report).toMatchObject({ rows: 6, imported: 4 });
    expect(report.skipped).toEqual([
      { row: 1, reason: "no name (only john.doe@company.com)" },
      { row: 2, reason: "no name (only jane.doe@company.com)" },
    ]);
    expect(report.warnings.map((w) => w.row)).toEqual([5]);
  });

  it("RFC 6350 4.0: LF only, a folded structured value, tel: URIs", () => {
    const { contacts } = parse("ezvcard__rfc6350-example.vcf");
    expect(contacts[0]).toMatchObject({
      name: "Simon Perreault",
      email: "simon.perreault@viagenie.ca",
      company: "Viagenie",
      phones: ["tel:+1-418-656-9254;ext=102", "tel:+1-418-262-6501"],
    });
  });

  it("4.0 multilingual: raw UTF-8, ALTID pairs, a urn:uuid UID", () => {
    const { contacts } = parse("py-vobject__vcard40_multilang.vcf");
    expect(contacts).toMatchObject([{ name: "Yamada Taro", externalId: "urn:uuid:multilang-vcard-example" }]);
  });
});

describe("parseVCards on bad input", () => {
  it("a truncated card keeps what it had, with a warning", () => {
    const r = parseVCards("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nEMAIL:ana@example.com\r\nTEL:555-01");
    expect(r).toMatchObject({
      ok: true,
      value: {
        contacts: [{ name: "Ana Ruiz", email: "ana@example.com" }],
        report: { warnings: [{ row: 1, message: "card 1 is cut off: the file ends without END:VCARD" }] },
      },
    });
  });

  it("a card that never ends before the next one", () => {
    const r = parseVCards("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n");
    expect(r.ok && r.value.contacts.map((c) => c.name)).toEqual(["A", "B"]);
    expect(r.ok && r.value.report.warnings).toHaveLength(1);
  });

  it.each([
    ["not a vCard", "hello world", "no BEGIN:VCARD"],
    ["a PNG", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]), "PNG image"],
  ])("%s: a clear error", (_n, input, message) => {
    const r = parseVCards(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(message);
  });

  it("a 20 MB photo streams past", () => {
    const photo = Array.from(
      { length: 270_000 },
      () => " QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB",
    ).join("\r\n");
    const r = parseVCards(
      `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:AAAA\r\n${photo}\r\nEMAIL:big@example.com\r\nEND:VCARD\r\n`,
    );
    expect(r).toMatchObject({ ok: true, value: { contacts: [{ name: "Big Photo", email: "big@example.com" }] } });
  });
});
