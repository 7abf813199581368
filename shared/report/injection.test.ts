import type ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { Assessment, AuditEntry } from '../assessment/assessment'
import { decodeCellText } from '../xlsx/cell-text'
import { defaultBank } from '../testing/default-bank'
import { generateSampleAssessment } from '../sample'
import { buildConsolidatedModel } from './consolidated-model'
import { writeConsolidatedWorkbook } from './consolidated-writer'
import { everyCell, formulaOf, GENERATED_AT, openWorkbook, writeAndRead } from './test-support'

/** The payload corpus of reliability XLS-01. */
const PAYLOADS = [
  '=1+1',
  '+SUM(1)',
  '-2+3',
  '@A1',
  '\t=1',
  '\r=1',
  '＝1',
  '＋1',
  '－1',
  '＠A1',
  '=HYPERLINK("http://x","y")',
  "=cmd|' /C calc'!A0"
]

const bank = defaultBank()

/** The sample with a payload in every free-text field a user can fill. */
function hostile(seed: number): Assessment {
  const a = generateSampleAssessment(bank, { seed })
  let k = 0
  const next = (): string => PAYLOADS[k++ % PAYLOADS.length] as string
  a.metadata.institution = `${PAYLOADS[seed % PAYLOADS.length]}`
  a.metadata.systems = PAYLOADS.map((name, i) => ({
    id: `sys-${i + 1}`,
    name,
    serviceWindow: name,
    class: 4
  }))
  a.metadata.assessors = ['=1+1', '@A1', '－1']
  a.metadata.notes = '=HYPERLINK("http://x","y")'
  for (const answer of a.answers) {
    answer.comment = next()
    answer.answeredBy = '+SUM(1)'
    for (const ev of answer.evidence) ev.name = next()
  }
  // Some N/A answers with hostile justifications on questions that allow N/A.
  const allowNA = new Set(
    bank.pillars.flatMap((p) =>
      p.sections.flatMap((s) => s.questions.filter((q) => q.allowNA).map((q) => q.id))
    )
  )
  for (const answer of a.answers)
    if (allowNA.has(answer.questionId)) {
      answer.value = null
      answer.na = { justification: next() }
    }
  for (const entry of a.factors) {
    entry.comment = next()
    entry.updatedBy = '-2+3'
    for (const ev of entry.evidence) ev.name = next()
  }
  a.findings = a.findings.map((f) => ({ ...f, owner: next(), action: next() }))
  const reasons: AuditEntry[] = PAYLOADS.map((reason, i) => ({
    id: `audit-h-${i}`,
    at: '2025-07-18T10:00:00+08:00',
    by: '=1+1',
    action: 'assessment.update',
    target: reason,
    oldValue: reason,
    newValue: { institution: reason },
    reason
  }))
  a.auditLog = [...a.auditLog, ...reasons]
  return a
}

/** Payload fragments that must never appear inside a formula. */
const CORES = ['1+1', 'SUM(1)', '2+3', '@A1', 'HYPERLINK', 'cmd|', '＝', '＋', '－', '＠']

/**
 * Checks every cell is inert: no formula carries a payload's core, no cell links anywhere, and no
 * text starts a formula. Returns the texts as the reader sees them.
 */
function inertTexts(workbook: ExcelJS.Workbook): string[] {
  const texts: string[] = []
  for (const { sheet, cell } of everyCell(workbook)) {
    const at = `${sheet.name}!${cell.address}`
    const formula = formulaOf(cell)
    if (formula !== undefined) for (const core of CORES) expect(formula, at).not.toContain(core)
    expect(cell.hyperlink, at).toBeUndefined()
    if (typeof cell.value === 'string') {
      expect(/^[=+\-@＝＋－＠\t\r]/u.test(cell.value), at).toBe(false)
      texts.push(decodeCellText(cell.value))
    }
  }
  return texts
}

describe('formula injection (XLS-01/02/03)', () => {
  it.each([1, 2])(
    'keeps hostile text in every free-text field inert and intact (seed %i)',
    async (seed) => {
      const assessment = hostile(seed)
      for (const locale of ['zh-CN', 'en-US'] as const) {
        const { workbook } = await writeAndRead(bank, assessment, locale)
        const texts = inertTexts(workbook)
        for (const { sheet, cell } of everyCell(workbook)) {
          const value = cell.value
          if (value !== null && typeof value === 'object' && !(value instanceof Date))
            expect(
              'formula' in value || 'sharedFormula' in value,
              `${sheet.name}!${cell.address}`
            ).toBe(true)
        }
        // Each payload is still there, as text (possibly inside a longer text).
        const all = texts.join('\n')
        for (const payload of PAYLOADS) expect(all, JSON.stringify(payload)).toContain(payload)
        expect(texts).toContain(assessment.metadata.institution)
      }
    },
    // Four workbooks written and read back: seconds, more on a busy machine.
    60_000
  )

  it('keeps the consolidated workbook inert too', async () => {
    const items = [1, 2, 3].map((seed) => ({ bank, assessment: hostile(seed) }))
    const model = await buildConsolidatedModel({ items, generatedAt: GENERATED_AT })
    const workbook = await openWorkbook(await writeConsolidatedWorkbook(model))
    const texts = inertTexts(workbook)
    for (const item of items) expect(texts).toContain(item.assessment.metadata.institution)
  })
})
