import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTACT_STATUSES, type ContactStatus } from "../schemas/contact";
import { INTERACTION_TYPES } from "../schemas/interaction";
import { ASK_STATUSES } from "../schemas/ask";
import { statusAfter, statusFrom, type StatusEvent } from "./contact-status";

describe("statusAfter", () => {
  it("walks a contact through every step of an outreach", () => {
    const steps: [StatusEvent, ContactStatus][] = [
      [{ interaction: "sent" }, "contacted"],
      [{ interaction: "sent" }, "contacted"],
      [{ interaction: "replied" }, "engaged"],
      [{ ask: "open" }, "engaged"],
      [{ interaction: "met" }, "engaged"],
      [{ ask: "granted" }, "helped"],
      [{ interaction: "thanked" }, "helped"],
      [{ interaction: "updated" }, "helped"],
    ];
    let status: ContactStatus = "new";
    for (const [event, expected] of steps) {
      status = statusAfter(status, event);
      expect(status, JSON.stringify(event)).toBe(expected);
    }
  });

  it("moves on someone who never answered, and brings them back when they are written to again", () => {
    let status = statusAfter("researching", { interaction: "sent" });
    expect(status).toBe("contacted");
    status = statusAfter(status, { interaction: "no-reply" });
    expect(status).toBe("moved-on");
    expect(statusAfter(status, { interaction: "sent" })).toBe("contacted");
    expect(statusAfter(status, { interaction: "replied" })).toBe("engaged");
  });

  it("lets no silence undo an answer", () => {
    expect(statusAfter("engaged", { interaction: "no-reply" })).toBe("engaged");
    expect(statusAfter("helped", { interaction: "declined" })).toBe("helped");
    expect(statusAfter("engaged", { ask: "declined" })).toBe("engaged");
    expect(statusAfter("contacted", { ask: "declined" })).toBe("engaged");
    expect(statusAfter("contacted", { ask: "withdrawn" })).toBe("contacted");
  });

  it("keeps a paused contact paused until something happens with them", () => {
    expect(statusAfter("paused", { ask: "open" })).toBe("paused");
    expect(statusAfter("paused", { interaction: "no-reply" })).toBe("paused");
    expect(statusAfter("paused", { interaction: "sent" })).toBe("contacted");
  });

  it("never moves a reached contact back to an earlier step", () => {
    const reached = ["contacted", "engaged", "helped"] as const;
    const event = fc.oneof(
      fc
        .constantFrom(...INTERACTION_TYPES)
        .filter((t) => t !== "no-reply")
        .map((interaction): StatusEvent => ({ interaction })),
      fc.constantFrom(...ASK_STATUSES).map((ask): StatusEvent => ({ ask })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...CONTACT_STATUSES), fc.array(event, { maxLength: 12 }), (start, events) => {
        let status = start;
        for (const e of events) {
          const next = statusAfter(status, e);
          if ((reached as readonly string[]).includes(status))
            expect(reached.indexOf(next as (typeof reached)[number])).toBeGreaterThanOrEqual(
              reached.indexOf(status as (typeof reached)[number]),
            );
          status = next;
        }
      }),
    );
  });
});

describe("statusFrom", () => {
  it("reads a history in date order, whatever order it is given in", () => {
    const history = [
      { type: "replied" as const, date: "2026-03-04" },
      { type: "sent" as const, date: "2026-03-01" },
    ];
    expect(statusFrom(history)).toBe("engaged");
    expect(statusFrom(history.slice(1))).toBe("contacted");
    expect(statusFrom([], [])).toBe("new");
    expect(statusFrom([{ type: "sent", date: "2026-03-01" }], [{ status: "granted" }])).toBe("helped");
  });
});
