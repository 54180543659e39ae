import type { Locator } from "playwright-core";
import { expect } from "vitest";

/**
 * The step expects this on the screen. Playwright's wait gives the page the time it takes (a failed wait
 * is not the failure: the expectation after it is, and it names what was missing).
 */
export async function expectShown(locator: Locator): Promise<void> {
  await locator.waitFor({ state: "visible" }).catch(() => undefined);
  expect(await locator.isVisible(), `expected on the screen: ${locator.toString()}`).toBe(true);
}
