import { describe, expect, it } from 'vitest'
import type { Assessment, FactorEntry } from '../assessment/assessment'
import { planMerge } from '../merge/plan'
import { scoreAssessment } from '../scoring/index'
import { readQuestionnaireWorkbook } from './read-workbook'
import {
  bank11,
  columnOf,
  imported,
  mutate,
  openWorkbook,
  sampleWithForm,
  setSystem,
  setSystemInput,
  sheetOf
} from './test-support'
import { questionnaireToAssessment } from './to-assessment'
import { writeQuestionnaireWorkbook } from './write-workbook'

/**
 * Key systems and per-system factor inputs (bank 1.1.0's F11 and F16) through the fill-in form:
 * a form filled with the sample's systems and inputs brings them back deep-equal; new systems are
 * added from the empty rows; what comes back goes through the same merge as a package.
 */
const bank = bank11()
const { sample, form: sampleForm } = await sampleWithForm(bank)
const by = { by: '王敏', at: '2026-12-06T20:00:00+08:00' }
const perSystem = (a: Assessment, id: string): FactorEntry =>
  a.factors.find((entry) => entry.factorId === id)!

/**
 * The sample without its per-system inputs and with bare systems (name and real-time, which
 * decides which systems F16 is entered for, so the form has the same rows).
 */
function blank(): Assessment {
  const copy = structuredClone(sample)
  copy.metadata.systems = copy.metadata.systems.map(({ id, name, realTime }) => ({
    id,
    name,
    ...(realTime === undefined ? {} : { realTime })
  }))
  copy.factors = copy.factors.map((entry) =>
    entry.bySystem === undefined ? entry : { ...entry, bySystem: {}, comment: undefined }
  )
  return copy
}

/** Strips who/when stamps the import adds, to compare content. */
const content = (entry: FactorEntry | undefined): unknown =>
  entry === undefined ? undefined : { ...entry, updatedBy: undefined, updatedAt: undefined }

