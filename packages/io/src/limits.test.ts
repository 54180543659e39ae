import { describe, expect, it } from "vitest";
import { MAX_CONTACTS } from "./limits";
import { parseLinkedInConnections } from "./linkedin/parse-linkedin-connections";
import { parseVCards } from "./vcard/parse-vcards";

const linkedIn = (rows: number) => `First Name,Last Name\n${"A,B\n".repeat(rows)}`;
const vCards = (cards: number) => "BEGIN:VCARD\nVERSION:3.0\nFN:A B\nEND:VCARD\n".repeat(cards);

describe(`a file with more than ${MAX_CONTACTS} contacts`, () => {
  it("is refused whole, with the reason, as a CSV or as vCards", () => {
    for (const result of [
      parseLinkedInConnections(linkedIn(MAX_CONTACTS + 1)),
      parseVCards(vCards(MAX_CONTACTS + 1)),
    ]) {
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error.message).toBe(
          "the file holds more than 50,000 contacts, more than any one person's export (LinkedIn allows 30,000 connections); split it and import the parts",
        );
    }
  });

  it("is read up to the limit", () => {
    const csv = parseLinkedInConnections(linkedIn(MAX_CONTACTS));
    const vcf = parseVCards(vCards(MAX_CONTACTS));
    expect(csv.ok && csv.value.report.rows).toBe(MAX_CONTACTS);
    expect(vcf.ok && vcf.value.report.rows).toBe(MAX_CONTACTS);
  });
});
