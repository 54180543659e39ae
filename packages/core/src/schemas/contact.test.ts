import { describe, expect, it } from "vitest";
import { Contact } from "./contact";

describe("Contact.linkedInUrl", () => {
  it.each([
    ["https://www.linkedin.com/in/ana-ruiz", true],
    ["http://linkedin.com/in/ana", true],
    ["javascript:alert(1)", false],
    ["JavaScript:alert(1)", false],
    ["data:text/html,<script>alert(1)</script>", false],
    ["vbscript:msgbox(1)", false],
    ["not a web address", false],
    ["linkedin", false],
  ])("%s → %s", (url, ok) => {
    expect(Contact.shape.linkedInUrl.safeParse(url).success).toBe(ok);
  });

  it.each([
    ["linkedin.com/in/name", "https://linkedin.com/in/name"],
    ["www.linkedin.com/in/ana-ruiz/", "https://www.linkedin.com/in/ana-ruiz/"],
    ["  https://www.linkedin.com/in/ana  ", "https://www.linkedin.com/in/ana"],
  ])("takes %s as it is copied from the address bar: %s", (typed, stored) => {
    expect(Contact.shape.linkedInUrl.parse(typed)).toBe(stored);
  });
});
