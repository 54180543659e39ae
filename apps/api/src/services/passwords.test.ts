import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { Passwords, SCRYPT_DEFAULT, scryptPasswords } from "./passwords";

const hasher = (cost?: number) => Effect.runSync(Effect.service(Passwords).pipe(Effect.provide(scryptPasswords(cost))));

describe("scrypt password hashes", () => {
  it("are made with OWASP's minimum by default, N = 2^17, r = 8, p = 1, stored with the hash", async () => {
    expect(SCRYPT_DEFAULT).toEqual({ N: 131_072, r: 8, p: 1 });
    const passwords = hasher();
    const stored = await Effect.runPromise(passwords.hash("correct horse battery"));
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(await Effect.runPromise(passwords.verify("correct horse battery", stored))).toBe(true);
    expect(passwords.needsRehash(stored)).toBe(false);
  });

  it("still verify hashes from before r and p were stored, and call them for an upgrade", async () => {
    const old = hasher(1024);
    const made = await Effect.runPromise(old.hash("correct horse battery"));
    const [, n, , , salt, key] = made.split("$");
    const legacy = `scrypt$${n}$${salt}$${key}`;
    expect(await Effect.runPromise(old.verify("correct horse battery", legacy))).toBe(true);
    expect(await Effect.runPromise(old.verify("wrong horse battery", legacy))).toBe(false);
    expect(hasher(2048).needsRehash(legacy)).toBe(true);
    expect(hasher(2048).needsRehash(made)).toBe(true);
    expect(hasher(1024).needsRehash(made)).toBe(false);
    expect(hasher(1024).needsRehash("not a hash")).toBe(true);
  });
});
