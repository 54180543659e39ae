// Circles: what each is for, the question banks, and where a contact belongs.
export { CIRCLES, fillQuestion } from "./circles";
export type { Circle } from "./circles";
export { TIARA_QUESTIONS } from "./tiara";
export type { TiaraTopic } from "./tiara";
export { suggestCircle } from "./suggest-circle";
export type { CircleSuggestion } from "./suggest-circle";
