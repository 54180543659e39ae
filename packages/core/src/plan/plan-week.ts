import { z } from "zod";
import { evaluateAsk } from "../ask/evaluate-ask";
import { rightSize } from "../ask/right-size";
import type { AskContext } from "../schemas/ask-context";
import type { CircleId } from "../schemas/circle-id";
import { classifyFrom } from "../follow-up/classify-responder";
import { holidaySet, weekStart } from "../follow-up/calendar";
import { followUpFrom, type FollowUpState } from "../follow-up/follow-up-state";
import { groupByContact } from "../follow-up/history-args";
import { parseArgs, type Result } from "../result";
import { Contact } from "../schemas/contact";
import { Interaction } from "../schemas/interaction";
import { IsoDate } from "../schemas/iso-date";
import { Pivot } from "../schemas/pivot";
import type { HeldBack, PlanAction, PlanItem, WeekPlan } from "../schemas/plan-item";
import { relevanceOf, scoreContact } from "./contact-score";
import { discretionFor, heldBackReason, withTrust } from "./discretion";
import { draftFor } from "./draft-for";
import { firstAsk } from "./first-ask";
import { nextAction } from "./next-action";
import { PlanOptions, type PlanOptionsInput } from "./plan-options";
import { topK } from "./top-k";
import { personWords, verb } from "../text/person-words";

/** Owed actions come before new outreach: gratitude and promised follow-ups keep trust. */
const URGENCY: Record<PlanAction, number> = {
  thank: 0,
  "follow-up": 1,
  update: 2,
  "check-in": 2,
  "reach-out": 3,
  research: 3,
  "move-on": 4,
};
/** Boost for the next person in a circle or company where someone has not answered in 3 business days. */
const REACH_NEXT_BOOST = 1.2;
/** Current colleagues held back that the plan names; `heldBack.count` tells how many there are in all. */
const HELD_BACK_NAMED = 10;

/** Most contacts have no history yet; they share one state instead of allocating one each. */
const NOT_STARTED: FollowUpState = {
  state: "not-started",
  sentOn: null,
  businessDays: 0,
  dueOn: null,
  followUpsSent: 0,
  explanation: "Nothing sent yet.",
};

interface Candidate {
  contact: Contact;
  history: Interaction[];
  action: PlanAction;
  reason: string;
  dueOn?: string;
  score: number;
}

const byScore = (a: Candidate, b: Candidate) =>
  b.score - a.score || (a.contact.id < b.contact.id ? -1 : a.contact.id > b.contact.id ? 1 : 0);

/**
 * New outreach taken in turns from each circle, so that all three stay in play; backers lead. Each circle
 * offers only its best `perCircle`, which is all a week can hold.
 */
function interleave(outreach: Candidate[], perCircle: number): Candidate[] {
  const order: CircleId[] = ["backers", "pathfinders", "leaders"];
  const queues = order.map((circle) =>
    topK(
      outreach.filter((c) => c.contact.circle === circle),
      perCircle,
      byScore,
    ),
  );
  const out: Candidate[] = [];
  for (let round = 0; round < perCircle; round++) {
    for (const queue of queues) {
      const next = queue[round];
      if (next) out.push(next);
    }
  }
  return out;
}

/**
 * This week's next actions, most important first, within the pivot's weekly time budget.
 * Deterministic: the same input always gives the same plan.
 */
export function planWeek(
  pivot: unknown,
  contacts: unknown,
  interactions: unknown,
  today: unknown,
  options: PlanOptionsInput = {},
): Result<WeekPlan> {
  const args = parseArgs({
    pivot: [Pivot, pivot],
    contacts: [z.array(Contact), contacts],
    interactions: [z.array(Interaction), interactions],
    today: [IsoDate, today],
    options: [PlanOptions, options],
  });
  if (!args.ok) return args;
  const a = args.value;
  return { ok: true, value: plan(a.pivot, a.contacts, a.interactions, a.today, a.options) };
}

