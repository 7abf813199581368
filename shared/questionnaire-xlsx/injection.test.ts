import ExcelJS from 'exceljs'
import { unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Answer, Assessment } from '../assessment/assessment'
import { needsFormulaGuard } from '../xlsx/cell-text'
import { everyCell } from '../bank-xlsx/test-support'
import { readQuestionnaireWorkbook } from './read-workbook'
import {
  defaultBank,
  imported,
  mutate,
  openWorkbook,
  sampleOf,
  setFactor,
  setQuestion,
  sheetOf
} from './test-support'
import { writeQuestionnaireWorkbook } from './write-workbook'

/** The payload corpus of reliability XLS-01. */
const PAYLOADS = [
  '=1+1',
  '+1',
  '-1+1',
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1',
  ' =1+1',
  '＝1+1',
  '＋1',
  '－1',
  '＠A1',
  '=HYPERLINK("http://x","y")',
  '=WEBSERVICE("http://x")',
  "=cmd|' /C calc'!A0"
]

const bank = defaultBank()
const sample = sampleOf(bank)

/** The sample with the payloads in every text the form carries from the assessment. */
function hostile(): Assessment {
  const assessment: Assessment = JSON.parse(JSON.stringify(sample)) as Assessment
  assessment.metadata.institution = '=HYPERLINK("http://x","y")'
  let i = 0
  const next = (): string => PAYLOADS[i++ % PAYLOADS.length]!
  assessment.answers = assessment.answers.map((answer): Answer => {
    const changed: Answer = { ...answer, comment: next() }
    if (answer.questionId === 'A3.05' || answer.questionId === 'C10.06') changed.value = next()
    if (answer.na !== undefined) changed.na = { justification: '＝1 不适用' }
    if (answer.evidence.length > 0)
      changed.evidence = answer.evidence.map((ref) =>
        ref.kind === 'reference' ? { ...ref, name: `@A1 ${ref.name}` } : ref
      )
    return changed
  })
  assessment.factors = assessment.factors.map((entry) => ({ ...entry, comment: '-1+1' }))
  // Key systems too (names are stored trimmed, so the payloads without leading blanks).
  const trimmed = PAYLOADS.filter((payload) => payload.trim() === payload)
  assessment.metadata.systems = assessment.metadata.systems.map((system, n) => ({
    ...system,
    name: `${trimmed[n % trimmed.length]!}${n >= trimmed.length ? ` ${n}` : ''}`,
    serviceWindow: '@交易日'
  }))
  return assessment
}

let hostileForm: Uint8Array
const evil = hostile()
beforeAll(async () => {
  hostileForm = await writeQuestionnaireWorkbook(bank, evil, { locale: 'en-US' })
})

describe('formula injection in the written form (XLS-01/02/03)', () => {
  it('writes no formula element in any sheet', () => {
    const files = unzipSync(hostileForm)
    const sheets = Object.keys(files).filter((name) => name.startsWith('xl/worksheets/sheet'))
    // instructions, questions, factors, systems, system_factors, metadata, lists
    expect(sheets.length).toBe(7)
    for (const name of sheets) {
      const xml = new TextDecoder().decode(files[name])
      expect(xml, name).not.toMatch(/<f[\s>]/)
    }
  })

  it('guards every text that starts with a trigger, and keeps numbers numeric', async () => {
    const workbook = await openWorkbook(hostileForm)
    const cells = everyCell(workbook)
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula)).toEqual([])
    const texts = cells.flatMap((cell) => (typeof cell.value === 'string' ? [cell.value] : []))
    for (const payload of PAYLOADS) expect(texts).toContain(`'${payload}`)
    for (const text of texts) expect(text.startsWith("'") || !needsFormulaGuard(text)).toBe(true)
    const factors = sheetOf(workbook, 'factors')
    expect(factors.getCell('F2').type).toBe(ExcelJS.ValueType.Number)
  })

  it('reads the guarded texts back exactly as stored', async () => {
    // Without the baseline, every row is compared with the assessment itself: equal means exact.
    const noBaseline = await mutate(hostileForm, (wb) => {
      for (const name of ['questions', 'factors', 'systems', 'system_factors']) {
        const sheet = sheetOf(wb, name)
        const col = sheet.getRow(1).cellCount
        for (let r = 2; r <= sheet.rowCount; r++) sheet.getCell(r, col).value = null
      }
    })
    const result = imported(await readQuestionnaireWorkbook(noBaseline, bank, evil))
    expect(result.issues).toEqual([])
    expect(result.answers).toEqual([])
    expect(result.factorEntries).toEqual([])
    expect(result.systems).toBeUndefined()
  })
})

describe('formula-like entries in a filled form', () => {
  it('are text in text fields and refused in typed fields', async () => {
    const form = await writeQuestionnaireWorkbook(bank, sample, { locale: 'zh-CN' })
    const typed: string[] = []
    const bytes = await mutate(form, (wb) => {
      setQuestion(wb, 'A3.05', 'answer', '=1+1')
      setQuestion(wb, 'A3.05', 'comment', '@A1')
      setQuestion(wb, 'C10.06', 'answer', "'＝1")
      setQuestion(wb, 'B1.01', 'comment', '＝1')
      setQuestion(wb, 'B1.03', 'evidence', '=HYPERLINK("http://x","y")')
      typed.push(setQuestion(wb, 'A1.01', 'answer', '=1+1'))
      typed.push(setQuestion(wb, 'A1.02', 'answer', '@A1'))
      typed.push(setQuestion(wb, 'C9.07', 'answer', '＝1'))
      typed.push(setQuestion(wb, 'B2.03', 'answer', '=85'))
      typed.push(setQuestion(wb, 'C9.09', 'answer', '@2025-01-01'))
      typed.push(setQuestion(wb, 'C9.06', 'answer', '=A1'))
      typed.push(setFactor(wb, 'F01', 'N_fault', '=48'))
    })
    const result = imported(await readQuestionnaireWorkbook(bytes, bank, sample))
    const byId = new Map(result.answers.map((answer) => [answer.questionId, answer]))
    expect(byId.get('A3.05')).toMatchObject({ value: '=1+1', comment: '@A1' })
    expect(byId.get('C10.06')?.value).toBe('＝1')
    expect(byId.get('B1.01')?.comment).toBe('＝1')
    expect(byId.get('B1.03')?.evidence.at(-1)).toMatchObject({
      kind: 'reference',
      name: '=HYPERLINK("http://x","y")'
    })
    expect(result.issues.map((issue) => issue.path.replace(/ \(.*$/, ''))).toEqual([
      `questions!${typed[0]}`,
      `questions!${typed[1]}`,
      `questions!${typed[3]}`,
      `questions!${typed[2]}`,
      `questions!${typed[5]}`,
      `questions!${typed[4]}`,
      `factors!${typed[6]}`
    ])
    for (const id of ['A1.01', 'A1.02', 'C9.07', 'B2.03', 'C9.09', 'C9.06'])
      expect(byId.has(id), id).toBe(false)
    expect(result.factorEntries).toEqual([])
  })
})
