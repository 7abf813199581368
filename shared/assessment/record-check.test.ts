import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { generateSampleAssessment } from '../sample'
import { miniAssessment } from '../testing'
import { defaultBank } from '../testing/default-bank'
import { runUpgradeChain } from '../util/upgrade-chain'
import { checkedAnswers } from './answer-check'
import {
  ASSESSMENT_FILE_KIND,
  CURRENT_ASSESSMENT_FORMAT_VERSION,
  answerSchema,
  assessmentFileSchema,
  auditEntrySchema,
  factorEntrySchema,
  findingRecordSchema
} from './assessment'
import { safeParseAssessmentFile } from './assessment-check'
import { checkedAuditEntries, checkedFactorEntries, checkedFindings } from './record-check'
import { assessmentUpgradeChain } from './upgrade'

/** A key left out (unlike `undefined`, which is a key present with no value). */
const ABSENT = Symbol('absent')
type Path = Array<string | number>

const sha = 'a'.repeat(64)
const file = { kind: 'file', id: 'ev1', name: 'plan.pdf', sha256: sha, size: 10 }
const reference = { kind: 'reference', id: 'ev2', name: '《应急预案》', page: '3' }
const recheck = { date: '2025-09-01', by: '王芳', result: 'passed', comment: '已验证' }

/** Rows with every field the schemas know, beside the sample's (which leave most out). */
const RICH = {
  factors: [
    {
      factorId: 'F03',
      values: {},
      bySystem: { trading: { N_total: 12, N_ok: null }, quotes: { N_total: 0.5 } },
      comment: '按系统填报',
      evidence: [file, reference],
      updatedBy: '张伟',
      updatedAt: '2025-07-18T13:07:00.123+08:00'
    }
  ],
  findings: [
    {
      findingId: 'q:C3.01',
      description: '未覆盖',
      risk: { level: 'high', reason: '核心系统' },
      owner: '孙悦（信息技术部）',
      dueDate: '2025-12-15',
      action: '引入自动化工具',
      urgent: true,
      status: 'verified',
      note: '已完成',
      noteEvidence: [file],
      recheck,
      feedback: {
        response: 'partial',
        explanation: '部分同意',
        plan: '年内完成',
        plannedDate: '2025-12-01',
        by: '运维管理部',
        receivedAt: '2025-08-01T08:00:00Z'
      },
      history: [
        {
          assessmentId: 'a-2024',
          period: { start: '2024-01-01', end: '2024-12-31' },
          reportNumber: 'SA-2024-001',
          status: 'done',
          riskLevel: 'medium',
          owner: '周强',
          dueDate: '2024-10-01',
          action: 'a',
          note: 'n',
          recheck: { ...recheck, result: 'failed' }
        }
      ]
    }
  ],
  auditLog: [
    {
      id: 'au-0009',
      at: '2025-07-16T09:30:00Z',
      by: '黄涛',
      action: 'finding.set',
      target: 'finding:q:C3.01',
      oldValue: { status: 'open', nested: [1, { b: 2, a: 1 }] },
      newValue: null,
      reason: '复查通过',
      seq: 8,
      prev: sha
    }
  ]
}

/** Values put in place of any field anywhere in a row: valid elsewhere, invalid, doubtful. */
const REPLACEMENTS: unknown[] = [
  ...[ABSENT, undefined, null, true, 0, -0, -1, 1.5, 8, 1_000_001, 2 ** 53, NaN, Infinity],
  ...['', ' ', 'x', ' x ', 'x'.repeat(65), 'x'.repeat(201), 'x'.repeat(4001), 'x'.repeat(20_001)],
  ...['open', 'verified', 'done', 'passed', 'failed', 'high', 'agree', 'file', 'reference'],
  ...['answer.set', 'review.sign', 'q:C1', 'f:1x', 'A1', '1A', 'a-2024', sha, sha.toUpperCase()],
  ...['2025-07-01', '2025-02-30', '2024-02-29', '2025-07-01T08:00:00Z', '2025-07-01T08:00:00'],
  ...['2025-07-01T24:00:00Z', '2025-07-01T08:00:00.5-05:30', '2023-02-29T00:00:00Z'],
  ...[{}, [], ['x'], [file], [reference], [{ ...file, size: -1 }], { a: 1 }, { a: { b: null } }],
  ...[{ 'bad key': 1 }, recheck, { ...recheck, result: 'failed' }, new Date(0), Object.create(null)]
]

