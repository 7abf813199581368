import { relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ESLint, type Linter } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
import { lintMessages as messages, ROOT } from './lint-probe'

/*
 * The boundaries eslint.config.js promises, checked against the real config: code that breaks
 * them must fail `npm run lint`. Each probe is linted as if it were a file at the given path.
 */

/** Table and transaction access the database seam forbids outside renderer/src/db. */
const TABLE_ACCESS = [
  // The two offenders the seam once had (features/backup), as they were written.
  `export const latest = (db: StabilityDatabase) =>
    db.assessments.orderBy('updatedAt').reverse().limit(1).keys()`,
  `export const count = () => getDatabase().assessments.count()`,
  `export const tx = (db: StabilityDatabase) => db.transaction('rw', db.answers, async () => {})`,
  `export const rows = (database: StabilityDatabase) => database.auditLog.toArray()`,
  `export const seam = (page: { db: StabilityDatabase }) => page.db.evidence.count()`,
  `const { settings } = getDatabase()
  export const read = () => settings.toArray()`,
  `export const read = (db: StabilityDatabase) => { const { banks } = db; return banks.count() }`
].map(
  (body) => `import type { StabilityDatabase } from '../../db/database'
import { getDatabase } from '../../db/database'
${body}
`
)

describe('the database seam (only renderer/src/db touches tables)', () => {
  it('fails lint on table or transaction access in a feature, an app file and a test', async () => {
    for (const path of [
      'renderer/src/features/backup/probe.ts',
      'renderer/src/app/startup/probe.tsx',
      'renderer/src/features/backup/probe.test.ts',
      'renderer/src/platform/probe.ts'
    ]) {
      for (const code of TABLE_ACCESS) {
        const found = await messages(path, code, 'no-restricted-syntax')
        expect(found.length, `${path}:\n${code}`).toBeGreaterThan(0)
        for (const message of found)
          expect(message).toMatch(/^Only renderer\/src\/db touches tables/)
      }
    }
  })

  it('lets repositories and hooks inside renderer/src/db do it, and features hand the handle on', async () => {
    for (const code of TABLE_ACCESS) {
      expect(
        await messages('renderer/src/db/repos/probe.ts', code, 'no-restricted-syntax')
      ).toEqual([])
    }
    const handOn = `import { getDatabase } from '../../db/database'
import { latestChangeAt } from '../../db/repos/assessments'
export const latest = () => latestChangeAt(getDatabase())
export const answers = (assessment: { answers: unknown[] }) => assessment.answers.length
`
    expect(
      await messages('renderer/src/features/backup/probe.ts', handOn, 'no-restricted-syntax')
    ).toEqual([])
  })

  it('still keeps the bridge to renderer/src/platform alongside the seam', async () => {
    const code = `export const bridge = () => (window as any).stabilityAssessor\n`
    expect(
      await messages('renderer/src/features/x/probe.ts', code, 'no-restricted-syntax')
    ).toEqual([expect.stringContaining('Only renderer/src/platform touches the bridge')])
    expect(await messages('renderer/src/db/probe.ts', code, 'no-restricted-syntax')).toEqual([
      expect.stringContaining('Only renderer/src/platform touches the bridge')
    ])
    expect(await messages('renderer/src/platform/probe.ts', code, 'no-restricted-syntax')).toEqual(
      []
    )
  })
})

/** What eslint.config.js exports besides the config: the size rules and their exceptions. */
const sizeConfig = (): Promise<{ SIZE_RULES: Linter.RulesRecord; SIZE_EXCEPTIONS: string[] }> =>
  import(pathToFileURL(resolve(ROOT, 'eslint.config.js')).href)

describe('size limits (files ≤ 400 lines, functions ≤ 80, blank lines and comments aside)', () => {
  const lines = (count: number, line: (i: number) => string): string =>
    Array.from({ length: count }, (_, i) => line(i)).join('\n')

  it('fail lint on a long function or a long file in product source, not in a test', async () => {
    const longFunction = `export function long(): number {\n  let n = 0\n${lines(85, (i) => `  n += ${i}`)}\n  return n\n}\n`
    const longFile = `${lines(405, (i) => `export const v${i} = ${i}`)}\n`
    for (const path of [
      'shared/scoring/probe.ts',
      'renderer/src/features/results/probe.tsx',
      'electron/main/probe.ts'
    ]) {
      expect(await messages(path, longFunction, 'max-lines-per-function'), path).toHaveLength(1)
      expect(await messages(path, longFile, 'max-lines'), path).toHaveLength(1)
    }
    expect(
      await messages(
        'renderer/src/features/results/probe.test.ts',
        longFunction,
        'max-lines-per-function'
      )
    ).toEqual([])
  })

  it('excepts only files that exist and still need it (remove a line when its file is split)', async () => {
    const config = await sizeConfig()
    // Only the parser and the two rules: the full config takes far longer to load per file.
    const strict = new ESLint({
      cwd: ROOT,
      overrideConfigFile: true,
      overrideConfig: {
        files: ['**/*.{ts,tsx}'],
        languageOptions: { parser: tseslint.parser },
        rules: config.SIZE_RULES
      }
    })
    expect(config.SIZE_EXCEPTIONS.length).toBeGreaterThan(0)
    const stillLong: string[] = []
    for (const result of await strict.lintFiles(config.SIZE_EXCEPTIONS)) {
      const sizeProblems = result.messages.filter((m) => m.ruleId?.startsWith('max-lines'))
      if (sizeProblems.length > 0) stillLong.push(relative(ROOT, result.filePath))
    }
    expect(stillLong.toSorted()).toEqual([...config.SIZE_EXCEPTIONS].sort())
  }, 60_000)
})
