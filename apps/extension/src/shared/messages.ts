import type { LintContext } from "@enlist/core/schemas";

/** Who a compose box is addressed to, as far as the page shows it. */
export interface Recipient {
  name?: string;
  email?: string;
  /** Their LinkedIn profile, https://www.linkedin.com/in/<slug>/ */
  linkedInUrl?: string;
}

export type Circle = NonNullable<LintContext["circle"]>;
export type Tie = NonNullable<LintContext["tie"]>;

/** A contact of the user's own Enlist server, as the content script needs it. */
export interface KnownContact {
  id: string;
  name: string;
  circle: Circle;
  tie: Tie;
  status?: string;
}

/** What the content script asks the background service worker, which alone talks to the network. */
export type Request =
  | { type: "find-contact"; recipient: Recipient }
  | { type: "log-sent"; contactId: string; date: string }
  | { type: "check-server"; url: string; token: string };

export type FindContactAnswer =
  { connected: false } | { connected: true; contact: KnownContact | null; error?: string };
export type LogSentAnswer = { ok: true; status?: string } | { ok: false; error: string };
export type CheckServerAnswer = { ok: true; name: string } | { ok: false; error: string };
