import { createHash, randomBytes } from "node:crypto";

/** Ids that sort by creation time (a millisecond stamp, then randomness): cursors follow insertion order. */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36).padStart(9, "0")}${randomBytes(8).toString("hex")}`;
}

/** A secret for a cookie, a token or a feed link: 32 random bytes, URL-safe. */
export const newSecret = (prefix: string): string => `${prefix}_${randomBytes(32).toString("base64url")}`;

/** Secrets are stored only as their SHA-256: a copy of the database holds no usable credential. */
export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");
