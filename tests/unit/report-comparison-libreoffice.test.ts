/**
 * The workbook's 上期对比 / Comparison sheet, checked by two independent readers. LibreOffice
 * recalculates every formula on load (the current period's scores are formulas over the Summary
 * and Evaluation factors sheets, each change a formula of the two columns) and must arrive at the
 * stored results — 0 mismatches; openpyxl then reads the recalculated sheet and every change must
 * equal `compareAssessments`' delta, i.e. the difference of the two scoring results.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Assessment } from '../../shared/assessment/assessment'
import { applyBankUpgrade, planBankUpgrade } from '../../shared/assessment/bank-upgrade'
import type { Bank } from '../../shared/bank/bank'
import { compareAssessments, type Comparison } from '../../shared/comparison'
import {
  buildComparisonSheetInput,
  buildReportModel,
  type ComparisonSheetInput,
  levelCodeText,
  writeReportWorkbook
} from '../../shared/report'
import { generateSampleAssessment } from '../../shared/sample'
import { scoreAssessment } from '../../shared/scoring'
import { defaultBank } from '../../shared/testing/default-bank'
import { loadedBank11 } from '../../shared/testing/registers-sample'
import {
  compareResults,
  findSoffice,
  formulaCells,
  recalculateWithLibreOffice
} from './report-libreoffice'

const soffice = findSoffice()
const GENERATED_AT = '2026-12-06T10:00:00+08:00'
const bank = defaultBank()
const bank11 = loadedBank11().bank

/** `assessment` moved to bank 1.1.0 by the bank-upgrade planner, as the app does it. */
function upgradedTo11(assessment: Assessment): Assessment {
  const planned = planBankUpgrade(assessment, bank, bank11)
  if (!planned.ok) throw new Error(JSON.stringify(planned.refusal))
  const actor = { by: 'test', at: GENERATED_AT, auditId: 'au-up' }
  return applyBankUpgrade(assessment, planned.plan, bank11, actor)
}

/** `assessment` with its first key system's F11 outage 30 minutes longer. */
function withLongerOutage(assessment: Assessment): Assessment {
  const factors = assessment.factors.map((f) => {
    if (f.factorId !== 'F11' || f.bySystem === undefined) return f
    const [first, ...rest] = Object.entries(f.bySystem)
    if (first === undefined) return f
    const down = { ...first[1], T_down: (first[1].T_down ?? 0) + 30 }
    return { ...f, bySystem: Object.fromEntries([[first[0], down], ...rest]) }
  })
  return { ...assessment, factors }
}

interface Case {
  name: string
  locale: 'zh-CN' | 'en-US'
  comparison: Comparison
  /** Rows of questions only one bank version has (across a bank upgrade). */
  oneSided: number
  /** Rows of key systems' per-system factor values. */
  systems: ComparisonSheetInput['systems']
  bytes: Uint8Array
}

/** The same institution one period later, with some answers moved up and some down. */
function nextPeriod(previous: Assessment, step: number): Assessment {
  const next = structuredClone(previous)
  next.id = `${previous.id}-next`
  next.metadata.period = { start: '2026-01-01', end: '2026-06-30' }
  let k = 0
  for (const answer of next.answers) {
    if (typeof answer.value !== 'number' || answer.na !== undefined) continue
    if (k++ % step !== 0) continue
    answer.value = answer.value >= 3 ? answer.value - 2 : answer.value + 1
  }
  return next
}

async function comparisonCase(
  name: string,
  locale: Case['locale'],
  previous: Assessment,
  current: Assessment,
  currentBank: Bank = bank,
  previousBank: Bank = bank
): Promise<Case> {
  const comparison = compareAssessments(
    { assessment: previous, bank: previousBank, result: scoreAssessment(previousBank, previous) },
    { assessment: current, bank: currentBank, result: scoreAssessment(currentBank, current) }
  )
  const model = buildReportModel({
    bank: currentBank,
    assessment: current,
    locale,
    generatedAt: GENERATED_AT
  })
  const input = buildComparisonSheetInput(
    comparison,
    currentBank,
    locale,
    (level) => levelCodeText(model, level, model.labels.dash),
    previousBank
  )
  return {
    name,
    locale,
    comparison,
    oneSided: input.oneSided.length,
    systems: input.systems,
    bytes: await writeReportWorkbook(model, undefined, input)
  }
}

