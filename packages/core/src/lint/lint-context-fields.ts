import { RULE_SETTINGS } from "../rules/rule";
import { CHANNELS, CIRCLE_IDS, MESSAGE_PURPOSES, TIES } from "../schemas/enum-values";
import type { FieldsSpec } from "./field-spec";

export { RULE_SETTINGS };
export const PRESETS = ["recommended", "strict"] as const;

/** The context a message is linted in. */
export const LINT_CONTEXT_FIELDS = {
  channel: { kind: "enum", values: CHANNELS, required: true },
  /** E-mail subject, or an InMail subject on `linkedin-message`. */
  subject: { kind: "text", max: 10_000 },
  circle: { kind: "enum", values: CIRCLE_IDS },
  tie: { kind: "enum", values: TIES },
  recipientName: { kind: "text", max: 200 },
  currentColleague: { kind: "flag" },
  stillEmployed: { kind: "flag" },
  /** A first message to this person. Defaults to true for strangers and weak ties. */
  firstContact: { kind: "flag" },
  /** Free LinkedIn accounts get 200 characters for a connection note instead of 300. */
  linkedInFreeAccount: { kind: "flag" },
  /** What the message is for; thank-you notes and updates need no request. Read from the text when not given. */
  purpose: { kind: "enum", values: MESSAGE_PURPOSES },
} as const satisfies FieldsSpec;

export const LINT_OPTIONS_FIELDS = {
  preset: { kind: "enum", values: PRESETS },
  /** Per rule: "off", or the severity all of its findings get. Applied over the preset. */
  rules: { kind: "settings", values: RULE_SETTINGS },
} as const satisfies FieldsSpec;
