import { followUpState, planWeek, type Contact, type Interaction } from "@enlist/core";
import { Effect } from "effect";
import { InvalidInput } from "../errors";
import { allContacts, type StoredContact } from "./contacts";
import { allInteractions } from "./interactions";
import { getPivot } from "./pivot";
import { me } from "./accounts";

const plain = ({ createdAt: _c, updatedAt: _u, version: _v, ...c }: StoredContact): Contact => c;
const bare = (i: Interaction & { id?: string; createdAt?: string }): Interaction => ({ contactId: i.contactId, type: i.type, date: i.date, ...(i.note ? { note: i.note } : {}) });

/** This week's plan from @enlist/core's planWeek, over everything the user has stored. */
export const weekPlan = (userId: string, today: string) =>
  Effect.gen(function* () {
    const pivot = yield* getPivot(userId);
    const contacts = (yield* allContacts(userId)).map(plain);
    const interactions = (yield* allInteractions(userId)).map(bare);
    const user = yield* me(userId);
    const result = planWeek(pivot, contacts, interactions, today, { senderName: user.name });
    if (!result.ok) return yield* Effect.fail(new InvalidInput({ detail: result.error.message, errors: result.error.issues }));
    return result.value;
  });

export interface FollowUpDue {
  contactId: string;
  contactName: string;
  circle: Contact["circle"];
  state: string;
  dueOn: string | null;
  sentOn: string | null;
  explanation: string;
}

/** Everyone under the 3B7 routine whose next step is set: reach the next person, follow up, or stop. */
export const followUps = (userId: string, today: string) =>
  Effect.gen(function* () {
    const contacts = (yield* allContacts(userId)).map(plain);
    const interactions = (yield* allInteractions(userId)).map(bare);
    const byContact = new Map<string, Interaction[]>();
    for (const i of interactions) byContact.set(i.contactId, [...(byContact.get(i.contactId) ?? []), i]);
    const due: FollowUpDue[] = [];
    for (const c of contacts) {
      const history = byContact.get(c.id);
      if (!history) continue;
      const state = followUpState(c, history, today);
      if (!state.ok || !["waiting", "reach-next", "follow-up-due", "waiting-after-follow-up", "stop"].includes(state.value.state)) continue;
      due.push({ contactId: c.id, contactName: c.name, circle: c.circle, state: state.value.state, dueOn: state.value.dueOn, sentOn: state.value.sentOn, explanation: state.value.explanation });
    }
    return due.sort((a, b) => (a.dueOn ?? "").localeCompare(b.dueOn ?? ""));
  });
