import { checkInsDue, followUpsDue, planWeek } from "@enlist/core";
import { Effect } from "effect";
import { me } from "./accounts";
import { fromCore } from "./from-core";
import { allContacts, toContact } from "./contacts";
import { allInteractions, toInteraction } from "./interactions";
import { getPivot } from "./pivot";

/** This week's plan from @enlist/core's planWeek, over everything the user has stored. */
export const weekPlan = (userId: string, today: string) =>
  Effect.gen(function* () {
    const pivot = yield* getPivot(userId);
    const contacts = (yield* allContacts(userId)).map(toContact);
    const interactions = (yield* allInteractions(userId)).map(toInteraction);
    const user = yield* me(userId);
    return yield* fromCore(planWeek(pivot, contacts, interactions, today, { senderName: user.name }));
  });

/** Every outreach still in play under 3B7 (@enlist/core's followUpsDue). */
export const followUps = (userId: string, today: string) =>
  Effect.gen(function* () {
    const contacts = (yield* allContacts(userId)).map(toContact);
    const interactions = (yield* allInteractions(userId)).map(toInteraction);
    return yield* fromCore(followUpsDue(contacts, interactions, today));
  });

/** Every backer's next check-in, due or weeks ahead (@enlist/core's checkInsDue). */
export const checkIns = (userId: string, today: string) =>
  Effect.gen(function* () {
    const contacts = (yield* allContacts(userId)).map(toContact);
    const interactions = (yield* allInteractions(userId)).map(toInteraction);
    return yield* fromCore(checkInsDue(contacts, interactions, today));
  });
