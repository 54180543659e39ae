import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENGINES, useTestApp } from "./test-app";

/** Every route, with the placeholders the generator fills with good ids, bad ids and junk. */
const ROUTES: [string, string][] = [
  ["POST", "/v1/auth/signup"],
  ["POST", "/v1/auth/login"],
  ["POST", "/v1/auth/logout"],
  ["GET", "/v1/me"],
  ["DELETE", "/v1/me"],
  ["GET", "/v1/me/export"],
  ["POST", "/v1/tokens"],
  ["GET", "/v1/tokens"],
  ["DELETE", "/v1/tokens/:id"],
  ["GET", "/v1/pivot"],
  ["PUT", "/v1/pivot"],
  ["GET", "/v1/contacts"],
  ["POST", "/v1/contacts"],
  ["GET", "/v1/contacts/summary"],
  ["POST", "/v1/contacts/bulk"],
  ["GET", "/v1/contacts/:id"],
  ["PATCH", "/v1/contacts/:id"],
  ["DELETE", "/v1/contacts/:id"],
  ["GET", "/v1/contacts/:id/interactions"],
  ["POST", "/v1/contacts/:id/interactions"],
  ["GET", "/v1/contacts/:id/asks"],
  ["POST", "/v1/contacts/:id/asks"],
  ["PATCH", "/v1/contacts/:id/asks/:id"],
  ["POST", "/v1/contacts/import"],
  ["GET", "/v1/contacts/export"],
  ["GET", "/v1/plan"],
  ["GET", "/v1/follow-ups"],
  ["POST", "/v1/follow-ups/feed"],
  ["GET", "/v1/follow-ups.ics"],
  ["POST", "/v1/asks/check"],
  ["POST", "/v1/messages/lint"],
  ["POST", "/v1/messages/build"],
  ["GET", "/healthz"],
];

const junk = fc.oneof(
  fc.anything().map((v) => {
    try {
      return JSON.stringify(v) ?? "null";
    } catch {
      return "{}";
    }
  }),
  fc.string(),
  fc.constant("{"),
  fc.constant('{"ask":{},"contact":[],"context":null}'),
  fc.constant('{"text":"hi","context":{"channel":"email","tie":"nope"}}'),
  fc.constant('{"email":"a@b.co","password":"short"}'),
  fc.constant('{"name":"x","circle":"backers","tie":"weak","email":"not-mail"}'),
  fc.constant("First Name,Last Name\nA,B\n"),
  fc.constant('{"ids":["con_x","con_x"],"patch":{"circle":"leaders","archived":1}}'),
  // A NUL character, which PostgreSQL cannot store in text and SQLite can.
  fc.constant('{"name":"Ana\\u0000Ruiz","circle":"backers","tie":"weak"}'),
);
const idPart = fc.oneof(
  fc.constant("con_doesnotexist"),
  fc.constant("%00"),
  fc.constant("..%2F..%2Fetc"),
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
);
const query = fc.oneof(
  fc.constant(""),
  fc.constant("?limit=-1"),
  fc.constant("?limit=abc&cursor=%%%"),
  fc.constant("?today=2026-02-30"),
  fc.constant("?format=xls"),
  fc.constant("?token="),
  fc.constant("?dryRun=maybe"),
  fc.constant("?q=%25_%5C"),
  fc.constant("?q=a%00b"),
);
const headers = fc.record(
  {
    "content-type": fc.constantFrom(
      "application/json",
      "text/csv",
      "text/vcard",
      "text/plain",
      "multipart/form-data; boundary=x",
      "application/json; charset=latin1",
    ),
    "if-match": fc.constantFrom("*", '"nope"', 'W/"x"', ""),
    cookie: fc.constantFrom("enlist_session=ses_forged", "enlist_session=", "junk"),
    "x-csrf-token": fc.string({ maxLength: 20 }),
    authorization: fc.constantFrom("Bearer enl_forged", "Basic abc", "Bearer", ""),
  },
  { requiredKeys: [] },
);

// On both engines: the same request must get the same answer whichever database is behind it.
describe.each(ENGINES)("bad input on %s never gets a 5xx, and every error is problem+json", (engine) => {
  const app = useTestApp(engine);

  it("generated wrong bodies, query strings, ids and headers, on every route, signed in or not", async () => {
    const signedIn = await app.user();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        idPart,
        query,
        junk,
        headers,
        fc.boolean(),
        async ([method, path], id, q, body, extra, authed) => {
          const url = path.replace(/:id/g, id) + q;
          const res = await app.request(url, {
            method,
            // Deleting the signed-in account would leave the rest of the run logged out.
            headers: {
              ...(extra as Record<string, string>),
              ...(authed && !(method === "DELETE" && path === "/v1/me") ? signedIn.auth : {}),
            },
            ...(method === "GET" || method === "HEAD" ? {} : { body }),
          });
          expect(res.status, `${method} ${url}`).toBeLessThan(500);
          if (res.status >= 400)
            expect(res.headers.get("content-type"), `${method} ${url} → ${res.status}`).toContain(
              "application/problem+json",
            );
        },
      ),
      { numRuns: 400 },
    );
  });
});
