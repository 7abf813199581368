/**
 * A spreadsheet engine agrees: LibreOffice recalculates every formula of the report (forced on
 * load) and each recalculated result must equal the stored one — the engine's figure — for the
 * sample assessment (several seeds, both languages), for randomized assessments (N/A,
 * unanswered, hidden, invalid, zero denominators, linear mode, gates off…), for a bank whose
 * factors are expressions, and for the consolidated workbook. A canary proves that LibreOffice
 * really recalculates, and an edited item score proves the section, pillar and overall scores
 * follow it as the engine would.
 */
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Assessment } from '../../shared/assessment/assessment'
import type { Bank } from '../../shared/bank/bank'
import {
  buildConsolidatedModel,
  buildReportModel,
  writeConsolidatedWorkbook,
  writeReportWorkbook
} from '../../shared/report'
import { generateSampleAssessment } from '../../shared/sample'
import { scoreAssessment } from '../../shared/scoring'
import { defaultBank } from '../../shared/testing/default-bank'
import { allowNABank, expressionBank, randomAssessment } from './report-fixtures'
import {
  compareResults,
  findSoffice,
  formulaCells,
  recalculateWithLibreOffice,
  sameResult,
  withoutSoffice
} from './report-libreoffice'

const soffice = findSoffice()
const GENERATED_AT = '2025-07-20T10:00:00+08:00'

interface Case {
  name: string
  bytes: Uint8Array
}

const bank = defaultBank()
const exprBank = expressionBank()
const naBank = allowNABank()

async function report(
  b: Bank,
  assessment: Assessment,
  locale: 'zh-CN' | 'en-US' = 'zh-CN'
): Promise<Uint8Array> {
  return writeReportWorkbook(
    buildReportModel({ bank: b, assessment, locale, generatedAt: GENERATED_AT })
  )
}

/** A yes/partial/no question answered below "yes" that counts, in the sample of seed 1. */
function editableQuestion(assessment: Assessment): string {
  const result = scoreAssessment(bank, assessment)
  const q = result.questions.find(
    (x) =>
      x.type === 'yesPartialNo' && x.applicable && x.answered && (x.effectiveScore ?? 100) < 100
  )
  if (q === undefined) throw new Error('no editable question in the sample')
  return q.id
}

