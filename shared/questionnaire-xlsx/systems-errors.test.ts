import type ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { ValidationIssue } from '../util/validation'
import { readQuestionnaireWorkbook } from './read-workbook'
import {
  bank11,
  columnOf,
  imported,
  mutate,
  rowOf,
  sampleWithForm,
  setFactor,
  setSystem,
  setSystemInput,
  sheetOf
} from './test-support'

/**
 * Bad and hostile edits of the systems and system_factors sheets (bank 1.1.0): each is reported
 * at its sheet, row and column with the reason, its row (for a factor: the whole factor) is left
 * out, and the rest of the form is still read.
 */
const bank = bank11()
const { sample, form } = await sampleWithForm(bank)
const [s1, s2, s3] = sample.metadata.systems as [
  (typeof sample.metadata.systems)[number],
  (typeof sample.metadata.systems)[number],
  (typeof sample.metadata.systems)[number]
]

type Said = Pick<ValidationIssue, 'path' | 'message'>
const plain = (issues: readonly ValidationIssue[]): Said[] =>
  issues.map(({ path, message }) => ({ path, message }))

async function read(edit: (wb: ExcelJS.Workbook) => void) {
  return imported(await readQuestionnaireWorkbook(await mutate(form, edit), bank, sample))
}

const input = (factor: string, system: string, name: string) => ({ factor, system, input: name })

describe('system_factors: row-level problems at their cells', () => {
  it('values out of range, not numbers, formulas; the factor is left out, others are read', async () => {
    const cells: string[] = []
    const result = await read((wb) => {
      cells.push(setSystemInput(wb, input('F11', s1.id, 'T_down'), -5))
      cells.push(setSystemInput(wb, input('F11', s2.id, 'T_down'), '一百'))
      cells.push(
        setSystemInput(wb, input('F16', s1.id, 'T_down_trading'), {
          formula: 'WEBSERVICE("http://x")',
          result: 1
        })
      )
      setFactor(wb, 'F01', 'N_fault', 60)
    })
    expect(plain(result.issues)).toEqual([
      {
        path: `system_factors!${cells[2]} (value)`,
        message: 'formulas are not allowed in the form; type the value itself'
      },
      { path: `system_factors!${cells[0]} (value)`, message: 'must be at least 0, got -5' },
      {
        path: `system_factors!${cells[1]} (value)`,
        message: 'must be a number (分钟 / min), got "一百"'
      }
    ])
    expect(result.factorEntries.map((entry) => entry.factorId)).toEqual(['F01'])
  })

  it('a broken relation of one system, at that system’s row', async () => {
    let cell = ''
    const result = await read((wb) => {
      cell = setSystemInput(wb, input('F11', s2.id, 'T_down'), 1e9)
    })
    expect(plain(result.issues)).toEqual([
      {
        path: `system_factors!${cell} (value)`,
        message: expect.stringMatching(/^T_down \(1000000000\) must be ≤ T_service \(\d+\)$/)
      }
    ])
    expect(result.factorEntries).toEqual([])
  })

  it('ids typed over, rows copied onto another system, unknown systems, wrong sheet', async () => {
    const at: Record<string, string> = {}
    const result = await read((wb) => {
      const sheet = sheetOf(wb, 'system_factors')
      const system = columnOf(sheet, 'system')
      // A row re-labelled with another system's id: it now repeats that system's row.
      at.original = String(rowOf(sheet, 'system', s2.id))
      const r1 = rowOf(sheet, 'system', s3.id)
      sheet.getCell(r1, system).value = s2.id
      at.copied = sheet.getCell(r1, system).address
      // An id no system has, on F16.
      const r2 = rowOf(sheet, 'factor', 'F16')
      sheet.getCell(r2, system).value = 'sys-999'
      at.unknown = sheet.getCell(r2, system).address
      // F11 typed on the firm-wide factors sheet (as a form of an older layout would have it).
      const factors = sheetOf(wb, 'factors')
      const r3 = rowOf(factors, 'factor', 'F01')
      factors.getCell(r3, columnOf(factors, 'factor')).value = 'F11'
      at.firmWide = factors.getCell(r3, columnOf(factors, 'factor')).address
    })
    const said = plain(result.issues)
    expect(said).toContainEqual({
      path: `factors!${at.firmWide} (factor)`,
      message: 'factor F11 is entered per key system: fill it in on the system_factors sheet'
    })
    expect(said).toContainEqual({
      path: `system_factors!${at.unknown} (system)`,
      message:
        '"sys-999" is not a key system of this assessment; ids must not be changed (add a system by writing its name in an empty row of the systems sheet)'
    })
    expect(said).toContainEqual({
      path: `system_factors!${at.copied!.replace(/^[A-Z]+/, 'E')} (input)`,
      message: `F11 · ${s2.name} · T_service appears twice (first in row ${at.original})`
    })
    expect(result.factorEntries).toEqual([])
  })

  it('a comment on a row other than the factor’s first', async () => {
    let cell = ''
    const result = await read((wb) => {
      cell = setSystemInput(wb, input('F11', s2.id, 'T_service'), '口径说明', 'comment')
    })
    expect(plain(result.issues)).toEqual([
      {
        path: `system_factors!${cell} (comment)`,
        message: "the factor's comment goes on its first row (input T_service)"
      }
    ])
  })
})

