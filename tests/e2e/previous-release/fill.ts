import { expect, type Page } from '@playwright/test'
import { legacyRegistersRow } from '../../../renderer/src/db/migrations/test-support'
import { readProfileContents, type StoredAssessment } from './profile-contents'

/** An assessment as the previous release stored and showed it. */
export type OldAssessment = StoredAssessment & { score: string; level: string }

const ready = (page: Page) =>
  expect(page.locator('[data-app-state]').first()).toHaveAttribute('data-app-state', 'ready', {
    timeout: 60_000
  })

/**
 * Lets the previous release's app (schema 4, stop 19's UI), open and empty on `page`, create what
 * the DUR-11 profile holds: Chinese chosen; the sample assessment (answers, factor inputs,
 * findings, audit entries); a new assessment through its form, with one key system, to which a
 * register is added as that release stores one (straight into IndexedDB: its import flow takes a
 * workbook and a dozen steps). Returns what the old home list then shows and the database holds.
 */
export async function fillWithPreviousRelease(page: Page): Promise<OldAssessment[]> {
  await ready(page)
  await page.getByText('简体中文', { exact: true }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  const listReady = () =>
    expect(page.getByTestId('assessment-list')).toHaveAttribute('data-list-state', 'ready')

  await page.getByTestId('open-sample-empty').click()
  await expect(page).toHaveURL(/#\/a\/[^/]+\/s\//)
  await page.evaluate(() => (window.location.hash = '#/'))
  await listReady()

  await page.getByTestId('new-assessment').first().click()
  await page.getByLabel('被评估机构').and(page.locator(':not(th)')).fill('DUR-11 上一版本 证券乙')
  await page.getByTestId('system-preset-trading').click()
  await page.getByRole('button', { name: '创建并开始评估' }).click()
  await expect(page).toHaveURL(/#\/a\/[^/]+\/s\//)
  const id = /#\/a\/([^/?]+)/.exec(page.url())![1]!
  await page.evaluate(async (row) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((done, fail) => {
        r.onsuccess = () => done(r.result)
        r.onerror = () => fail(r.error)
      })
    const db = await request(indexedDB.open('stability-assessor'))
    const store = db.transaction('registers', 'readwrite').objectStore('registers')
    await request(store.put(row))
    db.close()
  }, legacyRegistersRow(id))

  // What the old home list shows after a reload (so it reads what was stored).
  await page.evaluate(() => (window.location.hash = '#/'))
  await page.reload()
  await ready(page)
  await listReady()
  const shown: OldAssessment[] = []
  for (const assessment of (await readProfileContents(page)).assessments) {
    const row = page.locator(
      `[data-testid="assessment-row"][data-assessment-id="${assessment.id}"]`
    )
    const tags = await row.locator('.ant-tag').allInnerTexts()
    shown.push({
      ...assessment,
      score: (await row.getByTestId('row-score').innerText()).trim(),
      level: tags.find((tag) => /^L\d/.test(tag)) ?? '—'
    })
  }
  return shown
}
