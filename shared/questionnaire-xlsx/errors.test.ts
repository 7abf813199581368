import type ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import type { ValidationIssue } from '../util/validation'
import { readQuestionnaireWorkbook } from './read-workbook'
import {
  defaultBank,
  imported,
  mutate,
  rowOf,
  sampleOf,
  sampleWithForm,
  setFactor,
  setQuestion,
  sheetOf
} from './test-support'
import { writeQuestionnaireWorkbook } from './write-workbook'

const bank = defaultBank()
const { sample, form } = await sampleWithForm(bank)

/** Edits the form, reads it, and returns the row-level issues (the import itself succeeds). */
/** Where and why, in English: the codes and places behind them are checked in issue-places.test.ts. */
type Said = Pick<ValidationIssue, 'path' | 'message'>

async function rowIssues(edit: (wb: ExcelJS.Workbook) => void): Promise<Said[]> {
  const result = imported(await readQuestionnaireWorkbook(await mutate(form, edit), bank, sample))
  return plain(result.issues)
}

const plain = (issues: readonly ValidationIssue[]): Said[] =>
  issues.map(({ path, message }) => ({ path, message }))

/** Reads `bytes` and returns the issues of a refused import. */
async function refusal(
  bytes: Uint8Array,
  againstBank: Bank = bank,
  assessment: Assessment = sample
): Promise<Said[]> {
  const result = await readQuestionnaireWorkbook(bytes, againstBank, assessment)
  if (result.ok) throw new Error('expected the form to be refused')
  return plain(result.issues)
}

const at = (address: string, column: string, message: string): Said => ({
  path: `questions!${address} (${column})`,
  message
})

