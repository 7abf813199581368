import { expect, type Page } from '@playwright/test'
import { HomePage } from '../pages/home'
import { uiText } from '../pages/ui-text'
import type { OldAssessment } from './fill'
import { readProfileContents } from './profile-contents'

/** IndexedDB's version of today's schema (Dexie version 6 × 10). */
export const CURRENT_IDB_VERSION = 60

/**
 * This build, started on the previous release's profile: the language chosen then; the home list
 * with every assessment and the score and level the old list showed; the database upgraded to
 * today's schema with every assessment's records exactly as they were stored, and its registers'
 * rows.
 */
export async function expectIntact(page: Page, old: OldAssessment[]): Promise<void> {
  await expect(page.locator('[data-app-state]').first()).toHaveAttribute(
    'data-app-state',
    'ready',
    { timeout: 60_000 }
  )
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  const home = new HomePage(page, uiText('zh-CN'))
  await home.settled()
  await expect(home.rows).toHaveCount(old.length)
  for (const assessment of old) {
    await expect(home.row(assessment.id)).toContainText(assessment.institution)
    await expect(home.score(assessment.id)).toHaveText(assessment.score)
    if (assessment.level !== '—')
      await expect(home.row(assessment.id)).toContainText(assessment.level)
  }
  const contents = await readProfileContents(page)
  expect(contents.version).toBe(CURRENT_IDB_VERSION)
  expect(contents.assessments).toEqual(old.map(({ score: _s, level: _l, ...stored }) => stored))
}
