import type { WriteContext } from './context'
import { levelCodeOf, levelLookup } from './context'
import { rel } from '../xlsx/address'
import { num, str } from './excel-formula'

/**
 * The Summary sheet's formulas, mirroring shared/scoring/aggregate.ts and score.ts step by step
 * (same sums in the same order, same tolerance), over the Details and Evaluation factors sheets
 * and the Method sheet's parameters.
 */

/** Summary columns. */
export const SUM_COL = {
  id: 1,
  name: 2,
  questionnaire: 3,
  factors: 4,
  combined: 5,
  weight: 6,
  level: 7,
  note: 8,
  naShare: 9,
  coverage: 10,
  included: 11,
  rawLevel: 12,
  cap: 13,
  completion: 14
} as const

const c = (column: number, row: number): string => rel(column, row)

/** `SUMPRODUCT(--(Details section = this row's id), …columns)`. */
function sumOverSection(ctx: WriteContext, row: number, ...columns: string[]): string {
  const d = ctx.details
  return `SUMPRODUCT(--(${d.section}=$A$${row}),${columns.join(',')})`
}

/** Q = Σ(w·s·counts) ÷ Σ(w·counts) over the section's Details rows; N/A with nothing applicable. */
export function questionnaireFormula(ctx: WriteContext, row: number): string {
  const d = ctx.details
  const den = sumOverSection(ctx, row, d.weight, d.counted)
  const numerator = sumOverSection(ctx, row, d.weight, d.counted, d.countedScore)
  return `IF(${den}=0,${str(ctx.labels.noValue)},${numerator}/${den})`
}

/**
 * F = mean of the section's factor scores that are numbers, weighted by the factors' weights
 * (Σ w·s ÷ Σ w in factor order, as the engine sums); the plain mean when all weigh 1.
 */
export function factorScoreFormula(
  ctx: WriteContext,
  scoreCells: readonly string[],
  weights: readonly number[]
): string {
  const list = scoreCells.join(',')
  const na = str(ctx.labels.noValue)
  if (weights.every((w) => w === 1)) return `IF(COUNT(${list})=0,${na},SUM(${list})/COUNT(${list}))`
  const w = (k: number) => num(weights[k] ?? 1)
  const sum = scoreCells.map((cell, k) => `IF(ISNUMBER(${cell}),${w(k)}*${cell},0)`).join('+')
  const total = scoreCells.map((cell, k) => `IF(ISNUMBER(${cell}),${w(k)},0)`).join('+')
  return `IF(COUNT(${list})=0,${na},(${sum})/(${total}))`
}

/**
 * Combined = share·Q + (1 − share)·F, or Q when no factor has a score. The share is the Method
 * sheet's questionnaire share, or the section's own where the profile sets a factor share for it.
 */
export function combinedFormula(ctx: WriteContext, row: number, sectionShare: number): string {
  const q = c(3, row)
  const f = c(4, row)
  const global = ctx.model.method.questionnaireShare
  const share = sectionShare === global ? ctx.method.questionnaireShare : num(sectionShare)
  return `IF(ISNUMBER(${q}),IF(ISNUMBER(${f}),${share}*${q}+(1-${share})*${f},${q}),${str(ctx.labels.noValue)})`
}

/** N/A share = N/A weight ÷ visible scored weight (counted + N/A). */
export function naShareFormula(ctx: WriteContext, row: number): string {
  const d = ctx.details
  const na = sumOverSection(ctx, row, d.weight, d.na)
  const counted = sumOverSection(ctx, row, d.weight, d.counted)
  return `IF(${counted}+${na}=0,${str(ctx.labels.noValue)},${na}/(${counted}+${na}))`
}

/** Coverage: insufficient above the gate's limit (gate enabled), not assessed without Q. */
export function sectionCoverageFormula(
  ctx: WriteContext,
  row: number,
  gateEnabled: boolean
): string {
  const cv = ctx.labels.coverage
  const byQ = `IF(ISNUMBER(${c(3, row)}),${str(cv.sufficient)},${str(cv.notAssessed)})`
  if (!gateEnabled) return byQ
  const share = c(9, row)
  const limit = `${ctx.method.maxNAShare}+${ctx.method.tolerance}`
  return `IF(AND(ISNUMBER(${share}),${share}>${limit}),${str(cv.insufficient)},${byQ})`
}

/** 1 when the section counts in its pillar: a combined score and sufficient coverage. */
export function includedFormula(ctx: WriteContext, row: number): string {
  return `IF(AND(ISNUMBER(${c(5, row)}),${c(10, row)}=${str(ctx.labels.coverage.sufficient)}),1,0)`
}

/** The raw level of the score in column E (blank without a score). */
export function rawLevelFormula(ctx: WriteContext, row: number): string {
  const score = c(5, row)
  return `IF(ISNUMBER(${score}),${levelLookup(ctx, score)},"")`
}

