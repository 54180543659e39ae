import { fromDayNumber, holidaySet, isBusinessDay, toDayNumber } from "./calendar";

/**
 * The date `n` business days after `date` (before it when `n` is negative), skipping weekends and
 * the given holidays. Adding 0 to a weekend day stays on that day.
 */
export function addBusinessDays(date: string, n: number, holidays: readonly string[] = []): string {
  const skip = holidaySet(holidays);
  let day = toDayNumber(date);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(Math.trunc(n));
  while (left > 0) {
    day += step;
    if (isBusinessDay(day, skip)) left--;
  }
  return fromDayNumber(day);
}

/** Business days that have passed after `from` up to and including `to`; 0 when `to` is not later. */
export function businessDaysBetween(from: string, to: string, holidays: readonly string[] = []): number {
  const skip = holidaySet(holidays);
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  if (end <= start) return 0;
  const span = end - start;
  // Whole weeks hold five business days each; only the remainder needs walking.
  const weeks = Math.floor(span / 7);
  let count = weeks * 5;
  for (let day = start + weeks * 7 + 1; day <= end; day++) if (isBusinessDay(day, new Set())) count++;
  for (const h of skip) if (h > start && h <= end && isBusinessDay(h, new Set())) count--;
  return count;
}
