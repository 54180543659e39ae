import { describe, expect, it } from "vitest";
import { readHeadline, titleOf } from "./read-headline";

describe("readHeadline", () => {
  it.each([
    [
      "UX Researcher @ Duolingo (ex-teacher)",
      { current: ["UX Researcher @ Duolingo"], past: ["teacher"] },
      { from: "teacher", to: "UX Researcher" },
    ],
    [
      "Former RN | Now Product Manager",
      { current: ["Product Manager"], past: ["RN"] },
      { from: "RN", to: "Product Manager" },
    ],
    [
      "Teacher → UX Researcher",
      { current: ["UX Researcher"], past: ["Teacher"] },
      { from: "Teacher", to: "UX Researcher" },
    ],
    [
      "Former Staff Accountant -> Analytics Engineer",
      { current: ["Analytics Engineer"], past: ["Staff Accountant"] },
      { from: "Staff Accountant", to: "Analytics Engineer" },
    ],
    [
      "Teacher turned UX Researcher | Helping educators break into UX",
      { current: ["UX Researcher"], past: ["Teacher"] },
      { from: "Teacher", to: "UX Researcher" },
    ],
    [
      "From nursing to product | PM at Cityblock",
      { current: ["product", "PM at Cityblock"], past: ["nursing"] },
      { from: "nursing", to: "PM" },
    ],
    [
      "Now: Data Analyst at Wise. Before: Chartered Accountant (ACA)",
      { current: ["Data Analyst at Wise"], past: ["Chartered Accountant ACA"] },
      { from: "Chartered Accountant ACA", to: "Data Analyst" },
    ],
    [
      "Now: Product Researcher at Canva. Previously: middle school teacher",
      { current: ["Product Researcher at Canva"], past: ["middle school teacher"] },
      { from: "middle school teacher", to: "Product Researcher" },
    ],
    [
      "Recovering lawyer | Public Policy Manager at Google",
      { current: ["Public Policy Manager at Google"], past: ["lawyer"] },
      { from: "lawyer", to: "Public Policy Manager" },
    ],
    [
      "Data Analyst | Career changer from accounting",
      { current: ["Data Analyst"], past: ["accounting"] },
      { from: "accounting", to: "Data Analyst" },
    ],
    [
      "Project Manager | Transitioned from 12 years in the Air Force",
      { current: ["Project Manager"], past: ["12 years in the Air Force"] },
      { from: "12 years in the Air Force", to: "Project Manager" },
    ],
    [
      "User Researcher | 8 years in the classroom before research",
      { current: ["User Researcher", "research"], past: ["the classroom"] },
      { from: "the classroom", to: "User Researcher" },
    ],
    [
      "Learning Designer (10 years teaching Spanish)",
      { current: ["Learning Designer"], past: ["teaching Spanish"] },
      { from: "teaching Spanish", to: "Learning Designer" },
    ],
    [
      "Policy Advisor, State Senate | JD, ex-litigator",
      { current: ["Policy Advisor, State Senate", "JD"], past: ["litigator"] },
      { from: "litigator", to: "Policy Advisor, State Senate" },
    ],
    [
      "USMC (ret.) | Construction Project Manager",
      { current: ["Construction Project Manager"], past: ["USMC"] },
      { from: "USMC", to: "Construction Project Manager" },
    ],
    [
      "U.S. Navy Veteran | Project Manager @ Amazon",
      { current: ["Project Manager @ Amazon"], past: ["U.S. Navy"] },
      { from: "U.S. Navy", to: "Project Manager" },
    ],
    ["Military to PM | PMP", { current: ["PM"], past: ["Military"] }, { from: "Military", to: "PM" }],
  ])("%s", (headline, parts, transition) => {
    expect(readHeadline(headline)).toEqual({ aspiring: [], ...parts, transition });
  });

  it.each([
    // An employer alone is no move.
    ["Head of Data, Monzo | Ex-Google", { current: ["Head of Data, Monzo"], past: ["Google"], aspiring: [] }],
    [
      "Research Lead, Design @ Figma | Ex-IDEO",
      { current: ["Research Lead, Design @ Figma"], past: ["IDEO"], aspiring: [] },
    ],
    // Aims, courses, post-nominals and missions are not work.
    [
      "Aspiring UX Researcher | Google UX Design Certificate | Open to work",
      { current: [], past: [], aspiring: ["Aspiring UX Researcher"] },
    ],
    [
      "Aspiring Project Manager | CAPM | Open to work",
      { current: [], past: [], aspiring: ["Aspiring Project Manager"] },
    ],
    [
      "Head of Product at Ro | Advisor to early-stage health startups",
      { current: ["Head of Product at Ro", "Advisor to early-stage health startups"], past: [], aspiring: [] },
    ],
    [
      "Senior Product Manager — Virtual Care @ Amwell",
      { current: ["Senior Product Manager", "Virtual Care @ Amwell"], past: [], aspiring: [] },
    ],
    ["", { current: [], past: [], aspiring: [] }],
  ])("%s tells no move", (headline, reading) => expect(readHeadline(headline)).toEqual(reading));

  it("does not end a sentence at an abbreviation", () => {
    expect(readHeadline("Sr. Manager, UX Research at Intuit").current).toEqual(["Sr. Manager, UX Research at Intuit"]);
  });

  it("keeps a move's texts within the schema's 200 characters", () => {
    const long = "x".repeat(300);
    const t = readHeadline(`Former ${long} teacher → UX Researcher`).transition;
    expect(t?.from.length).toBe(200);
  });
});

describe("titleOf", () => {
  it.each([
    ["UX Researcher @ Duolingo", "UX Researcher"],
    ["Head of UX Research at Shopify", "Head of UX Research"],
    ["Director, UX Research", "Director, UX Research"],
  ])("%s → %s", (part, title) => expect(titleOf(part)).toBe(title));
});