/** Every path to a value inside a row (not the row itself). */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return []
  const keys: Array<string | number> = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value)
  return keys.flatMap((key) => {
    const path = [...prefix, key]
    return [path, ...pathsOf((value as Record<string | number, unknown>)[key], path)]
  })
}

/** The objects inside a row, the row included, where a key may be added. */
const objectPaths = (row: unknown): Path[] =>
  [[] as Path, ...pathsOf(row)].filter((path) => {
    const at = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], row)
    return typeof at === 'object' && at !== null && !Array.isArray(at)
  })

/** The non-empty lists inside a row, with their first item. */
const arrayPaths = (row: unknown): Array<[Path, unknown]> =>
  pathsOf(row).flatMap((path) => {
    const at = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], row)
    return Array.isArray(at) && at.length > 0 ? [[path, at[0]] as [Path, unknown]] : []
  })

/** A copy of the row with `value` at `path` (ABSENT: the key deleted). */
function withValue(row: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(row) as Record<string | number, unknown>
  let at = copy
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>
  const last = path[path.length - 1] as string | number
  if (value === ABSENT) delete at[last]
  else at[last] = value
  return copy
}

const LISTS = {
  factors: { fast: checkedFactorEntries, schema: factorEntrySchema },
  findings: { fast: checkedFindings, schema: findingRecordSchema },
  auditLog: { fast: checkedAuditEntries, schema: auditEntrySchema },
  answers: { fast: checkedAnswers, schema: answerSchema }
} as const
type ListKey = keyof typeof LISTS

/** The fast check and the schema give the same verdict and the same value, key order included. */
function expectSame(key: ListKey, rows: unknown[]): boolean {
  const { fast, schema } = LISTS[key]
  const got = fast(rows)
  const parsed = z.array(schema).safeParse(rows)
  const want = parsed.success ? parsed.data : null
  expect(got === null).toBe(want === null)
  expect(got).toStrictEqual(want)
  expect(JSON.stringify(got)).toBe(JSON.stringify(want))
  return want !== null
}

function upgradedFixture(name: string): Record<string, unknown> {
  const raw = JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'))
  const upgraded = runUpgradeChain(raw, assessmentUpgradeChain())
  if (!upgraded.ok) throw new Error(`fixture ${name} does not upgrade`)
  return upgraded.value
}

const bank = defaultBank()
/** An assessment as a stored file, as plain JSON data. */
const asFile = (assessment: unknown): Record<string, unknown> =>
  JSON.parse(
    JSON.stringify({
      kind: ASSESSMENT_FILE_KIND,
      formatVersion: CURRENT_ASSESSMENT_FORMAT_VERSION,
      exportedAt: '2025-07-03T08:00:00Z',
      generator: 'test',
      assessment
    })
  )
/** Stored assessment files: the sample (three seeds), the mini assessment, old formats upgraded. */
const FIXTURES: Array<Record<string, unknown>> = [
  ...[1, 2, 3].map((seed) => asFile(generateSampleAssessment(bank, { seed }))),
  asFile(miniAssessment('0'.repeat(64))),
  upgradedFixture('format-1-finalized.json'),
  upgradedFixture('format-2-finalized.json')
]
const rowsOf = (file: Record<string, unknown>, key: ListKey): unknown[] =>
  (file.assessment as Record<string, unknown[]>)[key] ?? []

/** Each list's rows: the fixtures' and the rich ones. */
const ROWS = Object.fromEntries(
  (Object.keys(LISTS) as ListKey[]).map((key) => [
    key,
    [
      ...FIXTURES.flatMap((f) => rowsOf(f, key)),
      ...((RICH as Record<string, unknown[]>)[key] ?? [])
    ]
  ])
) as Record<ListKey, unknown[]>

