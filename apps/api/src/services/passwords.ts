import { scrypt, timingSafeEqual, randomBytes } from "node:crypto";
import { Context, Effect, Layer } from "effect";

export interface PasswordHasher {
  hash(password: string): Effect.Effect<string>;
  verify(password: string, stored: string): Effect.Effect<boolean>;
  /** Whether a stored hash is weaker than what `hash` makes now: then it is made again at the next log-in. */
  needsRehash(stored: string): boolean;
}

/** Passwords hashed with scrypt from node:crypto, salted, with the parameters stored beside the hash. */
export class Passwords extends Context.Service<Passwords, PasswordHasher>()("enlist/Passwords") {}

/** OWASP's minimum for scrypt (Password Storage Cheat Sheet): N = 2^17, r = 8, p = 1, about 128 MiB a hash. */
export const SCRYPT_DEFAULT = { N: 2 ** 17, r: 8, p: 1 } as const;

interface Parsed {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

/**
 * `scrypt$N$r$p$salt$key` (base64). Hashes from before r and p were stored, `scrypt$N$salt$key`, were all
 * made with r = 8 and p = 1.
 */
function parse(stored: string): Parsed | null {
  const parts = stored.split("$");
  if (parts[0] !== "scrypt") return null;
  const [n, r, p, salt, key] =
    parts.length === 4 ? [parts[1], "8", "1", parts[2], parts[3]] : parts.length === 6 ? parts.slice(1) : [];
  const [N, R, P] = [Number(n), Number(r), Number(p)];
  if (!salt || !key || !Number.isInteger(N) || !Number.isInteger(R) || !Number.isInteger(P) || N < 2 || R < 1 || P < 1)
    return null;
  return { N, r: R, p: P, salt: Buffer.from(salt, "base64"), key: Buffer.from(key, "base64") };
}

const derive = (password: string, salt: Buffer, N: number, r: number, p: number) =>
  Effect.promise(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        // scrypt needs 128·N·r bytes; Node refuses anything over maxmem (32 MiB by default), so it is set
        // to what these parameters take, with room to spare.
        scrypt(password.normalize("NFKC"), salt, 32, { N, r, p, maxmem: 128 * N * r * 2 }, (err, key) =>
          err ? reject(err) : resolve(key),
        ),
      ),
  );

/**
 * `cost` is scrypt's N: OWASP's 2^17 unless told otherwise. Tests pass less, as hashing is deliberately
 * slow; a hash made with less is upgraded at its next successful log-in under the default.
 */
export const scryptPasswords = (cost: number = SCRYPT_DEFAULT.N) => {
  const { r, p } = SCRYPT_DEFAULT;
  return Layer.succeed(Passwords, {
    hash: (password) =>
      Effect.gen(function* () {
        const salt = randomBytes(16);
        const key = yield* derive(password, salt, cost, r, p);
        return `scrypt$${cost}$${r}$${p}$${salt.toString("base64")}$${key.toString("base64")}`;
      }),
    verify: (password, stored) =>
      Effect.gen(function* () {
        const parsed = parse(stored);
        if (!parsed) return false;
        const actual = yield* derive(password, parsed.salt, parsed.N, parsed.r, parsed.p);
        return actual.length === parsed.key.length && timingSafeEqual(actual, parsed.key);
      }),
    needsRehash: (stored) => {
      const parsed = parse(stored);
      return parsed === null || parsed.N < cost || parsed.r < r || parsed.p < p;
    },
  });
};
