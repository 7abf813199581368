import type { FactorEntry, KeySystem } from '../assessment/assessment'
import { expressionToString, parseExpression } from '../bank/expression'
import type { EvaluationFactor, FactorFormula, RatioTerm } from '../bank/factor'
import type { ComparisonOp, Locale } from '../bank/primitives'
import type { FactorResult } from '../scoring/types'
import { commentAndEvidence } from './build-details'
import { fill, type ReportLabels } from './labels'
import type { FactorInputRow, FactorRow, FactorSystemsRow, RedLineState } from './model'
import { dateTimeCell } from './time'
import { firstByKey } from '../util/first-by-key'

const OP_TEXT: Record<ComparisonOp, string> = {
  eq: '=',
  ne: '≠',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤'
}

function termText(term: RatioTerm): string {
  const ratio = `${term.numerator} ÷ ${term.denominator}`
  return term.divisor === undefined || term.divisor === 1 ? ratio : `(${ratio}) ÷ ${term.divisor}`
}

/** The formula as a reader writes it, over input ids: `N_mon ÷ N_fault`, `min(…)`. */
export function formulaText(formula: FactorFormula, locale: Locale): string {
  switch (formula.kind) {
    case 'ratio':
      return `${formula.numerator} ÷ ${formula.denominator}`
    case 'complementRatio':
      return `1 − ${formula.part} ÷ ${formula.whole}`
    case 'meanDuration':
      return `${formula.total} ÷ ${formula.count}`
    case 'meanOfRatios':
      return `${locale === 'zh-CN' ? '平均' : 'mean'}(${formula.terms.map(termText).join(', ')})`
    case 'minOfRatios':
      return `min(${formula.terms.map(termText).join(', ')})`
    case 'expression': {
      const parsed = parseExpression(formula.expression)
      const text = parsed.ok ? expressionToString(parsed.ast) : formula.expression
      return text.replaceAll(' * ', ' × ').replaceAll(' / ', ' ÷ ')
    }
  }
}

/** A number as the factor displays it: 95% → `95.00%`, minutes, multiples. */
export function factorNumberText(
  factor: Pick<EvaluationFactor, 'display' | 'decimals'>,
  value: number,
  labels: ReportLabels
): string {
  switch (factor.display) {
    case 'percent':
      return `${(value * 100).toFixed(factor.decimals)}%`
    case 'minutes':
      return `${value.toFixed(factor.decimals)} ${labels.factors.minutes}`
    case 'multiple':
      return `${value.toFixed(factor.decimals)}×`
    case 'number':
      return value.toFixed(factor.decimals)
  }
}

/**
 * A factor's inputs as entered (even when invalid: the value formula reproduces the engine's
 * checks); `accepted` is the engine's reading — null where it rejected or missed the number.
 */
function inputRows(
  factor: EvaluationFactor,
  values: Record<string, number | null> | undefined,
  accepted: Record<string, number | null>,
  locale: Locale
): FactorInputRow[] {
  return factor.inputs.map((def) => {
    const raw: unknown = values?.[def.id]
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null
    return {
      id: def.id,
      label: def.label[locale],
      unit: def.unit[locale],
      value,
      valid: value === null || accepted[def.id] != null,
      integer: def.integer,
      min: def.min,
      max: def.max ?? null
    }
  })
}

/** Statuses that leave a per-system factor N/A whichever system has them. */
const BLOCKING: ReadonlySet<FactorResult['status']> = new Set([
  'formulaError',
  'invalidInputs',
  'constraintViolated',
  'missingInputs'
])

/** A per-system factor's systems as entered and computed; null for a factor entered once. */
function systemsRow(
  factor: EvaluationFactor,
  result: FactorResult,
  entry: FactorEntry | undefined,
  labels: ReportLabels,
  locale: Locale,
  scope: readonly KeySystem[]
): FactorSystemsRow | null {
  if (result.systems === null || result.combination === null) return null
  const words = labels.factors.systems
  return {
    rule: result.combination.rule,
    ruleText: words.rules[result.combination.rule],
    scopeNote: scopeNote(factor, result.systems, scope, labels),
    systems: result.systems.map((system) => ({
      id: system.systemId,
      name: system.name,
      classLabel:
        system.class === null
          ? words.unclassified
          : (words.classNames[system.class - 1] ?? words.unclassified),
      classWeight: system.classWeight,
      inputs: inputRows(factor, entry?.bySystem?.[system.systemId], system.inputs, locale),
      inputsOk: !BLOCKING.has(system.status),
      value: system.value,
      band: system.band,
      adjustedValue: system.adjustedValue,
      binding: result.combination?.bindingSystemId === system.systemId
    }))
  }
}

