import { describe, expect, it } from "vitest";
import { fixture } from "../test-files";
import { parseGoogleContactsCsv } from "./parse-google-contacts-csv";

describe("parseGoogleContactsCsv", () => {
  it("the current layout: several e-mails, a LinkedIn website, multi-line notes, an e-mail-only row", () => {
    const r = parseGoogleContactsCsv(fixture("google/google-contacts-current.csv"));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.contacts.map((c) => c.name)).toEqual(["Sarah Chen", "Tomás Ó Briain", "Acme Widgets"]);
    expect(r.value.contacts[0]).toMatchObject({
      email: "sarah.chen@example.com",
      emails: ["sarah.chen@example.com", "s.chen@example.org"],
      company: "Duolingo",
      role: "Head of Learning Design",
      linkedInUrl: "https://www.linkedin.com/in/sarah-chen-ld",
      note: "Met at DevLearn 2025.\nLoves spaced repetition.",
      phones: ["+1 555 0101"],
      tie: "acquaintance",
    });
    expect(r.value.contacts[1]?.emails).toEqual(["tomas@example.ie", "tomas.obriain@example.com"]);
    expect(r.value.report.skipped).toEqual([{ row: 5, reason: "no name (only only.an.email@example.com)" }]);
  });

  it("the legacy layout, and the same person twice merged by e-mail", () => {
    const r = parseGoogleContactsCsv(fixture("google/google-contacts-legacy.csv"));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.contacts.map((c) => c.name)).toEqual(["Ana Ruiz", "Bo Chan"]);
    expect(r.value.contacts[0]).toMatchObject({
      company: "Coursera",
      linkedInUrl: "https://linkedin.com/in/ana-ruiz",
      transition: { from: "teacher", to: "Instructional Designer" },
    });
    expect(r.value.report.duplicates).toMatchObject([{ row: 4, match: "email", with: { row: 3 }, action: "merged" }]);
    expect(r.value.contacts[1]?.emails).toEqual(["bo@example.com"]);
  });

  it("a LinkedIn export is not a Google export", () => {
    const r = parseGoogleContactsCsv(
      fixture("linkedin/labeldekho__linkedin-network-intelligence__tests_fixtures_Connections.csv"),
    );
    expect(r).toMatchObject({ ok: false, error: { kind: "invalid-file" } });
  });
});
