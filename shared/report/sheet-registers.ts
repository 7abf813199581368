/**
 * The 台账明细 / Registers sheet of the scored workbook: each figure measured from the firm's
 * registers (factor, input, system, the measure), computed by a formula over the rows listed
 * below it — every counted row with the figure it feeds — so a reader finds each counted row from
 * its factor, and LibreOffice or Excel recompute the same figures (COUNTIFS/SUMIFS/AVERAGEIFS/
 * MINIFS/MAXIFS). An overridden figure shows both values and the reason.
 */
import type ExcelJS from 'exceljs'
import type { CountedRow, ExcludedRow } from '../registers/compute'
import type { MeasureAggregate } from '../registers/measure'
import type { RegisterSource } from '../registers/read-file'
import { abs } from '../xlsx/address'
import { setFormula, setNumber, setText } from './cells'
import { absRange, onSheet } from './excel-formula'

type Locale = 'zh-CN' | 'en-US'

export interface RegisterSheetFigure {
  key: string
  factor: string
  input: string
  /** null: all systems. */
  system: string | null
  aggregate: MeasureAggregate
  value: number | null
  override?: { value: number | null; reason: string }
  counted: readonly CountedRow[]
  /** The rows left out, each with its reason (the Word report's registers annex counts them). */
  excluded?: readonly ExcludedRow[]
}

export interface RegisterSheetInput {
  sources: ReadonlyArray<{ register: string; source: RegisterSource; rows: number }>
  figures: readonly RegisterSheetFigure[]
}

const WORDS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    sheet: '台账明细',
    title: '台账明细：由台账计算的要素数据及计入的每一行',
    files: '台账文件',
    register: '台账',
    file: '文件',
    sha: 'SHA-256',
    rows: '行数',
    importedAt: '导入时间',
    key: '数据键',
    factor: '要素',
    input: '数据项',
    system: '系统',
    measure: '口径',
    figure: '台账计算值',
    inForce: '采用值',
    reason: '覆盖原因',
    counted: '计入行数',
    detail: '计入的行',
    sheetName: '工作表',
    row: '行',
    id: '编号',
    amount: '计入量',
    all: '全部系统'
  },
  'en-US': {
    sheet: 'Registers',
    title: 'Registers: the factor figures measured from the registers, and every row counted',
    files: 'Register files',
    register: 'Register',
    file: 'File',
    sha: 'SHA-256',
    rows: 'Rows',
    importedAt: 'Imported',
    key: 'Figure key',
    factor: 'Factor',
    input: 'Input',
    system: 'System',
    measure: 'Measure',
    figure: 'Register figure',
    inForce: 'In force',
    reason: 'Override reason',
    counted: 'Rows counted',
    detail: 'Rows counted',
    sheetName: 'Sheet',
    row: 'Row',
    id: 'No.',
    amount: 'Counts',
    all: 'All systems'
  }
}

/** The figure table's first row: below the title, the files table (its title, header, one row per file) and a gap. */
const firstFigureRow = (input: RegisterSheetInput): number => 4 + input.sources.length + 3

/** Column of the value in force (the override, else the register figure). */
const IN_FORCE_COLUMN = 7

/** The value in force of a figure: its override, else what the registers give. */
const inForce = (f: RegisterSheetFigure): number | null => (f.override ? f.override.value : f.value)

/**
 * Where each figure's value in force lands on the Registers sheet (sheet-qualified, by figure
 * key), with that value: the Evaluation factors sheet's inputs point there, so a reader follows a
 * factor to the rows behind it and a recalculation carries a changed row through to the score.
 */
export function registerFigureCells(
  input: RegisterSheetInput,
  locale: Locale
): Map<string, { ref: string; value: number | null }> {
  const first = firstFigureRow(input)
  return new Map(
    input.figures.map((f, i) => [
      f.key,
      { ref: onSheet(WORDS[locale].sheet!, abs(IN_FORCE_COLUMN, first + i)), value: inForce(f) }
    ])
  )
}

/** The formula of a figure over the detail rows (key column A, amount column G); null: a value. */
function figureFormula(
  aggregate: MeasureAggregate,
  keyCell: string,
  keys: string,
  amounts: string
): string | null {
  const count = `COUNTIFS(${keys},${keyCell})`
  switch (aggregate) {
    case 'count':
      return count
    case 'sum':
      return `SUMIFS(${amounts},${keys},${keyCell})`
    case 'mean':
      return `IF(${count}=0,"",AVERAGEIFS(${amounts},${keys},${keyCell}))`
    case 'min':
      return `IF(${count}=0,"",_xlfn.MINIFS(${amounts},${keys},${keyCell}))`
    case 'max':
      return `IF(${count}=0,"",_xlfn.MAXIFS(${amounts},${keys},${keyCell}))`
    case 'countSystems':
      return null
  }
}

