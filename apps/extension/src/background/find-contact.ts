import type { Client } from "@enlist/client";
import type { KnownContact, Recipient } from "../shared/messages";

interface Listed {
  id: string;
  name: string;
  circle: KnownContact["circle"];
  tie: KnownContact["tie"];
  status?: string;
  email?: string;
  linkedInUrl?: string;
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .trim()
    .toLowerCase();
const profile = (url: string) =>
  url
    .replace(/^https?:\/\/(www\.)?/i, "")
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "")
    .toLowerCase();

async function search(api: Client, q: string): Promise<Listed[]> {
  const res = await api.v1.contacts.$get({ query: { q, limit: "50" } });
  if (!res.ok) throw new Error(`the server answered ${res.status} to a search`);
  return ((await res.json()) as { items: Listed[] }).items;
}

const known = ({ id, name, circle, tie, status }: Listed): KnownContact => ({
  id,
  name,
  circle,
  tie,
  ...(status ? { status } : {}),
});

/**
 * The user's contact this message is for: the one with this e-mail address, else the one with this LinkedIn
 * profile among those of this name, else the only one of this name. Two people of one name are nobody: a
 * wrong circle would judge the ask against the wrong relationship.
 */
export async function findContact(api: Client, r: Recipient): Promise<KnownContact | null> {
  if (r.email) {
    const email = r.email.toLowerCase();
    const hit = (await search(api, r.email)).find((c) => c.email?.toLowerCase() === email);
    if (hit) return known(hit);
  }
  if (!r.name) return null;
  const name = fold(r.name);
  const named = (await search(api, r.name)).filter((c) => fold(c.name) === name);
  if (r.linkedInUrl) {
    const url = profile(r.linkedInUrl);
    const hit = named.find((c) => c.linkedInUrl && profile(c.linkedInUrl) === url);
    if (hit) return known(hit);
  }
  return named.length === 1 ? known(named[0] as Listed) : null;
}
