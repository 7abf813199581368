import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The lint rule that keeps shared/testing out of the product, run through the project's real
 * eslint.config.js: an offending import fails in product files and is allowed in test files.
 */
const root = resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root })

async function ruleMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'local/no-test-data-import')
    .map((message) => message.message)
}

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
