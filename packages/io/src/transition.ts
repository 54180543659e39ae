import type { Transition } from "@enlist/core";

/**
 * A career move written into a title, as people write them on LinkedIn: "Former nurse → Product Designer",
 * "Teacher turned Learning Designer", "Data Scientist (ex-teacher)".
 */
export function transitionFromTitle(title: string): Transition | undefined {
  const t = title.trim();
  const arrow = /^(?:former|ex[- ])\s*(.+?)\s*(?:→|->|=>|>|to)\s+(.+)$/i.exec(t) ?? /^(.+?)\s*(?:→|->|=>)\s*(.+)$/.exec(t);
  if (arrow) return { from: (arrow[1] as string).trim(), to: (arrow[2] as string).trim() };
  const turned = /^(.+?)\s+turned\s+(.+)$/i.exec(t);
  if (turned) return { from: (turned[1] as string).trim(), to: (turned[2] as string).trim() };
  const ex = /^(.+?)\s*\((?:ex|former)[- ]\s*(.+?)\)$/i.exec(t);
  if (ex) return { from: (ex[2] as string).trim(), to: (ex[1] as string).trim() };
  return undefined;
}
