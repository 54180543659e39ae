import { describe, expect, it } from "vitest";
import { foldAccents } from "./fold-accents";

describe("foldAccents", () => {
  it.each([
    ["Núñez", "nunez"],
    ["JOSÉ", "jose"],
    ["Diseño Ibérico", "diseno iberico"],
    ["İstanbul", "istanbul"],
    ["Sarah Chen", "sarah chen"],
    ["𝘼𝙣𝙖", "ana"],
  ])("%s → %s", (text, folded) => expect(foldAccents(text)).toBe(folded));
});
