import { describe, expect, it } from "vitest";
import { useTestApp } from "../test-app";
import { sameSecret } from "./auth";

describe("what every answer carries", () => {
  const app = useTestApp("sqlite");

  it("says nosniff, on answers and on problems alike", async () => {
    for (const path of ["/healthz", "/v1/me", "/v1/nowhere"]) {
      expect((await app.request(path)).headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("refuses a javascript: LinkedIn address with the field named", async () => {
    const { auth } = await app.user();
    const res = await app.request("/v1/contacts", {
      method: "POST",
      headers: auth,
      json: { name: "Ana", circle: "backers", tie: "friend", linkedInUrl: "javascript:alert(1)" },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("linkedInUrl");
  });
});

describe("sameSecret", () => {
  it("is true only for the same token", () => {
    expect(sameSecret("abc123", "abc123")).toBe(true);
    expect(sameSecret("abc124", "abc123")).toBe(false);
    expect(sameSecret("abc", "abc123")).toBe(false);
    expect(sameSecret(undefined, "abc123")).toBe(false);
  });
});
