import { createClient, type Client } from "@enlist/client";
import { createApp, makeRuntime } from "@enlist/api";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findContact } from "./find-contact";

// The real API over a fresh SQLite file, called in-process through the same typed client the service worker uses.
const dir = mkdtempSync(join(tmpdir(), "enlist-find-"));
const runtime = makeRuntime({ databaseUrl: `sqlite://${join(dir, "t.sqlite")}`, scryptCost: 1024 });
const app = createApp(runtime, { toolsPerMinute: 10_000, signupsPerAddress: 10_000 });
let api: Client;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const signup = await app.request("/v1/auth/signup", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Maya", email: "maya@example.com", password: "a long enough password" }),
  });
  const { csrfToken } = (await signup.json()) as { csrfToken: string };
  const cookie = signup.headers.getSetCookie()[0]?.split(";")[0] ?? "";
  const made = await app.request("/v1/tokens", {
    method: "POST",
    headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
    body: JSON.stringify({ name: "t" }),
  });
  const { token } = (await made.json()) as { token: string };
  api = createClient("http://enlist.test", {
    headers: { authorization: `Bearer ${token}` },
    fetch: (input: RequestInfo | URL, init?: RequestInit) => app.fetch(new Request(input, init)),
  });
  const people = {
    sarah: {
      name: "Sarah Chen",
      circle: "leaders",
      tie: "weak",
      linkedInUrl: "https://www.linkedin.com/in/sarah-chen/",
    },
    otherSarah: { name: "Sarah Chen", circle: "backers", tie: "close", email: "sarah@family.example" },
    jose: { name: "José Núñez", circle: "pathfinders", tie: "acquaintance" },
    lee1: { name: "Lee Park", circle: "leaders", tie: "stranger" },
    lee2: { name: "Lee Park", circle: "backers", tie: "friend" },
  } as const;
  for (const [key, body] of Object.entries(people)) {
    const res = await api.v1.contacts.$post({ json: body });
    ids[key] = ((await res.json()) as { id: string }).id;
  }
});

afterAll(async () => {
  await runtime.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe("findContact", () => {
  it("finds by e-mail address first, in any case", async () => {
    expect((await findContact(api, { name: "Sarah Chen", email: "Sarah@Family.example" }))?.id).toBe(ids.otherSarah);
  });

  it("tells two people of one name apart by the profile address", async () => {
    const found = await findContact(api, {
      name: "Sarah Chen",
      linkedInUrl: "https://www.linkedin.com/in/Sarah-Chen/",
    });
    expect(found).toEqual({ id: ids.sarah, name: "Sarah Chen", circle: "leaders", tie: "weak", status: "new" });
  });

  it("takes the only contact of a name, spelled without its accents", async () => {
    expect((await findContact(api, { name: "Jose Nunez" }))?.id).toBe(ids.jose);
  });

  it("finds nobody rather than guess between two of one name", async () => {
    expect(await findContact(api, { name: "Lee Park" })).toBeNull();
    expect(
      await findContact(api, { name: "Sarah Chen", linkedInUrl: "https://www.linkedin.com/in/someone-else/" }),
    ).toBeNull();
  });

  it("finds nobody for someone not among the contacts, or with nothing to go by", async () => {
    expect(await findContact(api, { name: "Priya Raman" })).toBeNull();
    expect(await findContact(api, {})).toBeNull();
  });
});
