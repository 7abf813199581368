import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { parseAssessmentJson, serializeAssessmentFile } from '../../shared/assessment'
import type { FactorEntry } from '../../shared/assessment/assessment'
import { compareAssessments, type Comparison } from '../../shared/comparison'
import { carryFindings } from '../../shared/remediation'
import { scoreAssessment } from '../../shared/scoring'
import { cliIn, defaultBank, defaultBankPath, newestBank, temporaryFolder } from './test-support'

const tempPath = temporaryFolder()
const run = cliIn(tempPath)

/** Writes `current` as `name`, then prints `compare <previous> <name> --json` (exit 0, quiet). */
async function writeAndCompare(
  current: Parameters<typeof serializeAssessmentFile>[0],
  name: string,
  previous: string
): Promise<Comparison> {
  const meta = { generator: 'test', exportedAt: '2026-07-01T09:00:00+08:00' }
  await writeFile(tempPath(name), serializeAssessmentFile(current, meta))
  const json = await run('compare', previous, name, '--json')
  expect(json.err).toBe('')
  expect(json.code).toBe(0)
  return JSON.parse(json.out) as Comparison
}

/** F11's inputs with the first key system down 30 minutes longer. */
function longerOutage(entry: FactorEntry): FactorEntry {
  const [first, ...rest] = Object.entries(entry.bySystem ?? {})
  if (first === undefined) throw new Error('the sample has no per-system F11 inputs')
  const [systemId, values] = first
  const down = { ...values, T_down: (values.T_down ?? 0) + 30 }
  return { ...entry, bySystem: Object.fromEntries([[systemId, down], ...rest]) }
}

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
      previousPeriod: carried.previousPeriod,
      // One key system was down 30 minutes longer: its F11 value moves, the others' do not.
      factors: previous.factors.map((f) => (f.factorId === 'F11' ? longerOutage(f) : f))
    }
    const printed = await writeAndCompare(current, 'curr.json', 'prev.json')
    const expected = compareAssessments(
      { assessment: previous, bank, result: previousResult },
      { assessment: current, bank, result: scoreAssessment(bank, current) }
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

    // Per-system factors: each key system's value in both periods, in the text as in the JSON.
    const f11 = expected.factors.find((f) => f.id === 'F11')!.systems!
    const moved = f11.filter((s) => s.delta !== 0 && s.delta !== null)
    expect(moved).toHaveLength(1)
    expect(moved[0]!.delta!).toBeLessThan(0)
    expect(zh.out).toContain('各关键系统的评价要素值')
    expect(en.out).toContain('Evaluation factor values per key system')
    const line = zh.out.split('\n').find((l) => l.startsWith('F11') && l.includes(moved[0]!.name))
    expect(line).toBeDefined()
    const shown = (v: number) => String(Number(v.toPrecision(6)))
    expect(line).toContain(shown(moved[0]!.previousValue!))
    expect(line).toContain(shown(moved[0]!.currentValue!))
    expect(line).toContain(`-${shown(-moved[0]!.delta!)}`)
  })

  it('compares a 1.0.0 period with its next period moved to 1.1.0 through the upgrade mapping', async () => {
    const [bank10, bank11] = [await defaultBank(), await newestBank()]
    const sample = await run(
      'sample',
      '--bank',
      defaultBankPath,
      '--seed',
      '5',
      '--out',
      'p10.json'
    )
    expect(sample.code).toBe(0)
    const upgrade = await run(
      'assessment',
      'upgrade',
      'p10.json',
      '--bank',
      'sac-stability-2025@1.1.0',
      '--out',
      'up.json'
    )
    expect(upgrade.code).toBe(0)
    const read = async (name: string) => {
      const parsed = parseAssessmentJson(await readFile(tempPath(name), 'utf8'))
      if (!parsed.ok) throw new Error(`${name} does not parse`)
      return parsed.value.assessment
    }
    const previous = await read('p10.json')
    const upgraded = await read('up.json')
    const current = {
      ...upgraded,
      id: 'sample-5-next',
      metadata: { ...upgraded.metadata, period: { start: '2025-07-01', end: '2026-06-30' } },
      answers: upgraded.answers.map((a) => (a.questionId === 'A4.02' ? { ...a, value: 'no' } : a))
    }
    const printed = await writeAndCompare(current, 'c11.json', 'p10.json')
    const expected = compareAssessments(
      { assessment: previous, bank: bank10, result: scoreAssessment(bank10, previous) },
      { assessment: current, bank: bank11, result: scoreAssessment(bank11, current) }
    )
    expect(printed).toEqual(JSON.parse(JSON.stringify(expected)))
    expect(printed.previous.bank.version).toBe('1.0.0')
    expect(printed.current.bank.version).toBe('1.1.0')
    const mapping = printed.bankMapping!
    expect(mapping.moved).toContainEqual({ from: 'A2.07', to: 'A4.02' })
    expect(mapping.removed.map((q) => q.id)).toContain('A3.06')
    expect(mapping.added.map((q) => q.id)).toContain('A4.03')
    expect(printed.answers.find((a) => a.id === 'A4.02')).toMatchObject({
      previousId: 'A2.07',
      currentValue: 'no'
    })

    const zh = await run('compare', 'p10.json', 'c11.json')
    expect(zh.code).toBe(0)
    expect(zh.out).toContain('题库 sac-stability-2025 1.0.0')
    expect(zh.out).toContain('本期题库 1.1.0，上期 1.0.0：已按题库升级映射对比')
    expect(zh.out).toContain(`迁移题目 (${mapping.moved.length}): `)
    expect(zh.out).toContain('A2.07 → A4.02')
    expect(zh.out).toMatch(/删除题目（仅上期题库有） \(\d+\): .*A3\.06/)
    const en = await run('compare', 'p10.json', 'c11.json', '--lang', 'en-US')
    expect(en.out).toContain('compared through the bank upgrade mapping')
    expect(en.out).toMatch(/Questions added \(only in the current bank\) \(\d+\): .*A4\.03/)
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