async function canary(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('canary')
  sheet.getCell('A1').value = 2
  sheet.getCell('A2').value = { formula: 'A1*21', result: 0 } as ExcelJS.CellFormulaValue
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe.skipIf(soffice === null)(
  'the report agrees with LibreOffice (recalculated on load)',
  () => {
    const cases: Case[] = []
    let recalculated = new Map<string, Uint8Array>()
    const sample = generateSampleAssessment(bank, { seed: 1 })
    const editId = editableQuestion(sample)
    let edited: Uint8Array

    beforeAll(async () => {
      cases.push({ name: 'canary', bytes: await canary() })
      for (const seed of [1, 2, 3, 5])
        cases.push({
          name: `sample-${seed}-zh`,
          bytes: await report(bank, generateSampleAssessment(bank, { seed }))
        })
      cases.push({
        name: 'sample-4-en',
        bytes: await report(bank, generateSampleAssessment(bank, { seed: 4 }), 'en-US')
      })
      for (let seed = 101; seed <= 112; seed++)
        cases.push({
          name: `random-${seed}`,
          bytes: await report(
            bank,
            randomAssessment(bank, seed),
            seed % 2 === 0 ? 'zh-CN' : 'en-US'
          )
        })
      for (let seed = 201; seed <= 204; seed++)
        cases.push({
          name: `expression-${seed}`,
          bytes: await report(exprBank, randomAssessment(exprBank, seed))
        })
      for (let seed = 401; seed <= 408; seed++) {
        const assessment = randomAssessment(naBank, seed, { naRate: 0.35 + (seed % 3) * 0.25 })
        // Without the coverage gate, all-N/A sections are "not assessed" rather than insufficient.
        if (seed > 405) assessment.profile.gates.coverage.enabled = false
        cases.push({ name: `mostly-na-${seed}`, bytes: await report(naBank, assessment) })
      }
      const items = [1, 2, 3, 4, 5, 6].map((seed) => {
        const assessment = randomAssessment(bank, 300 + seed)
        assessment.metadata = {
          ...assessment.metadata,
          institution: seed % 2 === 0 ? '甲证券' : '乙证券',
          period: { start: `${2020 + seed}-01-01`, end: `${2020 + seed}-12-31` }
        }
        return { bank, assessment }
      })
      const consolidated = await buildConsolidatedModel({ items, generatedAt: GENERATED_AT })
      cases.push({ name: 'consolidated', bytes: await writeConsolidatedWorkbook(consolidated) })

      // The edit: the question's counted score on Details goes to 100, as if answered "yes".
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load((await report(bank, sample)) as unknown as ArrayBuffer)
      const details = workbook.getWorksheet('评估明细')
      let row = -1
      details?.eachRow((r, n) => {
        if (r.getCell(1).value === editId) row = n
      })
      details!.getCell(row, 11).value = 100
      edited = new Uint8Array(await workbook.xlsx.writeBuffer())
      cases.push({ name: 'edited', bytes: edited })

      recalculated = recalculateWithLibreOffice(soffice as string, cases)
    }, 600_000)

    it('really recalculates (a canary stored with a wrong result comes back right)', async () => {
      const [cell] = await formulaCells(recalculated.get('canary') as Uint8Array)
      expect(cell?.result).toBe(42)
    })

    it('recomputes every formula of every report to the stored value', async () => {
      const tally: string[] = []
      let total = 0
      for (const c of cases) {
        if (c.name === 'canary' || c.name === 'edited') continue
        const { compared, mismatches } = await compareResults(
          c.bytes,
          recalculated.get(c.name) as Uint8Array
        )
        tally.push(`${c.name}: ${compared} formula cells, ${mismatches.length} mismatches`)
        total += compared
        expect(mismatches, c.name).toEqual([])
        expect(compared, c.name).toBeGreaterThan(c.name === 'consolidated' ? 5 : 300)
      }
      console.log(`LibreOffice comparison (${total} formula cells):\n  ${tally.join('\n  ')}`)
      // Reading ~60 workbooks back takes seconds, many more on a busy CI machine.
    }, 180_000)

    it('follows an edited item score to the section, pillar and overall scores the engine gives', async () => {
      const changed = structuredClone(sample)
      for (const answer of changed.answers) if (answer.questionId === editId) answer.value = 'yes'
      const expected = scoreAssessment(bank, changed)
      const before = scoreAssessment(bank, sample)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(recalculated.get('edited') as unknown as ArrayBuffer)
      const summary = workbook.getWorksheet('总览') as ExcelJS.Worksheet
      const byId = new Map<string, ExcelJS.Row>()
      summary.eachRow((row, n) => {
        const id = n === 4 ? 'overall' : String(row.getCell(1).value ?? '')
        if (id !== '') byId.set(id, row)
      })
      const result = (id: string, column: number): unknown => byId.get(id)?.getCell(column).result
      const sectionId = expected.questions.find((q) => q.id === editId)!.sectionId
      const engineSection = expected.sections.find((s) => s.id === sectionId)!
      expect(
        sameResult(result(sectionId, 3) as number, engineSection.questionnaireScore as number)
      ).toBe(true)
      expect(
        sameResult(result(sectionId, 5) as number, engineSection.combinedScore as number)
      ).toBe(true)
      const pillar = expected.pillars.find((p) => p.id === engineSection.pillarId)!
      expect(sameResult(result(pillar.id, 5) as number, pillar.score as number)).toBe(true)
      expect(sameResult(result('overall', 5) as number, expected.overall.score as number)).toBe(
        true
      )
      // And it did move: the edit raised the overall score.
      expect(expected.overall.score!).toBeGreaterThan(before.overall.score!)
      for (const s of expected.sections) {
        expect(sameResult(result(s.id, 5) as number, s.combinedScore ?? 'N/A'), s.id).toBe(true)
      }
    })
  }
)

withoutSoffice('LibreOffice agreement')