describe('row-level errors, each at its cell', () => {
  it('answers that are not one of the choices', async () => {
    const cells: string[] = []
    const issues = await rowIssues((wb) => {
      cells.push(setQuestion(wb, 'A1.02', 'answer', 'maybe'))
      cells.push(setQuestion(wb, 'B5.02', 'answer', 'maybe'))
      cells.push(setQuestion(wb, 'A1.01', 'answer', '5'))
      cells.push(setQuestion(wb, 'A1.04', 'answer', 2.5))
      cells.push(setQuestion(wb, 'A2.01', 'answer', '2 优化'))
      cells.push(setQuestion(wb, 'C9.06', 'answer', '三地五中心'))
      cells.push(setQuestion(wb, 'C2.06', 'answer', '行情；期货'))
      cells.push(setQuestion(wb, 'C2.03', 'answer', '=1+1'))
    })
    expect(cells[0]).toBe('F3')
    const levels = '0 未建立/1 初始/2 规范/3 量化/4 优化'
    expect(issues).toEqual([
      at('F2', 'answer', `"5" is not one of ${levels} (a level 0–4; the leading digit is enough)`),
      at('F3', 'answer', '"maybe" is not one of 是/部分/否 (yes/partial/no)'),
      at('F5', 'answer', `2.5 is not one of ${levels} (a level 0–4; the leading digit is enough)`),
      at(
        'F9',
        'answer',
        `"2 优化": the level 2 does not match the name "优化" (level 4); keep one of ${levels}`
      ),
      at(cells[1]!, 'answer', '"maybe" is not one of 是/部分/否/不适用 (yes/partial/no/N/A)'),
      at(cells[7]!, 'answer', '"=1+1" is not one of 是/部分/否 (yes/partial/no)'),
      at(
        cells[6]!,
        'answer',
        '"期货" is not one of 集中交易委托 / 网上及移动交易 / 银证转账（第三方存管） / 清算交收 / 融资融券 / 行情 / 均未建立 (separate several with ；)'
      ),
      at(
        cells[5]!,
        'answer',
        '"三地五中心" is not one of 两地三中心（同城灾备＋异地灾备） / 仅同城灾备 / 仅异地灾备 / 无独立灾备中心（仅本地高可用或数据备份） / 不适用'
      )
    ])
  })

  it('N/A where not allowed, without a justification, and a justification without N/A', async () => {
    const cells: string[] = []
    const issues = await rowIssues((wb) => {
      cells.push(setQuestion(wb, 'A1.05', 'answer', '不适用'))
      cells.push(setQuestion(wb, 'C5.04', 'answer', 'N/A'))
      cells.push(setQuestion(wb, 'A1.01', 'na_justification', '无'))
    })
    expect(issues).toEqual([
      at(
        'G2',
        'na_justification',
        'a justification is read only when the answer is N/A (不适用); clear it or choose N/A'
      ),
      at(cells[0]!, 'answer', 'this question does not allow N/A (不适用); give an answer'),
      at(
        cells[1]!.replace('F', 'G'),
        'na_justification',
        'N/A (不适用) needs a justification in this cell'
      )
    ])
  })

  it('numbers out of range, not whole, not numbers; percentages; dates', async () => {
    const integerBank = defaultBank((input) => {
      const question = input.pillars
        .flatMap((p) => p.sections)
        .flatMap((s) => s.questions)
        .find((q) => q.id === 'C9.07')
      if (question?.type !== 'number') throw new Error('bank changed')
      question.integer = true
    })
    const integerSample = sampleOf(integerBank)
    const integerForm = await writeQuestionnaireWorkbook(integerBank, integerSample, {
      locale: 'en-US'
    })
    const cells: string[] = []
    const bytes = await mutate(integerForm, (wb) => {
      cells.push(setQuestion(wb, 'C9.07', 'answer', 2.5))
      cells.push(setQuestion(wb, 'C9.08', 'answer', 2000))
      cells.push(setQuestion(wb, 'B2.03', 'answer', 120))
      cells.push(setQuestion(wb, 'B3.02', 'answer', 'eighty'))
      cells.push(setQuestion(wb, 'C9.09', 'answer', '2025-02-30'))
      cells.push(setQuestion(wb, 'C1.04', 'answer', '-1'))
    })
    const issues = plain(
      imported(await readQuestionnaireWorkbook(bytes, integerBank, integerSample)).issues
    )
    const sorted = [...issues].sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))
    expect(sorted).toEqual(
      [
        at(cells[0]!, 'answer', 'must be a whole number, got 2.5'),
        at(cells[1]!, 'answer', 'must be at most 1440, got 2000'),
        at(cells[2]!, 'answer', 'must be a percentage from 0 to 100 (85 for 85%), got 120'),
        at(cells[3]!, 'answer', 'must be a percentage from 0 to 100 (85 for 85%), got "eighty"'),
        at(cells[4]!, 'answer', '2025-02-30 is not a real calendar date'),
        at(cells[5]!, 'answer', 'must be a percentage from 0 to 100 (85 for 85%), got "-1"')
      ].sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))
    )
  })

  it('unknown, changed, duplicated and missing question ids', async () => {
    const issues = await rowIssues((wb) => {
      const sheet = sheetOf(wb, 'questions')
      sheet.getCell(`C${rowOf(sheet, 'id', 'A1.02')}`).value = 'A1.03'
      sheet.getCell(`C${rowOf(sheet, 'id', 'A2.01')}`).value = 'Z9.99'
      // A1.04 and A1.05 swapped: both ids exist, so only the baseline tells.
      const [r4, r5] = [rowOf(sheet, 'id', 'A1.04'), rowOf(sheet, 'id', 'A1.05')]
      sheet.getCell(`C${r4}`).value = 'A1.05'
      sheet.getCell(`C${r5}`).value = 'A1.04'
      const r8 = rowOf(sheet, 'id', 'A1.08')
      sheet.getCell(`C${r8}`).value = null
      sheet.getCell(`F${r8}`).value = '否'
    })
    expect(issues).toEqual([
      at('C3', 'id', 'this row was exported for question A1.02; ids must not be changed'),
      at('C4', 'id', 'question A1.03 appears twice (first in row 3)'),
      at('C5', 'id', 'this row was exported for question A1.04; ids must not be changed'),
      at('C6', 'id', 'this row was exported for question A1.05; ids must not be changed'),
      at('C8', 'id', 'the question id is missing; ids must not be cleared or changed'),
      at('C9', 'id', 'unknown question id "Z9.99"; ids must not be changed')
    ])
    expect(issues[0]?.path).toBe('questions!C3 (id)')
  })

  it('formula cells in answers, and evidence naming a file the answer does not have', async () => {
    const cells: string[] = []
    const issues = await rowIssues((wb) => {
      cells.push(setQuestion(wb, 'A1.02', 'answer', { formula: 'IF(1,"是","否")', result: '是' }))
      cells.push(
        setQuestion(wb, 'A1.03', 'comment', { formula: 'HYPERLINK("http://x","y")', result: 'y' })
      )
      cells.push(setQuestion(wb, 'A1.05', 'evidence', '[file] secret.pdf'))
    })
    expect(issues).toEqual([
      at(cells[0]!, 'answer', 'formulas are not allowed in the form; type the value itself'),
      at(cells[1]!, 'comment', 'formulas are not allowed in the form; type the value itself'),
      at(
        cells[2]!,
        'evidence',
        '"secret.pdf" is not a file of this answer; files cannot be attached in the form: write the document\'s name without [附件]/[file], or attach the file in the app'
      )
    ])
  })

  it('factor values: limits, whole numbers, constraints, and a comment on the wrong row', async () => {
    const cells: string[] = []
    const issues = await rowIssues((wb) => {
      cells.push(setFactor(wb, 'F01', 'N_mon', 60))
      cells.push(setFactor(wb, 'F02', 'R_total', 2.5))
      cells.push(setFactor(wb, 'F03', 'S_imp', -1))
      cells.push(setFactor(wb, 'F04', 'C_fail', 'many'))
      cells.push(setFactor(wb, 'F05', 'N_fault', '注释', 'comment'))
    })
    expect(cells[0]).toBe('F3')
    expect(issues).toEqual([
      { path: `factors!${cells[1]} (value)`, message: 'must be a whole number (a count), got 2.5' },
      { path: `factors!${cells[2]} (value)`, message: 'must be at least 0, got -1' },
      {
        path: `factors!${cells[3]} (value)`,
        message: 'must be a number (次 / changes), got "many"'
      },
      {
        path: `factors!${cells[4]} (comment)`,
        message: "the factor's comment goes on its first row (input T_restore)"
      },
      { path: 'factors!F3 (value)', message: 'N_mon (60) must be ≤ N_fault (48)' }
    ])
  })

  it('leaves a row with a problem out and imports the others', async () => {
    const bytes = await mutate(form, (wb) => {
      setQuestion(wb, 'A1.02', 'answer', 'maybe')
      setQuestion(wb, 'A1.02', 'comment', 'this comment is not imported either')
      setQuestion(wb, 'A1.03', 'answer', '否')
    })
    const result = imported(await readQuestionnaireWorkbook(bytes, bank, sample))
    expect(result.answers.map((a) => [a.questionId, a.value, a.comment])).toEqual([
      ['A1.03', 'no', sample.answers.find((a) => a.questionId === 'A1.03')?.comment]
    ])
    expect(result.issues).toHaveLength(1)
  })
})

