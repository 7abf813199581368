import { expect, type Locator } from '@playwright/test'

/**
 * Waits until a popup or dialog has finished opening: rc-motion marks it with -appear/-enter
 * classes until its zoom or slide ends. A click inside it before then is aimed where its target
 * was a frame ago and, on a loaded machine, can land beside it (nothing happens, and the test
 * waits in vain for what the click should have shown).
 */
export async function expectOpened(popup: Locator): Promise<void> {
  await expect(popup).toBeVisible()
  await expect(popup).not.toHaveClass(/-(appear|enter)(\s|$|-)/)
}
