import { z } from "zod";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Arithmetic rather than a Date round trip: dates are validated by the tens of thousands in a plan.
function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] as number));
}

/** A calendar date as `YYYY-MM-DD`; core never reads the clock, so every "today" arrives in this form. */
export const IsoDate = z.string().refine(isRealDate, { message: "must be a date as YYYY-MM-DD" });
export type IsoDate = z.infer<typeof IsoDate>;
