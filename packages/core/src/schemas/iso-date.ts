import { z } from "zod";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/** A calendar date as `YYYY-MM-DD`; core never reads the clock, so every "today" arrives in this form. */
export const IsoDate = z.string().refine(isRealDate, { message: "must be a date as YYYY-MM-DD" });
export type IsoDate = z.infer<typeof IsoDate>;
