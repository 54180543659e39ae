import { scrypt, timingSafeEqual, randomBytes } from "node:crypto";
import { Context, Effect, Layer } from "effect";

export interface PasswordHasher {
  hash(password: string): Effect.Effect<string>;
  verify(password: string, stored: string): Effect.Effect<boolean>;
}

/** Passwords hashed with scrypt from node:crypto, salted, with the parameters stored beside the hash. */
export class Passwords extends Context.Service<Passwords, PasswordHasher>()("enlist/Passwords") {}

const derive = (password: string, salt: Buffer, N: number) =>
  Effect.promise(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scrypt(password.normalize("NFKC"), salt, 32, { N, r: 8, p: 1, maxmem: 256 * N * 8 * 2 }, (err, key) => (err ? reject(err) : resolve(key))),
      ),
  );

/** `cost` is scrypt's N: 2^15 in production; tests use less, as hashing is deliberately slow. */
export const scryptPasswords = (cost = 2 ** 15) =>
  Layer.succeed(Passwords, {
    hash: (password) =>
      Effect.gen(function* () {
        const salt = randomBytes(16);
        const key = yield* derive(password, salt, cost);
        return `scrypt$${cost}$${salt.toString("base64")}$${key.toString("base64")}`;
      }),
    verify: (password, stored) =>
      Effect.gen(function* () {
        const [scheme, n, salt, key] = stored.split("$");
        if (scheme !== "scrypt" || !n || !salt || !key) return false;
        const expected = Buffer.from(key, "base64");
        const actual = yield* derive(password, Buffer.from(salt, "base64"), Number(n));
        return actual.length === expected.length && timingSafeEqual(actual, expected);
      }),
  });
