import { describe, expect, it } from 'vitest'
import { lintMessages } from './lint-probe'

/**
 * The lint rule that keeps shared/testing out of the product, run through the project's real
 * eslint.config.js: an offending import fails in product files and is allowed in test files.
 */
const ruleMessages = (file: string, code: string): Promise<string[]> =>
  lintMessages(file, code, 'local/no-test-data-import')

describe('only tests import shared/testing', () => {
  it.each([
    ['shared/bank/offender.ts', "export { makeBank } from '../testing'"],
    ['shared/report/offender.ts', "import { miniBank } from '../testing/mini-bank'\nvoid miniBank"],
    ['renderer/src/features/offender.ts', "import { q } from '@shared/testing'\nvoid q"],
    ['electron/cli/offender.ts', "export const load = () => import('../../shared/testing')"]
  ])('fails in product code: %s', async (file, code) => {
    expect(await ruleMessages(file, code)).toEqual([
      expect.stringMatching(/test data \(shared\/testing\): product code may not import it/)
    ])
  })

  it.each([
    ['shared/bank/parse.test.ts', "import { makeBank } from '../testing'\nvoid makeBank"],
    ['shared/package/test-support.ts', "export { miniBank } from '../testing'"],
    ['shared/package/package-fixture.ts', "export { miniBank } from '../testing'"],
    ['renderer/src/db/data-fuzz.test.ts', "import { q } from '@shared/testing'\nvoid q"]
  ])('is allowed in test code: %s', async (file, code) => {
    expect(await ruleMessages(file, code)).toEqual([])
  })

  it('leaves other imports alone', async () => {
    expect(
      await ruleMessages('shared/bank/offender.ts', "export { gradeBands } from './factor-shapes'")
    ).toEqual([])
  })
})
