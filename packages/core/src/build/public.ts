// The message builder.
export { buildMessage } from "./build-message";
export type { BuiltMessage } from "./build-message";
export { BuildInput, MessagePart, PART_NAMES, PartName, Recipient, Sender } from "./build-input";
export type { BuildInputInput } from "./build-input";