describe('forms refused as a whole', () => {
  it('a form of another assessment', async () => {
    const other = sampleOf(bank, 2)
    expect(await refusal(form, bank, other)).toEqual([
      {
        path: 'metadata!C4 (value)',
        message:
          'this form belongs to assessment "sample-1" (示例证券股份有限公司), not to "sample-2" (示例证券股份有限公司); export a form from this assessment or open the right one'
      }
    ])
  })

  it('a form of another bank version or content', async () => {
    const versioned = await mutate(form, (wb) => {
      const sheet = sheetOf(wb, 'metadata')
      sheet.getCell(`C${rowOf(sheet, 'field', 'bank_version')}`).value = '0.9.0'
    })
    expect(await refusal(versioned)).toEqual([
      {
        path: 'metadata!C9 (value)',
        message:
          'the form was made for version 0.9.0 of bank "sac-stability-2025"; this assessment uses version 1.0.0. Export a new form'
      }
    ])
    const changed = defaultBank((input) => {
      input.title = { 'zh-CN': '改过的题库', 'en-US': 'A changed bank' }
    })
    const issues = await refusal(form, changed, sampleOf(changed))
    expect(issues).toHaveLength(1)
    expect(issues[0]?.path).toBe('metadata!C10 (value)')
    expect(issues[0]?.message).toMatch(
      /^the form was made for other content of bank "sac-stability-2025" 1\.0\.0 \(d32035a5fcfe…; this assessment's bank is [0-9a-f]{12}…\)\. Export a new form$/
    )
  })

  it('a workbook that is not a form: other kind, missing sheets, renamed columns', async () => {
    const kind = await mutate(form, (wb) => {
      sheetOf(wb, 'metadata').getCell('C2').value = 'something-else'
    })
    expect(await refusal(kind)).toEqual([
      {
        path: 'metadata!C2 (value)',
        message:
          'this workbook is not a questionnaire form of Stability Assessor (form kind "something-else")'
      }
    ])
    const missing = await mutate(form, (wb) => {
      wb.removeWorksheet(sheetOf(wb, 'factors').id)
    })
    expect(await refusal(missing)).toEqual([
      { path: 'factors', message: 'missing sheet; export a new form from the app' }
    ])
    const renamed = await mutate(form, (wb) => {
      sheetOf(wb, 'questions').getCell('F1').value = 'Answer!'
    })
    expect(await refusal(renamed)).toEqual([
      {
        path: 'questions!F1 (header)',
        message: 'unknown column "Answer!" (see the instructions sheet)'
      },
      { path: 'questions (header)', message: 'missing required column "answer"' },
      {
        path: 'questions!F2 (?)',
        message: 'a value in a column without a known header; give the column a header or clear it'
      }
    ])
  })

  it('formulas outside the answer cells', async () => {
    const bytes = await mutate(form, (wb) => {
      sheetOf(wb, 'metadata').getCell('C4').value = { formula: '"sample-1"', result: 'sample-1' }
      sheetOf(wb, 'instructions').getCell('A2').value = {
        formula: 'WEBSERVICE("http://x")',
        result: ''
      }
    })
    expect(await refusal(bytes)).toEqual([
      {
        path: 'instructions!A2 (cell)',
        message: 'formulas are not allowed in the form; type the value itself'
      },
      {
        path: 'metadata!C4 (value)',
        message: 'formulas are not allowed in the form; type the value itself'
      }
    ])
  })

  it('too many rows, too large, not a zip, truncated', async () => {
    const long = await mutate(form, (wb) => {
      sheetOf(wb, 'questions').getCell(5003, 1).value = 'x'
    })
    expect(await refusal(long)).toContainEqual({
      path: 'questions',
      message: 'has 5002 rows; at most 5000 are read'
    })
    const huge = new Uint8Array(10 * 1024 * 1024 + 1)
    huge.set([0x50, 0x4b, 0x03, 0x04])
    expect(await refusal(huge)).toEqual([
      {
        path: 'workbook',
        message: 'too large: 10.0 MiB (the limit is 10.0 MiB)'
      }
    ])
    expect(await refusal(new TextEncoder().encode('{"not":"a workbook"}'))).toEqual([
      { path: 'workbook', message: 'not an .xlsx workbook (it does not start like a zip file)' }
    ])
    expect(await refusal(form.slice(0, Math.floor(form.length / 2)))).toEqual([
      {
        path: 'workbook',
        message: 'the zip has no end-of-central-directory record: the file is truncated or damaged'
      }
    ])
  })

  it('an extra sheet is reported but refuses nothing', async () => {
    const bytes = await mutate(form, (wb) => {
      wb.addWorksheet('我的笔记').getCell('A1').value = '草稿'
      setQuestion(wb, 'A1.02', 'answer', '否')
    })
    const result = imported(await readQuestionnaireWorkbook(bytes, bank, sample))
    expect(result.answers.map((a) => a.questionId)).toEqual(['A1.02'])
    expect(plain(result.issues)).toEqual([
      {
        path: '我的笔记',
        message: 'this sheet is not part of the form; its content is not imported'
      }
    ])
  })
})
