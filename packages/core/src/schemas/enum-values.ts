/**
 * The allowed values of the enumerations, as plain lists. The zod schemas are built from them; code that
 * must stay small in a browser bundle (the message linter) uses them without pulling in full zod.
 */
export const CIRCLE_IDS = ["backers", "leaders", "pathfinders"] as const;
/** Strongest first: the index in this list is used to move a tie up or down a row. */
export const TIES = ["close", "friend", "acquaintance", "weak", "stranger"] as const;
export const SEVERITIES = ["error", "warning", "info"] as const;
export const CHANNELS = ["email", "linkedin-note", "linkedin-message", "text"] as const;
export const MESSAGE_PURPOSES = ["ask", "follow-up", "thank", "update"] as const;
