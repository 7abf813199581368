import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { parseAssessmentJson, serializeAssessmentFile } from '../../shared/assessment'
import { compareAssessments, type Comparison } from '../../shared/comparison'
import { carryFindings } from '../../shared/remediation'
import { scoreAssessment } from '../../shared/scoring'
import { cliIn, newestBank, temporaryFolder } from './test-support'

const tempPath = temporaryFolder()
const run = cliIn(tempPath)

describe('compare', () => {
  it('prints the same deltas as comparing the two scoring results, as JSON and as text', async () => {
    const bank = await newestBank()
    expect((await run('sample', '--seed', '3', '--out', 'prev.json')).code).toBe(0)
    const parsed = parseAssessmentJson(await readFile(tempPath('prev.json'), 'utf8'))
    if (!parsed.ok) throw new Error('the sample does not parse')
    const previous = parsed.value.assessment
    const previousResult = scoreAssessment(bank, previous)
    const carried = carryFindings(previous, previousResult.findings)
    const current = {
      ...previous,
      id: 'sample-3-next',
      metadata: { ...previous.metadata, period: { start: '2025-07-01', end: '2026-06-30' } },
      answers: previous.answers.map((a, k) =>
        typeof a.value === 'number' && k % 4 === 0 ? { ...a, value: 4 } : a
      ),
      findings: carried.findings,
      previousPeriod: carried.previousPeriod
    }
    const meta = { generator: 'test', exportedAt: '2026-07-01T09:00:00+08:00' }
    await writeFile(tempPath('curr.json'), serializeAssessmentFile(current, meta))

    const json = await run('compare', 'prev.json', 'curr.json', '--json')
    expect(json.err).toBe('')
    expect(json.code).toBe(0)
    const printed = JSON.parse(json.out) as Comparison
    const expected = compareAssessments(
      { assessment: previous, result: previousResult },
      { assessment: current, result: scoreAssessment(bank, current) }
    )
    expect(printed).toEqual(JSON.parse(JSON.stringify(expected)))
    expect(printed.answers.length).toBeGreaterThan(0)
    expect(printed.findings.carried.length).toBe(carried.findings.length)

    const zh = await run('compare', 'prev.json', 'curr.json')
    expect(zh.code).toBe(0)
    expect(zh.out).toContain('稳定性保障评估 — 期间对比')
    expect(zh.out).toContain(`答案变化: ${expected.answers.length}`)
    const en = await run('compare', 'prev.json', 'curr.json', '--lang', 'en-US')
    expect(en.out).toContain('Stability assessment — period comparison')
    expect(en.out).toContain(`Answers changed: ${expected.answers.length}`)
  })

  it('refuses a file that is not an assessment, naming it (exit 1)', async () => {
    await writeFile(tempPath('broken.json'), '{"kind": "nothing"}')
    expect((await run('sample', '--seed', '2', '--out', 's2.json')).code).toBe(0)
    const { code, err, out } = await run('compare', 's2.json', 'broken.json')
    expect(code).toBe(1)
    expect(out).toBe('')
    expect(err).toContain('broken.json')
  })
})
