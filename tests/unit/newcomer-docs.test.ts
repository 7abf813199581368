import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * The newcomer's map stays true. Comments, tests and docs cite requirement IDs (SEC-03, XLS-04,
 * PERF-UI-1 …) that were written down outside this repository: docs/requirements.md lists each
 * with its rule and what checks it, so a fresh clone can resolve every citation. And
 * docs/architecture.md names every module and only paths that exist.
 */

const ROOT = resolve(import.meta.dirname, '../..')
const DOC = 'docs/requirements.md'
const SCANNED = ['electron', 'renderer', 'shared', 'scripts', 'bin', 'bench', 'tests', 'docs']
const ROOT_FILES = ['README.md', 'electron-builder.yml', 'eslint.config.js', 'package.json']
const TEXT = /\.(c|m)?(t|j)sx?$|\.(md|ya?ml|json|css|html)$/
const SKIPPED_DIRS = new Set(['node_modules', 'out', 'test-results', 'release'])
/** An ID: SEC-01, DUR-12, XLS-04, REC-07, PERF-00, PERF-UI-1, PERF-START-2. */
const REQUIREMENT_ID = /\b(?:(?:SEC|DUR|XLS|REC)-\d{2}|PERF-(?:[A-Z]+-)?\d+)\b/g

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : walk(path)
    return TEXT.test(entry.name) ? [path] : []
  })

const repoPath = (path: string): string => relative(ROOT, path).split(sep).join('/')

/** Every file that may cite an ID, except the list itself and this test. */
const citingFiles = [
  ...SCANNED.filter((dir) => existsSync(join(ROOT, dir))).flatMap((dir) => walk(join(ROOT, dir))),
  ...ROOT_FILES.map((file) => join(ROOT, file)).filter(existsSync)
]
  .map(repoPath)
  .filter((file) => file !== DOC && file !== repoPath(import.meta.filename))

const doc = readFileSync(join(ROOT, DOC), 'utf8')
/** The table rows: `| ID | rule | checked by |`. */
const rows = doc
  .split('\n')
  .map((line) =>
    /^\|\s*((?:SEC|DUR|XLS|REC|PERF)-[A-Z0-9-]+)\s*\|\s*(.+?)\s*\|\s*(.+?)\s*\|$/.exec(line)
  )
  .filter((match): match is RegExpExecArray => match !== null)
  .map(([, id, rule, checkedBy]) => ({ id: id!, rule: rule!, checkedBy: checkedBy! }))

describe('docs/requirements.md', () => {
  it('lists every requirement ID the repository cites', () => {
    const cited = new Map<string, string>()
    for (const file of citingFiles)
      for (const [id] of readFileSync(join(ROOT, file), 'utf8').matchAll(REQUIREMENT_ID))
        if (!cited.has(id)) cited.set(id, file)
    // A real tree: the seam's own citations are found.
    expect(cited.get('PERF-UI-1')).toBeDefined()
    expect(cited.size).toBeGreaterThan(20)
    const listed = new Set(rows.map((row) => row.id))
    const missing = [...cited]
      .filter(([id]) => !listed.has(id))
      .map(([id, file]) => `${id} (${file})`)
    expect(missing).toEqual([])
  })

  it('gives each ID once, with a rule and what checks it', () => {
    const ids = rows.map((row) => row.id)
    expect(ids.length).toBeGreaterThanOrEqual(60)
    expect(new Set(ids).size).toBe(ids.length)
    for (const row of rows) {
      expect(row.rule.trim().length, row.id).toBeGreaterThan(20)
      expect(row.checkedBy.trim(), row.id).not.toBe('')
    }
  })

  it('names only files that exist', () => {
    const named = rows.flatMap((row) =>
      [...row.checkedBy.matchAll(/`([\w./-]+\.(?:ts|mjs|js|md|yml))`/g)].map(([, path]) => path!)
    )
    expect(named.length).toBeGreaterThan(40)
    expect(named.filter((path) => !existsSync(join(ROOT, path)))).toEqual([])
  })
})

describe('docs/architecture.md', () => {
  const map = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8')
  const folders = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)

  it('maps every shared module, renderer folder and feature, and electron folder', () => {
    const expected = [
      ...folders('shared').map((name) => `shared/${name}`),
      ...folders('renderer/src')
        .filter((name) => name !== 'features')
        .map((name) => `${name}/`),
      ...folders('renderer/src/features').map((name) => `features/${name}`),
      ...folders('electron').map((name) => `electron/${name}`)
    ]
    expect(expected.length).toBeGreaterThan(40)
    expect(expected.filter((name) => !map.includes(`\`${name}`))).toEqual([])
  })

  it('names only paths that exist', () => {
    const paths = [
      ...map.matchAll(/`((?:shared|renderer|electron|tests|resources|bench|docs)\/[\w./-]*)`/g)
    ].map(([, path]) => path!.replace(/\/$/, ''))
    expect(paths.length).toBeGreaterThan(30)
    expect(paths.filter((path) => !existsSync(join(ROOT, path)))).toEqual([])
  })
})
