import { createHash, randomBytes } from "node:crypto";

/** Ids that sort by creation time (a millisecond stamp, then randomness): cursors follow insertion order. */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36).padStart(9, "0")}${randomBytes(8).toString("hex")}`;
}

/**
 * `count` ids that sort in the order asked for, as newId's do: one stamp, then the position, then
 * randomness. A restore or an import keeps the file's order on the board and in later exports.
 */
export function newIds(prefix: string, count: number): string[] {
  const stamp = Date.now().toString(36).padStart(9, "0");
  return Array.from(
    { length: count },
    (_, i) => `${prefix}_${stamp}${i.toString(36).padStart(6, "0")}${randomBytes(5).toString("hex")}`,
  );
}

/** A secret for a cookie, a token or a feed link: 32 random bytes, URL-safe. */
export const newSecret = (prefix: string): string => `${prefix}_${randomBytes(32).toString("base64url")}`;

/** Secrets are stored only as their SHA-256: a copy of the database holds no usable credential. */
export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");
