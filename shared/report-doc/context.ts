import type { Assessment } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import type { BankIndex } from '../bank/lookup'
import type { Locale } from '../bank/primitives'
import type { ReportLabels } from '../report/labels'
import type { ReportModel } from '../report/model'
import type { RegisterSheetInput } from '../report/sheet-registers'
import { wallClockText } from '../report/time'
import { formatScore } from '../scoring/format'
import type { ScoringResult } from '../scoring/types'
import type { DocLabels } from './labels'

/** What the chapter builders share: the workbook's report model and what it was made from. */
export interface DocContext {
  /** The same model the scored workbook is written from (shared/report). */
  model: ReportModel
  labels: DocLabels
  /** The workbook's words (statuses, headers, level and coverage words), shared by both reports. */
  words: ReportLabels
  locale: Locale
  bank: Bank
  index: BankIndex
  assessment: Assessment
  result: ScoringResult
  /** The registers part of the workbook (its 台账明细 sheet): the registers annex; absent: none. */
  registers?: RegisterSheetInput
}

/** A score as printed: one decimal, half-up (the workbook's and the screen's rule); `—` if none. */
export const scoreText = formatScore

/** A level as printed: `L3 稳健级`; withheld or none as the workbook says it. */
export function levelText(ctx: DocContext, level: number | null, withheld = false): string {
  if (level === null) return withheld ? ctx.words.levelWithheld : ctx.words.dash
  const row = ctx.model.levels.find((l) => l.level === level)
  return row === undefined ? `L${level}` : `${row.code} ${row.label}`
}

/** `2025-07-16 09:39` in the wall-clock time it was recorded in; the dash when absent. */
export function timeText(ctx: DocContext, iso: string | undefined): string {
  return iso === undefined || iso === '' ? ctx.words.dash : wallClockText(iso)
}

/** `2024-07-01 至 2025-06-30`. */
export function periodText(ctx: DocContext): string {
  const { start, end } = ctx.assessment.metadata.period
  return ctx.locale === 'zh-CN' ? `${start} 至 ${end}` : `${start} to ${end}`
}

/** A list in running text: `A、B、C` / `A, B, C`. */
export function listText(ctx: DocContext, items: readonly string[]): string {
  return items.join(ctx.words.listSeparator === '、' ? '、' : ', ')
}

/** `C3 监控告警管理`: a section or process with its id. */
export function sectionName(ctx: DocContext, sectionId: string): string {
  const entry = ctx.index.sections.get(sectionId)
  return entry === undefined ? sectionId : `${sectionId} ${entry.section.title[ctx.locale]}`
}

/** `（…）` in Chinese, ` (…)` in English. */
export function parenthesized(ctx: DocContext, text: string): string {
  return ctx.locale === 'zh-CN' ? `（${text}）` : ` (${text})`
}
