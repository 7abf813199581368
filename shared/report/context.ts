import type ExcelJS from 'exceljs'
import { setFormula, setNumber } from './cells'
import type { ReportLabels } from './labels'
import type { ReportModel } from './model'
import type { CellStyle, ReportStyles } from './styles'

/**
 * What the sheet writers share while one workbook is written. Sheets are filled in dependency
 * order (Method → Details → Factors → Summary → Cover → Findings → Audit) and each records where
 * its figures landed, so later sheets' formulas can point at them.
 */
export interface WriteContext {
  model: ReportModel
  labels: ReportLabels
  styles: ReportStyles
  sheets: Record<SheetKey, ExcelJS.Worksheet>
  /** Sheet-qualified addresses of the Method sheet's parameters. */
  method: MethodRefs
  details: DetailsRefs
  factors: FactorsRefs
  summary: SummaryRefs
  /**
   * Figures measured from the registers, by figure key (`F01.N_fault`, `F16.T_down@sys-1`): the
   * Registers sheet's cell holding the value in force, and that value. Absent without registers.
   */
  registerCells?: ReadonlyMap<string, { ref: string; value: number | null }>
}

export type SheetKey =
  'cover' | 'summary' | 'factors' | 'details' | 'findings' | 'review' | 'audit' | 'method'

export interface MethodRefs {
  questionnaireShare: string
  tolerance: string
  pillarWeight: Map<string, string>
  sectionWeight: Map<string, string>
  levelNumbers: string
  levelMins: string
  /** The profile's level names (`量化级`), beside the codes. */
  levelLabels: string
  levelCodes: string
  levelsAbove: string
  capLevel: string
  maxNAShare: string
  /** Per factor, per band A..E: the threshold cell (null for a catch-all band). */
  bandThresholds: Map<string, Array<string | null>>
  bandScores: Map<string, string[]>
  redLineLimit: Map<string, string>
}

export interface DetailsRefs {
  section: string
  weight: string
  critical: string
  countedScore: string
  counted: string
  na: string
  redLine: string
  /** The counted-score cell of each question, sheet-qualified. */
  countedScoreCell: Map<string, string>
}

export interface FactorsRefs {
  scoreCell: Map<string, string>
  scoreRange: string
  redLineRange: string
}

export interface SummaryRefs {
  overallScore: string
  overallLevel: string
  factorIndex: string
}

/** The words formulas return for "no value" and for coverage/red-line/pass states. */
export function noValue(ctx: WriteContext): string {
  return ctx.labels.noValue
}

/**
 * `LOOKUP` of a score's level on the Method sheet's level table, applied to the score as
 * displayed (rounded half-up to one decimal with the engine's 1E-9 nudge), as levelForScore does.
 */
export function levelLookup(ctx: WriteContext, score: string): string {
  const m = ctx.method
  return `LOOKUP(INT(${score}*10+0.5+1E-9)/10,${m.levelMins},${m.levelNumbers})`
}

/** The code (`L3`) of a level number, from the Method sheet's level table. */
export function levelCodeOf(ctx: WriteContext, level: string): string {
  const m = ctx.method
  return `INDEX(${m.levelCodes},MATCH(${level},${m.levelNumbers},0))`
}

/** The profile's code of a level number (for stored results). */
export function levelCodeText(model: ReportModel, level: number | null, none: string): string {
  if (level === null) return none
  return model.levels.find((l) => l.level === level)?.code ?? `L${level}`
}

/**
 * Writes a factor input: a formula pointing at the Registers sheet when the figure in force there
 * is the value the engine scored (the input came from the registers), else the number as entered.
 */
export function setInputCell(
  ctx: WriteContext,
  cell: ExcelJS.Cell,
  key: string,
  value: number | null,
  style: CellStyle
): void {
  const figure = ctx.registerCells?.get(key)
  if (figure !== undefined && value !== null && figure.value === value)
    setFormula(cell, figure.ref, value, style)
  else setNumber(cell, value, style)
}
