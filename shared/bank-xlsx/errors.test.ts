import type ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ValidationIssue } from '../util/validation'
import { writeBankTemplate } from './template'
import { columnOf, mutate, setCell, sheetOf } from './test-support'
import { workbookToBank } from './workbook-to-bank'

let template: Uint8Array
beforeAll(async () => {
  template = await writeBankTemplate()
})

/** The issues of the template after `change`; fails when the broken workbook imports. */
async function issuesAfter(
  change: (workbook: ExcelJS.Workbook) => void
): Promise<Array<Pick<ValidationIssue, 'path' | 'message'>>> {
  const result = await workbookToBank(await mutate(template, change))
  if (result.ok) throw new Error('the broken workbook was accepted')
  // Where and why in English; the codes and structured places are checked in issue-places.test.ts.
  return result.issues.map(({ path, message }) => ({ path, message }))
}

const CROSS_CHECKS_WAIT = {
  path: 'workbook',
  message:
    'some rows could not be read (see above); the checks across sheets run once that is fixed'
}

describe('workbookToBank reports problems at their sheet, row and column', () => {
  it('a word where a number belongs', async () => {
    expect(
      await issuesAfter((wb) => setCell(wb, 'questions', ['id', 'EX-A1.02'], 'weight', 'high'))
    ).toEqual([{ path: 'questions!H3 (weight)', message: 'must be a positive number, got "high"' }])
  })

  it('an unknown section', async () => {
    expect(
      await issuesAfter((wb) => setCell(wb, 'questions', ['id', 'EX-A1.02'], 'section', 'A9'))
    ).toEqual([
      {
        path: 'questions!A3 (section)',
        message: 'unknown section "A9" (not in the sections sheet)'
      },
      CROSS_CHECKS_WAIT
    ])
  })

  it('a choice for a question that does not exist', async () => {
    expect(
      await issuesAfter((wb) => setCell(wb, 'choices', ['id', 'none'], 'question', 'C1.99'))
    ).toEqual([
      { path: 'choices!A2 (question)', message: 'no question "C1.99" in the questions sheet' },
      CROSS_CHECKS_WAIT
    ])
  })

  it('a duplicate id', async () => {
    const issues = await issuesAfter((wb) =>
      setCell(wb, 'questions', ['id', 'EX-A1.04'], 'id', 'EX-A1.01')
    )
    expect(issues).toEqual([
      { path: 'questions!B5 (id)', message: 'duplicate id "EX-A1.01" (first on row 2)' }
    ])
  })

  it('a condition syntax error, with its character position', async () => {
    expect(
      await issuesAfter((wb) =>
        setCell(wb, 'questions', ['id', 'EX-A1.02'], 'visible_when', 'EX-A1.01 >= 2 and (')
      )
    ).toEqual([
      {
        path: 'questions!N3 (visible_when)',
        message:
          'syntax error at character 20: expected a question id, "not", "(" or answered(…), found the end of the text in "EX-A1.01 >= 2 and ("'
      }
    ])
  })

  it('a missing required column, once for the sheet', async () => {
    expect(
      await issuesAfter((wb) => {
        const questions = sheetOf(wb, 'questions')
        questions.spliceColumns(columnOf(questions, 'type'), 1)
      })
    ).toEqual([
      { path: 'questions (header)', message: 'missing required column "type"' },
      CROSS_CHECKS_WAIT
    ])
  })

  it('an unknown column and an unknown sheet', async () => {
    expect(
      await issuesAfter((wb) => {
        sheetOf(wb, 'choices').getCell('G1').value = 'colour'
        wb.addWorksheet('notes').getCell('A1').value = 'hello'
      })
    ).toEqual([
      {
        path: 'choices!G1 (header)',
        message: 'unknown column "colour" (see the instructions sheet)'
      },
      {
        path: 'notes',
        message:
          'unknown sheet "notes"; a bank workbook has the sheets settings, pillars, sections, questions, choices, factors, factor_inputs, factor_terms, bands, red_lines, rules, profiles, profile_weights, levels, anchors, references (and instructions)'
      }
    ])
  })

  it('a missing required sheet', async () => {
    expect(await issuesAfter((wb) => wb.removeWorksheet(sheetOf(wb, 'levels').id))).toEqual([
      { path: 'levels', message: 'missing required sheet' },
      CROSS_CHECKS_WAIT
    ])
  })

  it('a value outside the type', async () => {
    expect(
      await issuesAfter((wb) => setCell(wb, 'questions', ['id', 'EX-A1.02'], 'type', 'yesno'))
    ).toEqual([
      {
        path: 'questions!C3 (type)',
        message:
          'must be one of maturity, yesPartialNo, singleChoice, multiChoice, number, percentage, date, text, evidence, got "yesno"'
      }
    ])
  })

  it('half of a bilingual text', async () => {
    expect(
      await issuesAfter((wb) => setCell(wb, 'questions', ['id', 'EX-A1.02'], 'text::en-US', null))
    ).toEqual([
      {
        path: 'questions!E3 (text::en-US)',
        message: 'the English text is needed too (text::zh-CN is filled)'
      }
    ])
  })

  it('a column that does not belong to the question type', async () => {
    expect(
      await issuesAfter((wb) => setCell(wb, 'questions', ['id', 'EX-A1.01'], 'unit::zh-CN', '分钟'))
    ).toEqual([
      {
        path: 'questions!O2 (unit::zh-CN)',
        message: 'only number questions use this column; this is a maturity question'
      }
    ])
  })

  it('a malformed factor formula', async () => {
    expect(
      await issuesAfter((wb) =>
        setCell(wb, 'factors', ['id', 'EX-F1'], 'formula', 'found * faults')
      )
    ).toEqual([
      {
        path: 'factors!G2 (formula)',
        message:
          'syntax error at character 1: expected "numerator / denominator", e.g. "found / total" in "found * faults"'
      }
    ])
  })
})

