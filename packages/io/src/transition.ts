import { readHeadline, type Transition } from "@enlist/core";

/**
 * A career move written into a title, as people write them on LinkedIn: "Former nurse → Product Designer",
 * "Teacher turned Learning Designer", "Data Scientist (ex-teacher)", "Now: Data Analyst. Before: accountant".
 * Read by @enlist/core's readHeadline, the reading suggestCircle uses; an employer alone ("Ex-Google") is
 * no move.
 */
export function transitionFromTitle(title: string): Transition | undefined {
  return readHeadline(title).transition;
}
