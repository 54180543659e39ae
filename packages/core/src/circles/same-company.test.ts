import { describe, expect, it } from "vitest";
import { companyWords, sameCompany } from "./same-company";

describe("sameCompany", () => {
  it.each([
    // Real spellings of one company.
    ["Lincoln High School", "Lincoln High", true],
    ["Lincoln High School", "lincoln high school", true],
    ["Lincoln High School", "Lincoln HS", true],
    ["Lincoln High School", "Lincoln H.S.", true],
    ["Acme, Inc.", "ACME Inc", true],
    ["Acme Corporation", "Acme Corp.", true],
    ["Café Olé", "Cafe Ole", true],
    ["Universität Zürich", "Universitat Zurich", true],
    ["The Lincoln School", "Lincoln School", true],
    ["The Walt Disney Company", "Walt Disney", true],
    ["AT&T", "AT&T Inc.", true],
    ["Coca-Cola", "CocaCola", true],
    ["J.P. Morgan Chase & Co.", "JPMorgan Chase", true],
    ["Public School 42", "PS 42", true],
    ["Google", "Google Cloud", true],
    ["University of Michigan", "University of Michigan - Ann Arbor", true],
    ["Яндекс", "яндекс", true],
    // Generic words alone never make two companies equal.
    ["School", "School", false],
    ["Inc", "Inc", false],
    ["Group", "Group", false],
    ["The School", "School", false],
    ["High School", "High School", false],
    ["Self-employed", "Self-Employed", false],
    ["Freelance", "Freelance", false],
    ["First National Bank", "First National Bank", false],
    ["Acme Group", "Beta Group", false],
    ["Lincoln High School", "Washington High School", false],
    ["Lincoln High School", "School", false],
    // Names that part ways are two companies.
    ["Lincoln High School", "Lincoln Elementary School", false],
    ["University of Michigan", "University of Minnesota", false],
    ["New York Times", "New York Life", false],
    ["Lincoln", "Lincolnshire County Council", false],
    ["Acme", "", false],
    ["", "", false],
  ])("%s and %s: %s", (a, b, same) => {
    expect(sameCompany(a, b)).toBe(same);
    expect(sameCompany(b, a)).toBe(same);
  });

  it.each([
    ["The Lincoln H.S.", ["lincoln", "high", "school"]],
    ["Acme, Inc.", ["acme"]],
    ["Macy's", ["macys"]],
    ["Núñez & Sons, LLC", ["nunez", "sons"]],
  ])("%s is known by %j", (name, words) => expect(companyWords(name)).toEqual(words));
});
