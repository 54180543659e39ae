/** Dates are handled as whole UTC days so that no time zone or clock can shift them. */
const DAY_MS = 86_400_000;

export function toDayNumber(iso: string): number {
  return Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to`; negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number => toDayNumber(to) - toDayNumber(from);

export const addDays = (iso: string, days: number): string => fromDayNumber(toDayNumber(iso) + days);

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

export function isBusinessDay(day: number, holidays: ReadonlySet<number>): boolean {
  const w = weekdayOf(day);
  return w !== 0 && w !== 6 && !holidays.has(day);
}

export const holidaySet = (holidays: readonly string[] = []): Set<number> => new Set(holidays.map(toDayNumber));

/** The Monday of the week that holds `iso`. */
export function weekStart(iso: string): string {
  const day = toDayNumber(iso);
  return fromDayNumber(day - ((weekdayOf(day) + 6) % 7));
}
