/**
 * Dates are whole days counted from 1970-01-01, converted with integer arithmetic (Howard Hinnant's
 * civil-day algorithms): no Date objects, so no time zone or clock can shift them, and the planner can
 * convert tens of thousands of dates without allocating.
 */
const digits = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
};

export function toDayNumber(iso: string): number {
  const y0 = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

export function fromDayNumber(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

/** Calendar days from `from` to `to`; negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number => toDayNumber(to) - toDayNumber(from);

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