describe('questionnaire form: key systems and per-system inputs', () => {
  it('writes one row per key system (with empty rows for new ones) and per system input', async () => {
    const workbook = await openWorkbook(sampleForm)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'instructions',
      'questions',
      'factors',
      'systems',
      'system_factors',
      'metadata',
      'lists'
    ])
    const systems = sheetOf(workbook, 'systems')
    const n = sample.metadata.systems.length
    expect(systems.actualRowCount).toBe(1 + n + 10)
    const first = sample.metadata.systems[0]!
    expect(systems.getCell(2, columnOf(systems, 'name')).value).toBe(first.name)
    expect(systems.getCell(2, columnOf(systems, 'class')).value).toBe(
      ['第一类', '第二类', '第三类', '第四类', '第五类'][first.class! - 1]
    )
    const realTime = sample.metadata.systems.filter((s) => s.realTime === true).length
    const rows = sheetOf(workbook, 'system_factors')
    // F11: every system × 2 inputs; F16: real-time systems × 2 inputs.
    expect(rows.actualRowCount).toBe(1 + n * 2 + realTime * 2)
    // Per-system factors are no longer on the firm-wide factors sheet.
    const factors = sheetOf(workbook, 'factors')
    const ids = new Set<unknown>()
    for (let r = 2; r <= factors.actualRowCount; r++)
      ids.add(factors.getCell(r, columnOf(factors, 'factor')).value)
    expect(ids.has('F11')).toBe(false)
    expect(ids.has('F16')).toBe(false)
    expect(ids.has('F01')).toBe(true)
  })

  it('reads an unchanged form as no change at all', async () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const form = await writeQuestionnaireWorkbook(bank, sample, { locale })
      const result = imported(await readQuestionnaireWorkbook(form, bank, sample))
      expect(result.issues).toEqual([])
      expect(result.factorEntries).toEqual([])
      expect(result.systems).toBeUndefined()
      expect(result.changes.systems).toEqual([])
    }
  })

  it.each(['zh-CN', 'en-US'] as const)(
    'carries every system attribute and system input back deep-equal (%s)',
    async (locale) => {
      const source = await openWorkbook(await writeQuestionnaireWorkbook(bank, sample, { locale }))
      const target = blank()
      // A person copies the figures into the form made for the blank copy, cell by cell.
      const filled = await mutate(
        await writeQuestionnaireWorkbook(bank, target, { locale }),
        (workbook) => {
          for (const sheetName of ['systems', 'system_factors']) {
            const from = sheetOf(source, sheetName)
            const to = sheetOf(workbook, sheetName)
            const editable =
              sheetName === 'systems'
                ? ['name', 'class', 'real_time', 'service_window']
                : ['value', 'comment']
            for (let r = 2; r <= from.actualRowCount; r++)
              for (const column of editable) {
                const value = from.getCell(r, columnOf(from, column)).value
                to.getCell(r, columnOf(to, column)).value = value
              }
          }
        }
      )
      const result = imported(await readQuestionnaireWorkbook(filled, bank, target))
      expect(result.issues).toEqual([])
      expect(result.systems).toEqual(sample.metadata.systems)
      const theirs = questionnaireToAssessment(target, result, by)
      expect(theirs.metadata.systems).toEqual(sample.metadata.systems)
      for (const id of ['F11', 'F16'])
        expect(content(perSystem(theirs, id))).toEqual(content(perSystem(sample, id)))
      expect(perSystem(theirs, 'F11').updatedBy).toBe('王敏')
      // Everything else is as it was, so the scores equal the sample's.
      expect(scoreAssessment(bank, theirs).overall.score).toBe(
        scoreAssessment(bank, sample).overall.score
      )
    }
  )

  it('takes one edited system input and names its factor, system and input', async () => {
    const [s1] = sample.metadata.systems
    const form = await mutate(sampleForm, (workbook) => {
      setSystemInput(workbook, { factor: 'F11', system: s1!.id, input: 'T_down' }, 116)
    })
    const result = imported(await readQuestionnaireWorkbook(form, bank, sample))
    expect(result.issues).toEqual([])
    expect(result.changes.factors).toEqual([
      expect.objectContaining({ factorId: 'F11', inputs: [`${s1!.id}.T_down`], comment: false })
    ])
    const theirs = questionnaireToAssessment(sample, result, by)
    expect(perSystem(theirs, 'F11').bySystem![s1!.id]!.T_down).toBe(116)
    // Only that input differs: the other systems and inputs are untouched.
    const expected = structuredClone(perSystem(sample, 'F11').bySystem!)
    expected[s1!.id]!.T_down = 116
    expect(perSystem(theirs, 'F11').bySystem).toEqual(expected)
    // The merge sees exactly that system input.
    const plan = planMerge(sample, theirs)
    if (!plan.ok) throw new Error(plan.message)
    expect(
      [...plan.plan.takes, ...plan.plan.conflicts]
        .map((item) => item.key)
        .filter((k) => k.startsWith('factor:'))
    ).toEqual([`factor:F11@${s1!.id}.T_down`])
    // The combined F11 falls to that system's figure.
    const f11 = (a: Assessment): number | null | undefined =>
      scoreAssessment(bank, a).factors.find((f) => f.id === 'F11')?.value
    expect(f11(theirs)).toBeLessThan(f11(sample)!)
  })

  it('edits a system and adds a new one from an empty row', async () => {
    const s2 = sample.metadata.systems[1]!
    const form = await mutate(sampleForm, (workbook) => {
      setSystem(workbook, s2.id, 'class', 'Class 5')
      setSystem(workbook, s2.id, 'service_window', '7×24')
      setSystem(workbook, { newRow: 1 }, 'name', '两融风控系统')
      setSystem(workbook, { newRow: 1 }, 'class', '第二类')
      setSystem(workbook, { newRow: 1 }, 'real_time', '是')
      setSystem(workbook, { newRow: 3 }, 'name', 'OTC 柜台')
      setSystem(workbook, { newRow: 3 }, 'real_time', 'no')
    })
    const result = imported(await readQuestionnaireWorkbook(form, bank, sample))
    expect(result.issues).toEqual([])
    const n = sample.metadata.systems.length
    const expected = structuredClone(sample.metadata.systems)
    expected[1] = { ...s2, class: 5, serviceWindow: '7×24' }
    expected.push(
      { id: `sys-${n + 1}`, name: '两融风控系统', class: 2, realTime: true },
      { id: `sys-${n + 2}`, name: 'OTC 柜台', realTime: false }
    )
    expect(result.systems).toEqual(expected)
    expect(result.changes.systems.map((c) => [c.systemId, c.fields, c.added])).toEqual([
      [s2.id, ['class', 'serviceWindow'], false],
      [`sys-${n + 1}`, ['name', 'class', 'realTime'], true],
      [`sys-${n + 2}`, ['name', 'realTime'], true]
    ])
    const theirs = questionnaireToAssessment(sample, result, by)
    const plan = planMerge(sample, theirs)
    if (!plan.ok) throw new Error(plan.message)
    expect(plan.plan.conflicts.map((c) => c.key)).toEqual(['metadata'])
  })
})
