import type { Download, Page } from '@playwright/test'

/**
 * Does `act` (the click that asks for a file) and returns the download it starts. On a loaded
 * machine an export can outlast the click's user activation; the browser build then shows its
 * "file ready — save" notice instead of downloading on its own (platform/download-queue.ts), and
 * this presses Save as a user would. Either way the test gets the one download it asked for.
 */
export async function expectDownload(page: Page, act: () => Promise<unknown>): Promise<Download> {
  const started = page.waitForEvent('download')
  await act()
  const save = page.getByTestId('download-ready-save')
  const prompted = save
    .first()
    .waitFor({ state: 'visible', timeout: 0 })
    .then(
      () => 'prompted' as const,
      () => 'gone' as const
    )
  const first = await Promise.race([started, prompted])
  if (first !== 'prompted' && first !== 'gone') return first
  if (first === 'prompted') await save.first().click()
  return started
}
