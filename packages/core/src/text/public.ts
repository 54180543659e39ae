export { foldAccents } from "./fold-accents";
