import { toICalendar } from "@enlist/io";
import { Effect } from "effect";
import { AppClock, isoDate } from "./clock";
import { fromCore } from "./from-core";
import { checkIns, followUps } from "./planning";

/** The follow-ups due and the backers' check-ins, as an iCalendar feed (VTODO), with a UID stable per contact and message. */
export const followUpCalendar = (userId: string) =>
  Effect.gen(function* () {
    const now = (yield* AppClock).now();
    const due = yield* followUps(userId, isoDate(now));
    const items = due
      .filter((d) => d.dueOn !== null)
      .map((d) => ({
        id: `${d.contactId}-${d.sentOn ?? "x"}-${d.state}`,
        title: d.title,
        due: d.dueOn as string,
        description: d.explanation,
      }));
    // Backers' check-ins too, weeks ahead: the UID holds the last interaction, so logging one replaces the item.
    for (const c of yield* checkIns(userId, isoDate(now)))
      items.push({
        id: `${c.contactId}-check-in-${c.lastOn}`,
        title: c.title,
        due: c.dueOn,
        description: c.explanation,
      });
    return yield* fromCore(toICalendar(items, { generatedAt: now.toISOString() }));
  });
