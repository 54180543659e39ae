// LinkedIn search strings.
export { linkedInSearch } from "./linkedin-search";
export type { SearchString } from "./linkedin-search";