function plan(
  pivot: Pivot,
  contacts: Contact[],
  interactions: Interaction[],
  today: string,
  options: PlanOptions,
): WeekPlan {
  const histories = groupByContact(interactions);
  const holidays = holidaySet(options.holidays);
  const relevance = relevanceOf(pivot);
  const owed: Candidate[] = [];
  const outreach: Candidate[] = [];
  const waitingCircles = new Set<string>();
  const waitingCompanies = new Set<string>();
  const waitingNames = new Map<string, string>();
  const longestWaiting = new Map<string, { id: string; days: number }>();
  const discreet = discretionFor(pivot);
  const heldBack: Candidate[] = [];

  for (const contact of contacts) {
    // Set aside as not relevant: no action, and no say in whom to reach next.
    if (contact.archived) continue;
    const history = histories.get(contact.id) ?? [];
    const followUp = history.length === 0 ? NOT_STARTED : followUpFrom(contact, history, today, holidays);
    if (followUp.state === "reach-next") {
      waitingCircles.add(contact.circle);
      // The one named is who has waited longest (then the first id), whatever order the contacts come in.
      const named = longestWaiting.get(contact.circle);
      if (
        !named ||
        followUp.businessDays > named.days ||
        (followUp.businessDays === named.days && contact.id < named.id)
      ) {
        longestWaiting.set(contact.circle, { id: contact.id, days: followUp.businessDays });
        waitingNames.set(contact.circle, contact.name);
      }
      if (contact.company) waitingCompanies.add(contact.company.toLowerCase());
    }
    const quiet = discreet(contact);
    const next = nextAction(contact, history, followUp, today, options.updateAfterDays, quiet);
    if (!next) continue;
    const score = scoreContact(
      contact,
      relevance,
      history.length === 0 ? "unknown" : classifyFrom(history, today, holidays),
    );
    const isOutreach = URGENCY[next.action] === 3;
    // Research leads only to a reach-out, and a reach-out tells them of the move: neither is planned for a
    // colleague who must not know yet. Owed actions (thanks, follow-ups) are planned: they disclose nothing.
    if (isOutreach && quiet) {
      heldBack.push({ contact, history, action: next.action, reason: heldBackReason(contact, quiet), score });
      continue;
    }
    const candidate: Candidate = {
      contact,
      history,
      action: next.action,
      reason: next.reason,
      dueOn: next.dueOn,
      score,
    };
    (isOutreach ? outreach : owed).push(candidate);
  }

  for (const c of outreach) {
    const sameCompany = c.contact.company !== undefined && waitingCompanies.has(c.contact.company.toLowerCase());
    if (waitingCircles.has(c.contact.circle) || sameCompany)
      c.score = Math.round(c.score * REACH_NEXT_BOOST * 1000) / 1000;
  }
  owed.sort((a, b) => URGENCY[a.action] - URGENCY[b.action] || byScore(a, b));
  const moveOns = owed.filter((c) => c.action === "move-on");
  // Twice what the week can hold, for the few whose every ask is ruled out (an ask already open).
  const ordered = [
    ...owed.filter((c) => c.action !== "move-on"),
    ...interleave(outreach, options.maxItems * 2),
    ...moveOns,
  ];

  const items: PlanItem[] = [];
  let planned = 0;
  let ruledOut = 0;
  for (const c of ordered) {
    const minutes = options.minutes[c.action];
    if (items.length >= options.maxItems || planned + minutes > pivot.weeklyMinutes) continue;
    const item = toItem(c, minutes, pivot, today, waitingNames, options.senderName);
    if (!item) {
      ruledOut++;
      continue;
    }
    items.push(item);
    planned += minutes;
  }
  const deferred = owed.length + outreach.length - items.length - ruledOut;
  const people: HeldBack[] = topK(heldBack, HELD_BACK_NAMED, byScore).map((c) => ({
    contactId: c.contact.id,
    contactName: c.contact.name,
    circle: c.contact.circle,
    reason: c.reason,
  }));
  return {
    weekOf: weekStart(today),
    budgetMinutes: pivot.weeklyMinutes,
    plannedMinutes: planned,
    items,
    deferred,
    heldBack: { count: heldBack.length, people },
  };
}

/** A seed from the contact's id, so each person's draft reads differently and stays the same week to week. */
function seedOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

function toItem(
  c: Candidate,
  minutes: number,
  pivot: Pivot,
  today: string,
  waitingNames: Map<string, string>,
  senderName: string | undefined,
): PlanItem | null {
  const base = {
    action: c.action,
    contactId: c.contact.id,
    contactName: c.contact.name,
    circle: c.contact.circle,
    minutes,
    score: c.score,
  };
  if (c.action !== "reach-out") return { ...base, reason: c.reason, ...(c.dueOn ? { dueOn: c.dueOn } : {}) };
  const context: AskContext = {
    today,
    pivot,
    interactions: c.history,
    openAsks: [],
    grantedAsks: [],
    rules: {},
    allowances: {},
  };
  const contact = withTrust(c.contact);
  const wanted = firstAsk(contact, pivot);
  const verdict = evaluateAsk(wanted, contact, context);
  const ask = verdict.level === "reasonable" ? wanted : rightSize(wanted, contact, context);
  if (!ask) return null;
  const waiting = waitingNames.get(contact.circle);
  const why = reachOutReason(contact, pivot);
  const message = senderName ? draftFor(contact, ask, pivot, senderName, seedOf(contact.id)) : undefined;
  return {
    ...base,
    reason:
      waiting && waiting !== c.contact.name
        ? `${why} ${personWords(waiting).Subject} ${personWords(waiting).has} not answered in 3 business days, so ask the next person.`
        : why,
    ask,
    askLevel: "reasonable",
    ...(message ? { message } : {}),
  };
}

function reachOutReason(contact: Contact, pivot: Pivot): string {
  const who = personWords(contact.name);
  switch (contact.circle) {
    case "backers":
      return contact.tie === "close" || contact.tie === "friend"
        ? `${who.Subject} ${verb(who, "has", "have")} your back: tell them your plan and ask for one specific thing.`
        : `${who.Subject} ${verb(who, "knows", "know")} you: tell them about your move into ${pivot.toField} and ask for one specific thing.`;
    case "pathfinders":
      return contact.transition
        ? `${who.Subject} moved from ${contact.transition.from} to ${contact.transition.to}: ask for their game plan.`
        : `${who.Subject} made a move like yours into ${pivot.toField}: ask what worked.`;
    case "leaders":
      return `${who.Subject} ${verb(who, "excels", "excel")} in ${pivot.toField} and you have studied their work: send a short note with a quick favour.`;
  }
}