describe('the fast checks of factor entries, findings and audit entries', () => {
  it('accept every row of the fixtures, as their schemas return it, without the schemas', () => {
    for (const key of Object.keys(LISTS) as ListKey[]) {
      expect(ROWS[key].length).toBeGreaterThan(0)
      expect(expectSame(key, ROWS[key])).toBe(true)
      // The fast path takes them all: the schema is not asked.
      const schema = vi.spyOn(LISTS[key].schema, 'safeParse')
      expect(LISTS[key].fast(ROWS[key])).not.toBeNull()
      expect(schema).not.toHaveBeenCalled()
      schema.mockRestore()
    }
  })

  it('give the schema’s verdict and value for every field of every row replaced or removed, and for a key added', () => {
    let refused = 0
    let accepted = 0
    for (const key of ['factors', 'findings', 'auditLog'] as const) {
      // The sample's rows are alike: the first few of each list and the rich ones.
      const rows = [...ROWS[key].slice(0, 6), ...RICH[key]]
      for (const row of rows) {
        const mutants = [
          ...pathsOf(row).flatMap((path) => REPLACEMENTS.map((v) => withValue(row, path, v))),
          // Lists at and past their schema's longest (100 history records, 200 evidence items).
          ...arrayPaths(row).flatMap(([path, first]) =>
            [100, 101, 200, 201].map((n) => withValue(row, path, Array(n).fill(first)))
          ),
          ...objectPaths(row).flatMap((path) =>
            ['extra', 'bad key', '__proto__'].map((k) => withValue(row, [...path, k], 1))
          )
        ]
        for (const mutant of mutants)
          if (expectSame(key, [mutant])) accepted++
          else refused++
      }
    }
    // Both verdicts are exercised, many times.
    expect(accepted).toBeGreaterThan(1000)
    expect(refused).toBeGreaterThan(1000)
  })

  it('give the schema’s verdict for rows with several random mutations', () => {
    const keys = ['factors', 'findings', 'auditLog'] as const
    const mutated = fc
      .tuple(
        fc.constantFrom(...keys),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 })
      )
      .map(([key, r, edits]) => {
        const pool = [...ROWS[key].slice(0, 20), ...RICH[key]]
        let row = pool[r % pool.length]
        for (const [p, v] of edits) {
          const paths = pathsOf(row)
          if (paths.length === 0) break
          row = withValue(
            row,
            paths[p % paths.length] as Path,
            REPLACEMENTS[v % REPLACEMENTS.length]
          )
        }
        return { key, row }
      })
    fc.assert(
      fc.property(fc.array(mutated, { maxLength: 3 }), (rows) => {
        for (const { key, row } of rows) expectSame(key, [row])
      }),
      { numRuns: 3000, seed: 15 }
    )
  })

  it('safeParseAssessmentFile returns what assessmentFileSchema returns, for the fixtures and with a bad row in any list', () => {
    const same = (file: unknown): void => {
      const fast = safeParseAssessmentFile(file)
      const slow = assessmentFileSchema.safeParse(file)
      expect(fast.success).toBe(slow.success)
      if (fast.success && slow.success) {
        expect(fast.data).toStrictEqual(slow.data)
        expect(JSON.stringify(fast.data)).toBe(JSON.stringify(slow.data))
      } else expect(fast.error?.issues).toStrictEqual(slow.error?.issues)
    }
    for (const fixture of FIXTURES) {
      same(fixture)
      const assessment = fixture.assessment as Record<string, unknown>
      for (const key of Object.keys(LISTS) as ListKey[]) {
        same({ ...fixture, assessment: { ...assessment, [key]: undefined } })
        same({ ...fixture, assessment: { ...assessment, [key]: 'x' } })
        const rows = rowsOf(fixture, key)
        if (rows.length === 0) continue
        for (const bad of [
          { ...(rows[0] as object), extra: 1 },
          null,
          { ...(rows[0] as object), id: '' }
        ])
          same({ ...fixture, assessment: { ...assessment, [key]: [...rows, bad] } })
      }
      same({ ...fixture, kind: 'other' })
      same({ ...fixture, assessment: { ...assessment, status: 'lost' } })
    }
  })
})
