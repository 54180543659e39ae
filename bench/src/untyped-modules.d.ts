// textlint rules published without type declarations; the kernel only needs them as rule modules.
declare module "textlint-rule-common-misspellings";
declare module "textlint-rule-max-comma";
declare module "textlint-rule-no-todo";
declare module "textlint-rule-sentence-length";
declare module "textlint-rule-terminology";
declare module "textlint-rule-write-good";
declare module "write-good" {
  export default function writeGood(text: string): { index: number; offset: number; reason: string }[];
}