describe('systems: row-level problems at their cells', () => {
  it('class and real-time words it cannot read, a cleared name, a name used twice', async () => {
    const cells: string[] = []
    const result = await read((wb) => {
      cells.push(setSystem(wb, s1.id, 'class', '第六类'))
      cells.push(setSystem(wb, s2.id, 'real_time', '部分'))
      cells.push(setSystem(wb, s3.id, 'name', null))
      cells.push(setSystem(wb, { newRow: 0 }, 'name', s1.name))
      cells.push(setSystem(wb, { newRow: 1 }, 'class', '第二类'))
    })
    const s1Row = Number(/\d+/.exec(cells[0]!)![0])
    expect(plain(result.issues)).toEqual([
      {
        path: `systems!${cells[0]} (class)`,
        message:
          '"第六类" is not a system class: 第一类/第二类/第三类/第四类/第五类 (Class 1 … Class 5); leave it empty if not classified'
      },
      { path: `systems!${cells[1]} (real_time)`, message: '"部分" must be 是 or 否 (yes/no)' },
      {
        path: `systems!${cells[2]} (name)`,
        message: 'a key system needs a name; remove systems in the app'
      },
      {
        path: `systems!${cells[3]} (name)`,
        message: `the system name "${s1.name}" is already used in row ${s1Row}`
      },
      {
        path: `systems!${cells[4]!.replace(/^[A-Z]+/, 'B')} (name)`,
        message: 'a new system needs a name (the name column)'
      }
    ])
    expect(result.systems).toBeUndefined()
  })

  it('an id typed into a new row, an unknown id, control characters and long names', async () => {
    const cells: string[] = []
    const result = await read((wb) => {
      cells.push(setSystem(wb, { newRow: 0 }, 'system', s1.id))
      setSystem(wb, { newRow: 0 }, 'name', '复制的系统')
      const sheet = sheetOf(wb, 'systems')
      const r = rowOf(sheet, 'system', s2.id)
      sheet.getCell(r, columnOf(sheet, 'system')).value = 'sys-0'
      cells.push(sheet.getCell(r, columnOf(sheet, 'system')).address)
      cells.push(setSystem(wb, s3.id, 'name', '长'.repeat(301)))
      setSystem(wb, { newRow: 2 }, 'name', '=HYPERLINK("http://x")')
      setSystem(wb, { newRow: 2 }, 'service_window', '交易日\u0000 9:15')
    })
    const said = plain(result.issues)
    expect(said).toEqual([
      {
        path: `systems!${cells[1]} (system)`,
        message: expect.stringContaining('"sys-0" is not a key system of this assessment')
      },
      {
        path: `systems!${cells[2]!.replace(/^[A-Z]+/, 'B')} (name)`,
        message: 'holds 301 characters; at most 300'
      },
      {
        path: `systems!${cells[0]} (system)`,
        message: 'leave the system id empty in a row for a new system; the app assigns ids'
      }
    ])
    // The formula-looking name is text, not a formula; it arrives as typed.
    const added = result.systems?.at(-1)
    expect(added?.name).toBe('=HYPERLINK("http://x")')
    expect(added?.serviceWindow).not.toContain('\u0000')
    expect(result.systems?.length).toBe(sample.metadata.systems.length + 1)
  })
})
