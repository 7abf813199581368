import type ExcelJS from 'exceljs'
import { setFormula, setNumber, setText } from './cells'
import type { WriteContext } from './context'
import type { ComparisonSheetInput } from './comparison-model'
import { str } from './excel-formula'
import { rel } from '../xlsx/address'
import { writeHeaderRow } from './sheet-setup'

/** `current − previous` of two cells of one row, as compareAssessments rounds it; a dash without both. */
export function deltaFormula(
  row: number,
  previousColumn: number,
  currentColumn: number,
  dash: string
) {
  const p = rel(previousColumn, row)
  const c = rel(currentColumn, row)
  return `IF(AND(ISNUMBER(${p}),ISNUMBER(${c})),ROUND(${c}-${p},10),${str(dash)})`
}

/**
 * Under the node table: each key system's value of a per-system factor (F11, F16 …) in both
 * periods, in the factor's own format (%, minutes, ×), and its change as a formula of the two.
 * No colour on the change: for some factors up is better, for others (downtime) down is.
 */
export function writeSystemValues(
  ctx: WriteContext,
  sheet: ExcelJS.Worksheet,
  input: ComparisonSheetInput,
  top: number
): number {
  if (input.systems.length === 0) return top
  const { styles, labels } = ctx
  const l = input.labels
  const s = l.systemValues
  setText(sheet.getCell(top, 1), s.title, styles.section)
  writeHeaderRow(ctx, sheet, top + 1, [
    s.factor,
    s.system,
    s.name,
    l.headers.previous,
    l.headers.current,
    l.headers.delta
  ])
  let r = top + 2
  for (const system of input.systems) {
    const row = sheet.getRow(r)
    const format = styles.factorFormat(system.display, system.decimals)
    const value = styles.format(format, 'center')
    const valueCell = (column: number, v: number | null) => {
      if (v === null) setText(row.getCell(column), labels.noValue, styles.center)
      else setNumber(row.getCell(column), v, value)
    }
    setText(row.getCell(1), system.factorId, styles.text)
    setText(row.getCell(2), system.systemId, styles.text)
    setText(row.getCell(3), system.name, styles.wrap)
    valueCell(4, system.previous)
    valueCell(5, system.current)
    setFormula(
      row.getCell(6),
      deltaFormula(r, 4, 5, labels.dash),
      system.delta ?? labels.dash,
      styles.format(`+${format};-${format};${format}`, 'center')
    )
    r++
  }
  return r + 1
}
