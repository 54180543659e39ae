// Test support: the fixture files, read as bytes, as a user's upload arrives.
import { readFileSync } from "node:fs";

export const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${path}`, import.meta.url)));
