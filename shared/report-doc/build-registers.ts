import type { ExcludedRow } from '../registers/compute'
import { describeExclusion } from '../registers/labels'
import { fill } from '../report/labels'
import type { RegisterSheetFigure, RegisterSheetInput } from '../report/sheet-registers'
import { roundHalfUp } from '../scoring/format'
import type { DocContext } from './context'
import { parenthesized, timeText } from './context'
import { type Block, type CellContent, tableColumns } from './document'

/** How many row numbers a reason lists before it says how many there are in all. */
const LISTED_ROWS = 30

/** A register figure as the workbook shows it (`0.###`); the dash when there is none. */
function figureText(ctx: DocContext, value: number | null | undefined): string {
  return value === null || value === undefined ? ctx.words.dash : String(roundHalfUp(value, 3))
}

/** `故障台账 第 3、5、9 行` per sheet, at most LISTED_ROWS numbers, then how many in all. */
function whereText(ctx: DocContext, rows: readonly ExcludedRow[]): string {
  const a = ctx.labels.annexes
  const bySheet = new Map<string, number[]>()
  for (const row of rows.slice(0, LISTED_ROWS)) {
    const numbers = bySheet.get(row.sheet) ?? []
    numbers.push(row.row)
    bySheet.set(row.sheet, numbers)
  }
  // `4, 6, 8` in both languages: LibreOffice takes `4、6、8、…` for one word and breaks it
  // anywhere (looked at: `第` / `4` / `、6、8…` on three lines), a space after each comma wraps.
  const listed = [...bySheet].map(([sheet, numbers]) =>
    fill(a.registerRows, { sheet, rows: numbers.join(', ') })
  )
  const more = rows.length > LISTED_ROWS ? fill(a.registerRowsMore, { count: rows.length }) : ''
  return `${listed.join('; ')}${more === '' ? '' : ` ${more}`}`
}

/**
 * What makes two left-out rows the same reason: the code and what it names (a column and value, a
 * system class), not what is the row's own (its time outside the period, its negative minutes):
 * a register of thousands of rows left out for one reason is one line, not thousands.
 */
function reasonKey(reason: ExcludedRow['reason']): string {
  switch (reason.code) {
    case 'outsidePeriod':
    case 'negativeDuration':
      return reason.code
    default:
      return JSON.stringify(reason)
  }
}

/** The reason as a reader reads it: the row's own words when only one row or all say the same. */
function reasonText(ctx: DocContext, rows: readonly ExcludedRow[]): string {
  const texts = new Set(rows.map((r) => describeExclusion(r.register, r.reason, ctx.locale)))
  const [only] = texts
  if (texts.size === 1 && only !== undefined) return only
  const code = rows[0]?.reason.code
  const a = ctx.labels.annexes
  return code === 'negativeDuration' ? a.registerReasonNegative : a.registerReasonOutsidePeriod
}

/** One row per figure and reason: the rows that reason left out of the figure. */
function exclusionRows(ctx: DocContext, figure: RegisterSheetFigure): CellContent[][] {
  const byReason = new Map<string, ExcludedRow[]>()
  for (const row of figure.excluded ?? []) {
    const key = `${row.register}:${reasonKey(row.reason)}`
    const rows = byReason.get(key)
    if (rows === undefined) byReason.set(key, [row])
    else rows.push(row)
  }
  return [...byReason.values()].map((rows) => [
    figure.factor,
    `${figure.input}${figure.system === null ? '' : parenthesized(ctx, figure.system)}`,
    reasonText(ctx, rows),
    String(rows.length),
    whereText(ctx, rows)
  ])
}

/**
 * 附件6 台账明细: the register files the factor figures were measured from (name, SHA-256, rows,
 * import time), each figure with the rows it counted and left out, and why rows were left out —
 * what a reviewer checks before trusting a figure. The row-by-row list of counted rows is the
 * workbook's Registers sheet (the same input). Nothing when no register was imported.
 */
export function registersAnnex(ctx: DocContext, input: RegisterSheetInput | undefined): Block[] {
  if (input === undefined || (input.sources.length === 0 && input.figures.length === 0)) return []
  const a = ctx.labels.annexes
  const exclusions = input.figures.flatMap((figure) => exclusionRows(ctx, figure))
  return [
    { kind: 'heading', level: 2, text: a.registers },
    { kind: 'paragraph', text: a.registersIntro, indent: true },
    { kind: 'heading', level: 3, text: a.registerFiles },
    {
      kind: 'table',
      name: 'register-files',
      columns: tableColumns(a.registerFileHeaders, [1.4, 3, 4.2, 0.8, 1.6], { 3: 'right' }),
      rows: input.sources.map((s) => [
        s.register,
        s.source.name,
        s.source.sha256,
        String(s.rows),
        timeText(ctx, s.source.importedAt)
      ])
    },
    { kind: 'heading', level: 3, text: a.registerFigures },
    {
      kind: 'table',
      name: 'register-figures',
      columns: tableColumns(a.registerFigureHeaders, [2.2, 2.2, 1.4, 1, 1.1, 1.1, 0.9, 0.9, 2.4], {
        4: 'right',
        5: 'right',
        6: 'right',
        7: 'right'
      }),
      rows: input.figures.map((f) => [
        f.factor,
        f.input,
        f.system ?? a.registerAllSystems,
        a.registerAggregates[f.aggregate],
        figureText(ctx, f.value),
        f.override === undefined
          ? figureText(ctx, f.value)
          : { text: figureText(ctx, f.override.value), bold: true },
        String(f.counted.length),
        String(f.excluded?.length ?? 0),
        f.override?.reason ?? ctx.words.dash
      ])
    },
    { kind: 'heading', level: 3, text: a.registerExclusions },
    exclusions.length === 0
      ? { kind: 'paragraph', text: a.registerExclusionsNone, indent: true }
      : {
          kind: 'table',
          name: 'register-exclusions',
          columns: tableColumns(a.registerExclusionHeaders, [2, 2.2, 3, 0.7, 4.4], { 3: 'right' }),
          rows: exclusions
        }
  ]
}
