/**
 * A research note is written about the person ("Her Mind the Product 2025 talk on discovery", "Loved his
 * keynote at CSUN."); the message speaks to them. What they made is kept — its name, event, year, title and
 * topic — and the words that point at them or at the writer are taken off, so the builder can say "your …".
 */
const LEAD =
  /^(?:(?:i\s+)?(?:really\s+)?(?:loved|liked|enjoyed|admired|read|watched|heard|saw)\s+)?(?:her|his|their|your|the|a|an|my)\s+/i;

export function workOf(note: string): string {
  let work = note.trim().replace(/[.!?]+$/, "");
  // "Loved her talk" and "her talk" both come to "talk".
  for (let i = 0; i < 2 && LEAD.test(work); i++) work = work.replace(LEAD, "");
  return work;
}