/** The register files (name, SHA-256, rows, import time) at the top (rows 3 to 4 + files). */
function writeSources(
  sheet: ExcelJS.Worksheet,
  input: RegisterSheetInput,
  w: Record<string, string>
): void {
  const plain = {}
  const bold = { font: { bold: true } }
  let r = 3
  setText(sheet.getCell(`A${r}`), w.files!, bold)
  r++
  ;[w.register, w.file, w.sha, w.rows, w.importedAt].forEach((h, i) =>
    setText(sheet.getRow(r).getCell(i + 1), h!, bold)
  )
  for (const s of input.sources) {
    r++
    const row = sheet.getRow(r)
    setText(row.getCell(1), s.register, plain)
    setText(row.getCell(2), s.source.name, plain)
    setText(row.getCell(3), s.source.sha256, plain)
    setNumber(row.getCell(4), s.rows, plain)
    setText(row.getCell(5), s.source.importedAt, plain)
  }
}

/** Adds the Registers sheet to a workbook (nothing when no figure comes from a register). */
export function writeRegistersSheet(
  workbook: ExcelJS.Workbook,
  input: RegisterSheetInput,
  locale: Locale
): void {
  if (input.figures.length === 0 && input.sources.length === 0) return
  const w = WORDS[locale]
  const sheet = workbook.addWorksheet(w.sheet)
  const plain = {}
  const bold = { font: { bold: true } }
  const number = { numFmt: '0.###' }
  setText(sheet.getCell('A1'), w.title!, { font: { bold: true, size: 14 } })
  writeSources(sheet, input, w)
  const firstFigure = firstFigureRow(input)
  const headerRow = firstFigure - 1
  ;[
    w.key,
    w.factor,
    w.input,
    w.system,
    w.measure,
    w.figure,
    w.inForce,
    w.reason,
    w.counted
  ].forEach((h, i) => setText(sheet.getRow(headerRow).getCell(i + 1), h!, bold))
  const detailTitle = firstFigure + input.figures.length + 1
  const detailHeader = detailTitle + 1
  const firstDetail = detailHeader + 1
  const detailCount = input.figures.reduce((n, f) => n + f.counted.length, 0)
  const lastDetail = Math.max(firstDetail, firstDetail + detailCount - 1)
  const keys = absRange(1, firstDetail, lastDetail)
  const amounts = absRange(7, firstDetail, lastDetail)
  input.figures.forEach((f, i) => {
    const row = sheet.getRow(firstFigure + i)
    setText(row.getCell(1), f.key, plain)
    setText(row.getCell(2), f.factor, plain)
    setText(row.getCell(3), f.input, plain)
    setText(row.getCell(4), f.system ?? w.all!, plain)
    setText(row.getCell(5), f.aggregate, plain)
    const formula = figureFormula(f.aggregate, `$A$${firstFigure + i}`, keys, amounts)
    if (formula === null) setNumber(row.getCell(6), f.value, number)
    else setFormula(row.getCell(6), formula, f.value ?? '', number)
    if (f.override) {
      setNumber(row.getCell(IN_FORCE_COLUMN), f.override.value, number)
      setText(row.getCell(8), f.override.reason, plain)
    } else setFormula(row.getCell(IN_FORCE_COLUMN), `F${firstFigure + i}`, f.value ?? '', number)
    setFormula(row.getCell(9), `COUNTIFS(${keys},$A$${firstFigure + i})`, f.counted.length, plain)
  })
  setText(sheet.getCell(`A${detailTitle}`), w.detail!, bold)
  ;[w.key, w.register, w.sheetName, w.row, w.id, w.system, w.amount].forEach((h, i) =>
    setText(sheet.getRow(detailHeader).getCell(i + 1), h!, bold)
  )
  let d = firstDetail
  for (const f of input.figures)
    for (const c of f.counted) {
      const row = sheet.getRow(d++)
      setText(row.getCell(1), f.key, plain)
      setText(row.getCell(2), c.register, plain)
      setText(row.getCell(3), c.sheet, plain)
      setNumber(row.getCell(4), c.row, plain)
      setText(row.getCell(5), c.id, plain)
      setText(row.getCell(6), c.system, plain)
      setNumber(row.getCell(7), c.amount, number)
    }
  sheet.columns.forEach((column, i) => {
    column.width = [22, 26, 30, 16, 14, 14, 12, 30, 10][i] ?? 12
  })
}
