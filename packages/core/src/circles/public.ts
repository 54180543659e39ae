// Circles: what each is for, the question banks, where a contact belongs (from what their headline says), and
// who is a current colleague.
export { CIRCLES, fillQuestion } from "./circles";
export type { Circle } from "./circles";
export { TIARA_QUESTIONS } from "./tiara";
export type { TiaraTopic } from "./tiara";
export { suggestCircle } from "./suggest-circle";
export type { CircleSuggestion } from "./suggest-circle";
export { readHeadline } from "./read-headline";
export type { HeadlineParts, HeadlineReading } from "./read-headline";
export { sameCompany } from "./same-company";
export { matchCurrentEmployer } from "./match-current-employer";
export type { EmployerMatch } from "./match-current-employer";
