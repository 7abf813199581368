import { readFile } from 'node:fs/promises'
import { expect, type Page } from '@playwright/test'
import { unzipSync } from 'fflate'
import { NewAssessmentPage } from './pages/new-assessment'
import { QuestionnairePage } from './pages/questionnaire'
import { SettingsPage } from './pages/settings'
import { readAssessmentDownload } from './assessment-file'
import { chooseExchangeItem, expectDownload } from './downloads'

/** Creates an assessment through the New form; returns its id. */
export async function createAssessment(page: Page, institution: string): Promise<string> {
  const form = new NewAssessmentPage(page)
  await page.goto('/#/assessments/new')
  await form.institution.fill(institution)
  await form.create.click()
  await expect(page).toHaveURL(/#\/a\/[^/]+\/s\//)
  return /#\/a\/([^/?]+)/.exec(page.url())![1]!
}

/** Answers questions section by section: `{ A1: { 'A1.01': '2' } }` (stored values), waiting for "saved". */
export async function answer(
  page: Page,
  id: string,
  answers: Record<string, Record<string, string>>
): Promise<void> {
  const q = new QuestionnairePage(page)
  for (const [section, values] of Object.entries(answers)) {
    await q.open(id, section)
    for (const [questionId, value] of Object.entries(values)) {
      await q.choice(questionId, value).check()
      await expect(q.choice(questionId, value)).toBeChecked()
    }
    await q.waitSaved()
  }
}

/** Clicks "Export package" in the open assessment's Exchange menu and returns the downloaded file's path and bytes. */
export async function exportPackage(page: Page): Promise<{ path: string; bytes: Uint8Array }> {
  // In an assessment the action sits in the header's Exchange menu.
  const download = await expectDownload(page, () => chooseExchangeItem(page, 'export-package'))
  expect(download.suggestedFilename()).toMatch(/\.package\.zip$/)
  const path = await download.path()
  return { path, bytes: new Uint8Array(await readFile(path)) }
}

/** Picks a package file on the home screen and waits for the import report. */
export async function importPackage(
  page: Page,
  file: string | { name: string; buffer: Buffer }
): Promise<void> {
  await page.goto('/#/assessments')
  await page
    .getByTestId('import-package')
    .setInputFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/zip' })
  await expect(page.getByTestId('package-report')).toBeVisible()
}

/** The stored answers of an assessment, read from its exported assessment file. */
export async function storedAssessment(page: Page, id: string) {
  await page.goto(`/#/a/${id}/results`)
  await expect(page.getByTestId('results-screen')).toBeVisible()
  const download = await expectDownload(page, () => page.getByTestId('export-assessment').click())
  return (await readAssessmentDownload(download)).assessment
}

/** A package's files by name (fflate's own unzip, independent of the app's reader). */
export function unpack(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)))
}

/**
 * Everything in the app's IndexedDB as one string (blobs by size and type), read with the raw
 * IndexedDB API: equal before and after ⇔ nothing was written.
 */
export function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
    const db = await request(indexedDB.open('stability-assessor'))
    try {
      const names = [...db.objectStoreNames].sort()
      const tx = db.transaction(names, 'readonly')
      const out: Record<string, unknown> = {}
      for (const name of names) {
        const rows = await request(tx.objectStore(name).getAll())
        // The last route is navigation state the router writes on every move, not data.
        out[name] =
          name === 'settings'
            ? rows.filter((row) => (row as { key?: string }).key !== 'lastRoute')
            : rows
      }
      return JSON.stringify(out, (_key, value: unknown) =>
        value instanceof Blob ? { blob: value.size, type: value.type } : value
      )
    } finally {
      db.close()
    }
  })
}

/** Sets the assessor name this computer signs answers with (Settings). */
export async function setAssessorName(page: Page, name: string): Promise<void> {
  const settings = new SettingsPage(page)
  await page.goto('/#/settings')
  await settings.assessorName.fill(name)
  await expect(settings.nameState).toHaveAttribute('data-state', 'saved')
}
