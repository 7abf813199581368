import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { HomePage } from './pages/home'
import { NewAssessmentPage } from './pages/new-assessment'

/** Creates an assessment through the form; returns its id. */
async function create(page: Page, institution: string, scope: string[] = []): Promise<string> {
  const form = new NewAssessmentPage(page)
  await page.goto('/#/assessments/new')
  await form.institution.fill(institution)
  if (scope.length > 0) await form.addScope(...scope)
  await form.create.click()
  await expect(page).toHaveURL(/#\/a\/[^/]+\/s\//)
  // Creating opens the first section: its questions are on screen.
  await expect(page.locator('[data-testid^="question-"]').first()).toBeVisible()
  return new HomePage(page).openedId()
}

/**
 * Test set-up only: puts an assessment in review by writing its status straight into IndexedDB,
 * as the review screen would.
 */
async function putInReview(page: Page, id: string): Promise<void> {
  await page.evaluate(async (assessmentId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('stability-assessor')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('assessments', 'readwrite')
      const store = tx.objectStore('assessments')
      const get = store.get(assessmentId)
      get.onsuccess = () =>
        store.put({ ...get.result, status: 'inReview', updatedAt: new Date().toISOString() })
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, id)
}

for (const language of [
  { locale: 'zh-CN', empty: '尚无评估', withheld: '暂不评级', draft: '草稿' },
  { locale: 'en-US', empty: 'No assessments yet', withheld: 'Withheld', draft: 'Draft' }
] as const) {
  test.describe(`home (${language.locale})`, () => {
    test.use({ locale: language.locale })

    test('explains itself when empty, then lists the sample with its figures', async ({
      page,
      openApp,
      saveScreenshot
    }) => {
      const home = new HomePage(page)
      await openApp('/assessments')
      await expect(home.empty).toContainText(language.empty)
      await saveScreenshot(`home-empty-${language.locale}`)

      const id = await home.openSample()
      await page.goto('/#/assessments')
      const row = home.row(id)
      await expect(row).toContainText(language.draft)
      // The sample is complete and rated L3 (78.1 points): the figures come from the engine.
      await expect(row.getByTestId('row-score')).toHaveText('78.1')
      await expect(row).toContainText('L3')
      await expect(row.locator('.ant-progress')).toHaveAttribute('data-value', '100')

      await create(page, '华泰证券股份有限公司', ['集中交易系统'])
      await page.goto('/#/assessments')
      await expect(home.rows).toHaveCount(2)
      await saveScreenshot(`home-${language.locale}`)
    })
  })
}

test.describe('home list', () => {
  test.use({ locale: 'zh-CN' })

  test('searches, filters by status and sorts; the URL keeps the view', async ({
    page,
    openApp
  }) => {
    const home = new HomePage(page)
    await openApp('/assessments')
    await create(page, '华泰证券股份有限公司', ['集中交易系统'])
    await create(page, '国泰海通证券股份有限公司', ['融资融券系统'])
    const zx = await create(page, '中信证券股份有限公司', ['清算系统'])
    await putInReview(page, zx)
    await page.goto('/#/assessments')
    await expect(home.rows).toHaveCount(3)

    await home.search.fill('融资融券')
    await expect(home.rows).toHaveCount(1)
    await expect(home.rows).toContainText('国泰海通证券股份有限公司')
    await home.search.fill('')
    await expect(home.rows).toHaveCount(3)

    await home.show('inReview')
    await expect(home.rows).toHaveCount(1)
    await expect(home.row(zx)).toContainText('审核中')
    await home.show('draft')
    await expect(home.rows).toHaveCount(2)
    await home.show('finalized')
    await expect(home.rows).toHaveCount(0)
    await home.show('all')

    await home.sortBy('被评估机构', 'ascending')
    const ascending = await home.institutions()
    expect(ascending).toEqual(ascending.toSorted((a, b) => a.localeCompare(b, 'zh-CN')))
    await home.sortBy('被评估机构', 'descending')
    expect(await home.institutions()).toEqual(ascending.toReversed())

    // A reload keeps the search, view and sort.
    await home.search.fill('证券')
    await home.show('draft')
    await page.reload()
    await expect(home.search).toHaveValue('证券')
    await expect(home.rows).toHaveCount(2)
    expect(await home.institutions()).toEqual(
      ascending.toReversed().filter((name) => name !== '中信证券股份有限公司')
    )
  })

  test('duplicates as the next period with the answers carried over', async ({ page, openApp }) => {
    const home = new HomePage(page)
    await openApp('/assessments')
    const source = await home.openSample()
    await page.goto('/#/assessments')
    await home.row(source).getByTestId('action-duplicate').click()
    await expect(page).toHaveURL(/#\/a\/[^/]+/)
    const next = home.openedId()
    expect(next).not.toBe(source)
    // The copy opens on its questions, each answer marked "carried over — confirm".
    await expect(page.getByTestId('carried-over').first()).toBeVisible()

    await page.goto('/#/assessments')
    await expect(home.rows).toHaveCount(2)
    // The sample covers 2024-07-01 – 2025-06-30; the next period is the following 12 months.
    await expect(home.row(next)).toContainText('2025-07-01 至 2026-06-30')
    await expect(home.row(next)).toContainText('草稿')
    // Answers came along; the period's factor inputs did not, so it is not yet complete.
    const completion = Number(
      await home.row(next).locator('.ant-progress').getAttribute('data-value')
    )
    expect(completion).toBeGreaterThan(50)
    expect(completion).toBeLessThan(100)
  })

  test('moves to the trash, restores, and deletes for good after confirming', async ({
    page,
    openApp,
    saveScreenshot
  }) => {
    const home = new HomePage(page)
    await openApp('/assessments')
    const keep = await create(page, '招商证券股份有限公司')
    const drop = await create(page, '广发证券股份有限公司')
    await page.goto('/#/assessments')

    await home.row(drop).getByTestId('action-trash').click()
    await expect(page.getByText('已将“广发证券股份有限公司”移入回收站')).toBeVisible()
    await expect(home.rows).toHaveCount(1)
    await home.show('trash')
    await expect(home.row(drop)).toBeVisible()
    await saveScreenshot('home-trash-zh-CN')

    await home.row(drop).getByTestId('action-restore').click()
    await expect(home.rows).toHaveCount(0)
    await home.show('all')
    await expect(home.rows).toHaveCount(2)

    await home.row(drop).getByTestId('action-trash').click()
    await home.show('trash')
    await home.row(drop).getByTestId('action-purge').click()
    await expect(page.getByRole('dialog')).toContainText('无法恢复')
    await page.getByTestId('confirm-purge').click()
    await expect(home.rows).toHaveCount(0)
    await page.reload()
    await home.show('all')
    await expect(home.rows).toHaveCount(1)
    await expect(home.row(keep)).toBeVisible()
  })
})
