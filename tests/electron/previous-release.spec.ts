import { fillWithPreviousRelease, type OldAssessment } from '../e2e/previous-release/fill'
import { expectIntact } from '../e2e/previous-release/intact'
import { SKIP_REASON } from './electron-available'
import { expect, launchApp, test } from './fixtures'
import { previousReleaseMain } from './previous-release'

test.skip(SKIP_REASON !== '', SKIP_REASON)

/*
 * DUR-11 on the desktop: the previous release (tests/e2e/previous-release/release.ts), built from
 * git, creates the assessments in a fresh user-data folder (the sample, and a new one with a
 * register in its schema-4 shape); this build then opens the same folder and finds each one
 * exactly as stored, on the unchanged origin app://bundle. The browser twin,
 * tests/e2e/previous-release.spec.ts, opens a checked-in profile the old release made.
 */
test('DUR-11: a profile written by the previous release opens with all its assessments', async ({
  userDataDir
}) => {
  // Building the previous release (electron-vite build, maybe npm ci) takes minutes when cold.
  test.setTimeout(20 * 60_000)
  const previous = await launchApp(userDataDir, previousReleaseMain())
  let old: OldAssessment[]
  try {
    const page = await previous.firstWindow()
    old = await fillWithPreviousRelease(page)
    expect(page.url()).toMatch(/^app:\/\/bundle\//)
  } finally {
    await previous.close()
  }
  expect(old.length).toBe(2)

  const current = await launchApp(userDataDir)
  try {
    const page = await current.firstWindow()
    await expectIntact(page, old)
    expect(page.url()).toMatch(/^app:\/\/bundle\//)
  } finally {
    await current.close()
  }
})