describe("the bank's own checks are mapped back to cells", () => {
  it('a schema limit (weight ≤ 100)', async () => {
    expect(
      await issuesAfter((wb) => setCell(wb, 'questions', ['id', 'EX-A1.02'], 'weight', 500))
    ).toEqual([{ path: 'questions!H3 (weight)', message: 'too large (at most 100)' }])
  })

  it('a condition naming an unknown question', async () => {
    expect(
      await issuesAfter((wb) =>
        setCell(wb, 'questions', ['id', 'EX-A1.02'], 'visible_when', 'C9.99 >= 2')
      )
    ).toEqual([
      { path: 'questions!N3 (visible_when)', message: 'refers to unknown question "C9.99"' }
    ])
  })

  it('factor checks: a percent target and an unknown section', async () => {
    expect(
      await issuesAfter((wb) => {
        setCell(wb, 'factors', ['id', 'EX-F1'], 'target', 95)
        setCell(wb, 'factors', ['id', 'EX-F2'], 'feeds', 'ZZ')
      })
    ).toEqual([
      {
        path: 'factors!L2 (target)',
        message: '95 is outside 0..1; percent factors are fractions (write 0.95 for 95%)'
      },
      { path: 'factors!O3 (feeds)', message: 'feeds unknown section "ZZ"' }
    ])
  })

  it('band order and level order', async () => {
    expect(
      await issuesAfter((wb) => {
        setCell(wb, 'bands', ['grade', 'B'], 'threshold', 0.99)
        setCell(wb, 'levels', ['code', 'L2'], 'min_score', 10)
      })
    ).toEqual([
      {
        path: 'bands!C3 (threshold)',
        message:
          'thresholds must fall from band to band when higher is better (0.99 is not below 0.95)'
      },
      {
        path: 'levels!D4 (min_score)',
        message: "must be above the previous level's minScore (10 is not above 20)"
      }
    ])
  })

  it('a list that lost its rows names the sheet that holds them', async () => {
    expect(await issuesAfter((wb) => sheetOf(wb, 'choices').spliceRows(3, 1))).toEqual([
      {
        path: 'questions!B4 (id)',
        message: 'too few entries (at least 2) — its options (rows of the choices sheet)'
      }
    ])
  })
})

describe('files that are not bank workbooks', () => {
  it('are refused before parsing', async () => {
    expect(await workbookToBank(new Uint8Array([1, 2, 3]))).toEqual({
      ok: false,
      issues: [
        {
          path: 'workbook',
          place: {},
          code: 'xlsx.notZip',
          message: 'not an .xlsx workbook (it does not start like a zip file)'
        }
      ]
    })
    const truncated = await workbookToBank(template.slice(0, 2000))
    expect(truncated.ok).toBe(false)
    if (!truncated.ok) expect(truncated.issues[0]?.path).toBe('workbook')
  })

  it('are refused when larger than the cap', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1)
    big.set([0x50, 0x4b, 0x03, 0x04])
    const result = await workbookToBank(big)
    expect(result).toMatchObject({
      ok: false,
      issues: [{ path: 'workbook', code: 'zip.tooLarge' }]
    })
  })
})