/** The note under a per-system table: the systems it applies to, why, and the ones left out. */
function scopeNote(
  factor: EvaluationFactor,
  systems: NonNullable<FactorResult['systems']>,
  scope: readonly KeySystem[],
  labels: ReportLabels
): string {
  const words = labels.factors.systems.scope
  const counts = { count: systems.length, total: scope.length }
  if (factor.perSystem?.systems !== 'realTime') return fill(words.all, counts)
  const included = new Set(systems.map((system) => system.systemId))
  const left = scope.filter((system) => !included.has(system.id)).map((system) => system.name)
  const note = fill(words.realTime, counts)
  if (left.length === 0) return note
  return fill(words.excluded, { note, names: left.join(words.separator) })
}

function redLineState(result: FactorResult): RedLineState | null {
  if (result.redLines.length === 0) return null
  if (result.redLinesBreached.length > 0) return 'breached'
  return result.value === null ? 'notEvaluated' : 'clear'
}

/**
 * One row per factor of the bank: its definition (formula, inputs as entered, entry checks,
 * bands, red lines), the engine's value, band, score, pass and red-line state, and its comment
 * and evidence. Inputs are shown as entered, even when invalid: the value formula reproduces the
 * engine's checks, so it turns them into N/A exactly as the engine did.
 */
export function buildFactorRows(input: {
  factors: readonly EvaluationFactor[]
  results: readonly FactorResult[]
  entries: readonly FactorEntry[]
  labels: ReportLabels
  locale: Locale
  /** The assessment's key systems in scope, for the note under each per-system table. */
  systems: readonly KeySystem[]
}): FactorRow[] {
  const { labels, locale } = input
  const entryOf = firstByKey(input.entries, (entry) => entry.factorId)
  const resultOf = new Map(input.results.map((r) => [r.id, r]))
  const rows: FactorRow[] = []
  for (const factor of input.factors) {
    const result = resultOf.get(factor.id)
    if (result === undefined) continue
    const entry = entryOf.get(factor.id)
    rows.push({
      id: factor.id,
      name: factor.name[locale],
      sectionId: factor.feeds,
      formulaText: formulaText(factor.formula, locale),
      formula: factor.formula,
      formulaError: result.status === 'formulaError',
      perSystem: systemsRow(factor, result, entry, labels, locale, input.systems),
      smallSample:
        factor.smallSample === undefined ||
        factor.formula.kind !== 'ratio' ||
        factor.perSystem !== undefined
          ? null
          : { minN: factor.smallSample.minN, missBands: factor.smallSample.missBands ?? null },
      inputs: inputRows(factor, entry?.values, result.inputs, locale),
      constraints: factor.constraints.map((c) => ({ ...c })),
      direction: factor.direction,
      target: factor.target,
      display: factor.display,
      decimals: factor.decimals,
      bands: factor.bands.map((band) => ({ ...band })),
      scoring: result.scoring,
      redLines: factor.redLines.map((line) => ({
        id: line.id,
        op: line.op,
        value: line.value,
        input: line.input ?? null
      })),
      value: result.value,
      band: result.band,
      score: result.score,
      pass: result.pass,
      redLineState: redLineState(result),
      redLineRule: factor.redLines
        .map(
          (line) =>
            `${line.id}: ${OP_TEXT[line.op]} ${factorNumberText(factor, line.value, labels)}`
        )
        .join('\n'),
      statusNote: labels.factors.statusNotes[result.status],
      ...commentAndEvidence(entry, labels),
      updatedBy: entry?.updatedBy ?? '',
      updatedAt: dateTimeCell(entry?.updatedAt)
    })
  }
  return rows
}

/** `≥ 1.00×`-style text of a comparison, for the Method sheet's red-line table. */
export function comparisonText(op: ComparisonOp): string {
  return OP_TEXT[op]
}
