import { describe, expect, it } from 'vitest'
import { CURRENT_ASSESSMENT_FORMAT_VERSION } from './assessment'
import type { AssessmentUpgrader } from './upgrade'
import { assessmentUpgradeChain } from './upgrade'
import { oldestSupportedVersion, runUpgradeChain } from '../util/upgrade-chain'
import { parseAssessmentFile, parseAssessmentJson } from './parse'
import { serializeAssessmentFile } from './canonical'
import { miniAssessment } from '../testing'

const HASH = '0'.repeat(64)

/** A valid file as plain JSON data (what JSON.parse would give), safe to mutate per test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the file in arbitrary places
function rawFile(): Record<string, any> {
  return JSON.parse(
    serializeAssessmentFile(miniAssessment(HASH), {
      generator: 'test',
      exportedAt: '2025-07-03T08:00:00Z'
    })
  )
}

function issuesOf(raw: unknown): Array<{ path: string; message: string }> {
  const result = parseAssessmentFile(raw)
  if (result.ok) throw new Error('expected a rejection')
  // Path and English message; the codes behind them are checked in util/issue-codes.test.ts.
  return result.issues.map(({ path, message }) => ({ path, message }))
}

describe('parseAssessmentFile', () => {
  it('accepts a valid file and round-trips it byte for byte', () => {
    const text = serializeAssessmentFile(miniAssessment(HASH), {
      generator: 'test',
      exportedAt: '2025-07-03T08:00:00Z'
    })
    const parsed = parseAssessmentJson(text)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.value.assessment).toEqual(miniAssessment(HASH))
    const again = serializeAssessmentFile(parsed.value.assessment, {
      generator: 'test',
      exportedAt: '2025-07-03T08:00:00Z'
    })
    expect(again).toBe(text)
  })

  it('refuses something that is not an assessment file', () => {
    expect(issuesOf([1, 2])).toEqual([
      {
        path: '(root)',
        message: expect.stringContaining('not a Stability Assessor assessment file')
      }
    ])
    const bank = { ...rawFile(), kind: 'stability-assessor/bank' }
    expect(issuesOf(bank)).toEqual([
      {
        path: 'kind',
        message: 'not a Stability Assessor assessment file (kind is "stability-assessor/bank")'
      }
    ])
    const { kind: _kind, ...noKind } = rawFile()
    expect(issuesOf(noKind)[0]).toMatchObject({
      path: 'kind',
      message: expect.stringContaining('no "kind" field')
    })
  })

  it('refuses a missing, malformed or future formatVersion', () => {
    const { formatVersion: _v, ...missing } = rawFile()
    expect(issuesOf(missing)).toEqual([
      { path: 'formatVersion', message: 'formatVersion is missing' }
    ])
    expect(issuesOf({ ...rawFile(), formatVersion: '1' })[0]!.message).toContain(
      'must be a whole number'
    )
    expect(issuesOf({ ...rawFile(), formatVersion: 0 })[0]!.path).toBe('formatVersion')
    const future = CURRENT_ASSESSMENT_FORMAT_VERSION + 1
    expect(issuesOf({ ...rawFile(), formatVersion: future })).toEqual([
      {
        path: 'formatVersion',
        message: expect.stringContaining(
          `formatVersion ${future} is newer than this app supports (${CURRENT_ASSESSMENT_FORMAT_VERSION})`
        )
      }
    ])
  })

  it('reports a missing institution with its path', () => {
    const raw = rawFile()
    delete raw.assessment.metadata.institution
    expect(issuesOf(raw)).toEqual([
      { path: 'assessment.metadata.institution', message: 'required (expected string)' }
    ])
    raw.assessment.metadata.institution = '   '
    expect(issuesOf(raw)).toEqual([
      { path: 'assessment.metadata.institution', message: 'the institution is required' }
    ])
  })

  it('reports a bad date and a period that ends before it starts', () => {
    const raw = rawFile()
    raw.assessment.metadata.period.start = '2025-13-01'
    expect(issuesOf(raw)).toContainEqual({
      path: 'assessment.metadata.period.start',
      message: 'not a real calendar date'
    })
    raw.assessment.metadata.period = { start: '2025-06-30', end: '2024-07-01' }
    expect(issuesOf(raw)).toEqual([
      { path: 'assessment.metadata.period.end', message: 'the period must start before it ends' }
    ])
    raw.assessment.metadata.period = { start: '2024-07-01', end: '30/06/2025' }
    expect(issuesOf(raw)).toContainEqual({
      path: 'assessment.metadata.period.end',
      message: 'a date as YYYY-MM-DD'
    })
    const timestamps = rawFile()
    timestamps.assessment.createdAt = 'yesterday'
    expect(issuesOf(timestamps)).toEqual([
      { path: 'assessment.createdAt', message: expect.stringContaining('not a date and time') }
    ])
  })

  it('reports unknown fields, wrong answer value shapes and N/A without justification', () => {
    const raw = rawFile()
    raw.assessment.answers[0].value = { level: 3 }
    raw.assessment.answers[1].na.justification = '  '
    raw.assessment.answers[2].score = 100
    expect(issuesOf(raw)).toEqual([
      {
        path: 'assessment.answers[0].value',
        message: 'expected a number, a text, a list of ids or null'
      },
      {
        path: 'assessment.answers[1].na.justification',
        message: 'an N/A answer needs a justification'
      },
      { path: 'assessment.answers[2]', message: 'unknown field "score"' }
    ])
  })

  it('refuses a string beyond its maximum length', () => {
    const raw = rawFile()
    raw.assessment.answers[0].comment = '长'.repeat(20_001)
    expect(issuesOf(raw)).toEqual([
      { path: 'assessment.answers[0].comment', message: 'too long (at most 20000 characters)' }
    ])
  })

  it('refuses __proto__ and constructor keys without polluting any prototype', () => {
    const text = JSON.stringify(rawFile()).replace(
      '"values":{',
      '"values":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},'
    )
    const result = parseAssessmentJson(text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toMatchObject([
      {
        path: 'assessment.factors[0].values.__proto__',
        message: 'the key "__proto__" is not allowed'
      },
      {
        path: 'assessment.factors[0].values.constructor',
        message: 'the key "constructor" is not allowed'
      }
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined()
    // A __proto__ key at the top level too, parsed directly (not through the JSON text reader).
    const top = JSON.parse('{"__proto__":{"polluted":"yes"}}')
    expect(issuesOf({ ...rawFile(), ...top })[0]!.path).toBe('__proto__')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('parseAssessmentJson', () => {
  it('reports JSON syntax errors with line and column', () => {
    const result = parseAssessmentJson(
      '{\n  "kind": "stability-assessor/assessment",\n  "formatVersion": 1,\n  "x": [1, 2,]\n}'
    )
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: 'line 4, column 13',
          place: { line: 4, column: 13 },
          message: 'invalid JSON: trailing comma before "]"',
          code: 'json.syntax',
          params: {
            detail: { 'zh-CN': '“]”之前多了一个逗号', 'en-US': 'trailing comma before "]"' }
          }
        }
      ]
    })
    expect(parseAssessmentJson('{"kind": "a" "b"}')).toMatchObject({
      ok: false,
      issues: [
        { path: 'line 1, column 14', message: expect.stringContaining('expected "," or "}"') }
      ]
    })
  })

  it('refuses empty, oversized and too deeply nested text', () => {
    expect(parseAssessmentJson('  \n')).toMatchObject({
      ok: false,
      issues: [{ message: 'the file is empty' }]
    })
    expect(parseAssessmentJson('{}', { maxChars: 1 })).toMatchObject({
      ok: false,
      issues: [{ path: '(file)' }]
    })
    const deep = `${'['.repeat(40)}${']'.repeat(40)}`
    expect(parseAssessmentJson(deep)).toMatchObject({
      ok: false,
      issues: [
        { path: 'line 1, column 33', message: 'invalid JSON: nesting deeper than 32 levels' }
      ]
    })
  })

  it('ignores a byte-order mark', () => {
    const text = `\ufeff${serializeAssessmentFile(miniAssessment(HASH), { generator: 't', exportedAt: '2025-07-03T08:00:00Z' })}`
    expect(parseAssessmentJson(text).ok).toBe(true)
  })
})

describe('upgrade chain', () => {
  const v1 = (): Record<string, unknown> => ({ ...rawFile(), formatVersion: 1 })

  it('runs one upgrader per version step up to the current version', () => {
    const seen: number[] = []
    const upgraders: Record<number, AssessmentUpgrader> = {
      1: (file) => (seen.push(1), { ...file, formatVersion: 2 }),
      2: (file) => (seen.push(2), { ...file, formatVersion: 3, kind: file.kind })
    }
    const result = runUpgradeChain(v1(), assessmentUpgradeChain(upgraders, 3))
    expect(result.ok).toBe(true)
    expect(seen).toEqual([1, 2])
    expect(oldestSupportedVersion({ upgraders, current: 3 })).toBe(1)
  })

  it('refuses versions with no upgrade path, failing upgraders and broken steps', () => {
    const gap = parseAssessmentFile(v1(), {
      currentVersion: 3,
      upgraders: { 2: (f) => ({ ...f, formatVersion: 3 }) }
    })
    expect(gap).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'formatVersion',
          place: { field: 'formatVersion' },
          code: 'upgrade.noPath',
          message:
            'formatVersion 1 cannot be read by this app (no upgrade from 1 to 2; the oldest supported version is 2)'
        }
      ]
    })
    const throwing = runUpgradeChain(
      v1(),
      assessmentUpgradeChain(
        {
          1: () => {
            throw new Error('answers missing')
          }
        },
        2
      )
    )
    expect(throwing).toMatchObject({
      ok: false,
      issues: [{ message: 'upgrading from formatVersion 1 to 2 failed: answers missing' }]
    })
    const broken = runUpgradeChain(v1(), assessmentUpgradeChain({ 1: (f) => ({ ...f }) }, 2))
    expect(broken).toMatchObject({
      ok: false,
      issues: [{ message: 'the upgrade from formatVersion 1 did not produce formatVersion 2' }]
    })
  })
})