/** Column D, E and F (previous, current, change) of the node table, read by openpyxl after recalculation. */
function readWithOpenpyxl(
  bytes: Uint8Array,
  sheet: string
): Array<[string, unknown, unknown, unknown]> {
  const dir = mkdtempSync(join(tmpdir(), 'comparison-py-'))
  try {
    const file = join(dir, 'book.xlsx')
    writeFileSync(file, bytes)
    const script = [
      'import json, sys, openpyxl',
      'ws = openpyxl.load_workbook(sys.argv[1], data_only=True)[sys.argv[2]]',
      'rows = []',
      'for r in range(6, ws.max_row + 1):',
      '    kind = ws.cell(r, 1).value',
      '    if kind is None: break',
      '    rows.append([ws.cell(r, 2).value or kind, ws.cell(r, 4).value, ws.cell(r, 5).value, ws.cell(r, 6).value])',
      'print(json.dumps(rows, ensure_ascii=False))'
    ].join('\n')
    const run = spawnSync('/usr/bin/python3', ['-c', script, file, sheet], { encoding: 'utf8' })
    if (run.status !== 0) throw new Error(run.stderr)
    return JSON.parse(run.stdout) as Array<[string, unknown, unknown, unknown]>
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe.skipIf(soffice === null)('comparison sheet recalculated by LibreOffice', () => {
  const cases: Case[] = []
  let recalculated = new Map<string, Uint8Array>()

  beforeAll(async () => {
    const first = generateSampleAssessment(bank, { seed: 1 })
    const third = generateSampleAssessment(bank, { seed: 3 })
    const first11 = generateSampleAssessment(bank11, { seed: 1 })
    cases.push(
      await comparisonCase('zh-step2', 'zh-CN', first, nextPeriod(first, 2)),
      await comparisonCase('en-step3', 'en-US', third, nextPeriod(third, 3)),
      await comparisonCase('zh-seeds', 'zh-CN', first, {
        ...generateSampleAssessment(bank, { seed: 2 }),
        id: 'seed-2'
      }),
      // Across a bank upgrade: the 1.0.0 sample, then its next period moved to 1.1.0.
      await comparisonCase(
        'zh-upgrade',
        'zh-CN',
        first,
        upgradedTo11(nextPeriod(first, 2)),
        bank11
      ),
      await comparisonCase(
        'en-upgrade',
        'en-US',
        third,
        upgradedTo11(nextPeriod(third, 3)),
        bank11
      ),
      // Bank 1.1.0 in both periods, with key systems: one system down 30 minutes longer.
      await comparisonCase(
        'zh-systems',
        'zh-CN',
        first11,
        withLongerOutage(nextPeriod(first11, 2)),
        bank11,
        bank11
      )
    )
    recalculated = recalculateWithLibreOffice(soffice!, cases)
  }, 300_000)

  it('recalculates every formula to the stored result (0 mismatches)', async () => {
    for (const c of cases) {
      const cells = (await formulaCells(c.bytes)).filter(
        (cell) => cell.sheet === (c.locale === 'en-US' ? 'Comparison' : '上期对比')
      )
      // Every node has a live current score and change (a factor only the previous bank has, a
      // change only); every changed answer and every removed or added question a change.
      const nodes =
        2 + c.comparison.pillars.length + c.comparison.sections.length + c.comparison.factors.length
      const gone = c.comparison.factors.filter((f) => f.only === 'previous').length
      expect(cells.length, c.name).toBe(
        nodes * 2 - gone + 1 + c.comparison.answers.length + c.oneSided + c.systems.length
      )
      expect(cells.some((cell) => cell.formula.includes('MATCH('))).toBe(true)
      const result = await compareResults(c.bytes, recalculated.get(c.name)!)
      expect(result.mismatches, c.name).toEqual([])
      expect(result.compared, c.name).toBeGreaterThan(cells.length)
    }
  })

  it('shows, after recalculation, the deltas compareAssessments gives (openpyxl reads them)', () => {
    for (const c of cases) {
      const sheet = c.locale === 'en-US' ? 'Comparison' : '上期对比'
      const rows = readWithOpenpyxl(recalculated.get(c.name)!, sheet)
      const expected = [
        c.comparison.overall,
        c.comparison.factorIndex,
        ...c.comparison.pillars,
        ...c.comparison.sections,
        ...c.comparison.factors
      ]
      const scored = rows.filter((row) => typeof row[1] === 'number' || row[1] === 'N/A')
      expect(scored.length, c.name).toBe(expected.length)
      scored.forEach(([, previous, current, delta], k) => {
        const node = expected[k]!
        if (node.previous === null) expect(previous, `${c.name} ${node.id}`).toBe('N/A')
        else expect(previous as number, `${c.name} ${node.id}`).toBeCloseTo(node.previous, 9)
        if (node.current === null) expect(current).toBe('N/A')
        else expect(current as number).toBeCloseTo(node.current, 9)
        if (node.delta === null) expect(delta).toBe('—')
        else expect(delta as number).toBeCloseTo(node.delta, 9)
      })
      // The changes are real: the altered answers moved the overall score.
      expect(c.comparison.overall.delta, c.name).not.toBe(0)
      expect(c.comparison.answers.length, c.name).toBeGreaterThan(0)
      if (c.name === 'zh-systems') {
        // Every key system with a value, its change as compare gives it; one system moved.
        const f11 = c.comparison.factors.find((f) => f.id === 'F11')!.systems!
        expect(c.systems.filter((s) => s.factorId === 'F11')).toHaveLength(f11.length)
        expect(c.systems.filter((s) => s.delta !== 0)).toHaveLength(1)
      }
      if (c.name.endsWith('upgrade')) {
        expect(c.comparison.bankMapping?.currentVersion).toBe('1.1.0')
        expect(c.oneSided, c.name).toBeGreaterThan(0)
        expect(rows.some(([id]) => id === 'A4')).toBe(true)
      }
    }
  })
})
