import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { close, launch, serveHostFrom } from './persistent-chromium'
import type { OldAssessment } from './previous-release/fill'
import { expectIntact } from './previous-release/intact'
import { MANIFEST_PATH, PROFILE_DIR, PROFILE_HOST } from './previous-release/release'

/*
 * DUR-11 (desktop review F-14): a profile written by the previous release — its IndexedDB and
 * Local Storage folders as Chromium left them on disk, made by that release's own app
 * (previous-release/make-profile.ts: stop 19, c11e8e3, schema 4, registers kept row by row) — is
 * opened by this build in Chromium on a persistent profile. Every assessment must be listed with
 * the score and level the old list showed, and hold exactly what it held: header, answers,
 * factor inputs, findings and audit entries (SHA-256 over the stored rows) and its registers'
 * rows (packed by the version 5 upgrade). Opened twice: the upgraded profile opens the same way.
 * tests/electron/previous-release.spec.ts does the same with the desktop app.
 */

interface Manifest {
  release: { commit: string; schema: number }
  origin: string
  version: number
  assessments: OldAssessment[]
}
const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Manifest

let profile: string
test.beforeEach(() => {
  profile = mkdtempSync(join(tmpdir(), 'previous-release-'))
  cpSync(PROFILE_DIR, profile, { recursive: true })
})
test.afterEach(() => rmSync(profile, { recursive: true, force: true }))

test('DUR-11: the previous release’s profile opens with every assessment intact', async ({
  baseURL
}) => {
  test.setTimeout(180_000)
  expect(manifest.version).toBe(manifest.release.schema * 10)
  expect(manifest.origin).toBe(`http://${PROFILE_HOST}`)
  expect(manifest.assessments.map((a) => a.institution)).toEqual([
    'DUR-11 上一版本 证券乙',
    '示例证券股份有限公司'
  ])
  const port = Number(new URL(baseURL!).port)
  for (const round of [1, 2]) {
    const running = await launch(profile, serveHostFrom(PROFILE_HOST, port))
    try {
      await running.page.goto(`http://${PROFILE_HOST}/`)
      await expectIntact(running.page, manifest.assessments)
      await running.page.screenshot({ path: test.info().outputPath(`home-${round}.png`) })
      expect(running.problems).toEqual([])
    } finally {
      await close(running)
    }
  }
})
