import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

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
      app: { home, newAssessment },
      openApp,
      saveScreenshot
    }) => {
      await openApp('/assessments')
      await expect(home.empty).toContainText(language.empty)
      await saveScreenshot(`home-empty-${language.locale}`)

      const id = await home.openSample()
      await page.goto('/#/assessments')
      const row = home.row(id)
      await expect(row).toContainText(language.draft)
      // The sample (bank 1.1.0) is complete: 80.9 points, L4 with no level gate binding, as the
      // engine scores it (results.spec checks every figure against scoreAssessment).
      await expect(home.score(id)).toHaveText('80.9')
      await expect(row).toContainText('L4')
      await expect(home.completion(id)).toHaveAttribute('data-value', '100')

      await newAssessment.createAssessment('华泰证券股份有限公司', ['集中交易系统'])
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
    app: { home, newAssessment },
    openApp
  }) => {
    await openApp('/assessments')
    await newAssessment.createAssessment('华泰证券股份有限公司', ['集中交易系统'])
    await newAssessment.createAssessment('国泰海通证券股份有限公司', ['融资融券系统'])
    const zx = await newAssessment.createAssessment('中信证券股份有限公司', ['清算系统'])
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

  test('duplicates as the next period with the answers carried over', async ({
    page,
    sampleAssessment: { id: source, app }
  }) => {
    const { home, questionnaire } = app
    await page.goto('/#/assessments')
    await home.action(source, 'duplicate').click()
    await expect(page).toHaveURL(/#\/a\/[^/]+/)
    const next = home.openedId()
    expect(next).not.toBe(source)
    // The copy opens on its questions, each answer marked "carried over — confirm".
    await expect(questionnaire.carriedOver.first()).toBeVisible()

    await page.goto('/#/assessments')
    await expect(home.rows).toHaveCount(2)
    // The sample covers 2024-07-01 – 2025-06-30; the next period is the following 12 months.
    await expect(home.row(next)).toContainText('2025-07-01 至 2026-06-30')
    await expect(home.row(next)).toContainText('草稿')
    // Answers came along; the period's factor inputs did not, so it is not yet complete.
    const completion = Number(await home.completion(next).getAttribute('data-value'))
    expect(completion).toBeGreaterThan(50)
    expect(completion).toBeLessThan(100)
  })

  test('moves to the trash, restores, and deletes for good after confirming', async ({
    page,
    app: { home, newAssessment, shell },
    openApp,
    saveScreenshot
  }) => {
    await openApp('/assessments')
    const keep = await newAssessment.createAssessment('招商证券股份有限公司')
    const drop = await newAssessment.createAssessment('广发证券股份有限公司')
    await page.goto('/#/assessments')

    await home.action(drop, 'trash').click()
    await expect(shell.message('已将“广发证券股份有限公司”移入回收站')).toBeVisible()
    await expect(home.rows).toHaveCount(1)
    await home.show('trash')
    await expect(home.row(drop)).toBeVisible()
    await saveScreenshot('home-trash-zh-CN')

    await home.action(drop, 'restore').click()
    await expect(home.rows).toHaveCount(0)
    await home.show('all')
    await expect(home.rows).toHaveCount(2)

    await home.action(drop, 'trash').click()
    await home.show('trash')
    await home.purge(drop)
    await expect(home.purgeDialog).toContainText('无法恢复')
    await home.confirmPurge()
    await expect(home.rows).toHaveCount(0)
    await page.reload()
    await home.show('all')
    await expect(home.rows).toHaveCount(1)
    await expect(home.row(keep)).toBeVisible()
  })
})