/**
 * Critical-item cap: (level of the lowest counted score among the section's critical items) +
 * the gate's levels, at most 4; blank without a rated score or a critical item. The lowest
 * score's level is the lowest level, since levels rise with scores. SUMPRODUCT makes MIN read
 * the array in every Excel version without an array formula; rows that are not the section's
 * counted critical items are pushed out of reach by +1E+9.
 */
export function capFormula(ctx: WriteContext, row: number): string {
  const d = ctx.details
  const self = `$A$${row}`
  const count = `COUNTIFS(${d.section},${self},${d.critical},1,${d.counted},1)`
  const lowest = `SUMPRODUCT(MIN(${d.countedScore}+((${d.section}<>${self})+(${d.critical}<>1)+(${d.counted}<>1))*1E+9))`
  return `IF(OR(NOT(ISNUMBER(${c(12, row)})),${count}=0),"",MIN(4,${levelLookup(ctx, lowest)}+${ctx.method.levelsAbove}))`
}

/** The level's code after the cap (the lower of raw level and cap); a dash without a score. */
export function levelFormula(ctx: WriteContext, row: number): string {
  const raw = c(12, row)
  return `IF(ISNUMBER(${raw}),${levelCodeOf(ctx, `MIN(${raw},${c(13, row)})`)},${str(ctx.labels.dash)})`
}

/** Pillar score = Σ(w·combined) ÷ Σw over its included sections (rows first..last). */
export function pillarScoreFormula(ctx: WriteContext, first: number, last: number): string {
  const inc = `${c(11, first)}:${c(11, last)}`
  const w = `${c(6, first)}:${c(6, last)}`
  const s = `${c(5, first)}:${c(5, last)}`
  const total = `SUMIF(${inc},1,${w})`
  return `IF(${total}=0,${str(ctx.labels.noValue)},SUMPRODUCT(${inc},${w},${s})/${total})`
}

/** Share of the pillar's section weight that is left out. */
export function excludedShareFormula(first: number, last: number): string {
  const inc = `${c(11, first)}:${c(11, last)}`
  const w = `${c(6, first)}:${c(6, last)}`
  return `IF(SUM(${w})=0,0,SUMIF(${inc},0,${w})/SUM(${w}))`
}

/** Pillar coverage: insufficient without a score, without an included section, or above the limit. */
export function pillarCoverageFormula(
  ctx: WriteContext,
  row: number,
  first: number,
  last: number
): string {
  const cv = ctx.labels.coverage
  const inc = `${c(11, first)}:${c(11, last)}`
  const limit = `${ctx.method.maxNAShare}+${ctx.method.tolerance}`
  return `IF(OR(NOT(ISNUMBER(${c(5, row)})),COUNTIF(${inc},1)=0,${c(9, row)}>${limit}),${str(cv.insufficient)},${str(cv.sufficient)})`
}

/** A pillar's level: its raw level (pillar levels are not gated). */
export function pillarLevelFormula(ctx: WriteContext, row: number): string {
  const raw = c(12, row)
  return `IF(ISNUMBER(${raw}),${levelCodeOf(ctx, raw)},${str(ctx.labels.dash)})`
}

/** Overall = Σ(w·pillar) ÷ Σw over pillars with a score, in pillar order. */
export function overallScoreFormula(ctx: WriteContext, pillarRows: readonly number[]): string {
  const weight = pillarRows.map((r) => `IF(ISNUMBER(${c(5, r)}),${c(6, r)},0)`).join('+')
  const weighted = pillarRows
    .map((r) => `IF(ISNUMBER(${c(5, r)}),${c(6, r)}*${c(5, r)},0)`)
    .join('+')
  return `IF((${weight})=0,${str(ctx.labels.noValue)},(${weighted})/(${weight}))`
}

/** Red-line cap: applies when a factor or question red line is breached. */
export function redLineCapFormula(ctx: WriteContext, row: number): string {
  const breached = str(ctx.labels.factors.redLineStates.breached)
  const count = `COUNTIF(${ctx.factors.redLineRange},${breached})+SUM(${ctx.details.redLine})`
  return `IF(AND(ISNUMBER(${c(12, row)}),${count}>0),${ctx.method.capLevel},"")`
}

/** The overall level is withheld while any pillar has insufficient coverage. */
export function withheldFormula(ctx: WriteContext, pillarRows: readonly number[]): string {
  const insufficient = str(ctx.labels.coverage.insufficient)
  const any = pillarRows.map((r) => `${c(10, r)}=${insufficient}`).join(',')
  return `IF(OR(${any}),${str(ctx.labels.levelWithheld)},"")`
}

/** The overall level's code: withheld, or the lower of raw level and red-line cap. */
export function overallLevelFormula(ctx: WriteContext, row: number): string {
  const raw = c(12, row)
  const gated = `IF(ISNUMBER(${raw}),${levelCodeOf(ctx, `MIN(${raw},${c(13, row)})`)},${str(ctx.labels.dash)})`
  return `IF(${c(10, row)}<>"",${c(10, row)},${gated})`
}
