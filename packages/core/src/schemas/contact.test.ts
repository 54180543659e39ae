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
  ])("%s → %s", (url, ok) => {
    expect(Contact.shape.linkedInUrl.safeParse(url).success).toBe(ok);
  });
});
