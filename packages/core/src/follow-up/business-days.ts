import { fromDayNumber, holidaySet, isBusinessDay, toDayNumber } from "./calendar";

/** Day-number form of addBusinessDays, for callers that already hold a holiday set. */
export function addBusinessDayNumbers(day: number, n: number, holidays: ReadonlySet<number>): number {
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(Math.trunc(n));
  while (left > 0) {
    day += step;
    if (isBusinessDay(day, holidays)) left--;
  }
  return day;
}

const NO_HOLIDAYS: ReadonlySet<number> = new Set();

/** Day-number form of businessDaysBetween. */
export function countBusinessDays(start: number, end: number, holidays: ReadonlySet<number>): number {
  if (end <= start) return 0;
  // Whole weeks hold five business days each; only the remainder needs walking.
  const weeks = Math.floor((end - start) / 7);
  let count = weeks * 5;
  for (let day = start + weeks * 7 + 1; day <= end; day++) if (isBusinessDay(day, NO_HOLIDAYS)) count++;
  for (const h of holidays) if (h > start && h <= end && isBusinessDay(h, NO_HOLIDAYS)) count--;
  return count;
}

/**
 * The date `n` business days after `date` (before it when `n` is negative), skipping weekends and
 * the given holidays. Adding 0 to a weekend day stays on that day.
 */
export function addBusinessDays(date: string, n: number, holidays: readonly string[] = []): string {
  return fromDayNumber(addBusinessDayNumbers(toDayNumber(date), n, holidaySet(holidays)));
}

/** Business days that have passed after `from` up to and including `to`; 0 when `to` is not later. */
export function businessDaysBetween(from: string, to: string, holidays: readonly string[] = []): number {
  return countBusinessDays(toDayNumber(from), toDayNumber(to), holidaySet(holidays));
}
