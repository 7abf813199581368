/** Workbook → evaluation factors with their inputs, ratio terms, bands and red lines. */
import { BAND_GRADES, SYSTEM_COMBINE_RULES, SYSTEM_SELECTIONS } from '../bank/factor'
import { RED_LINE_CLASSES } from '../bank/primitives'
import { SHEET_ROWS, WORKBOOK_KEYS } from '../issues/catalogue/terms'
import { issueText } from '../util/issue-codes'
import { RecordBuilder } from './cell-map'
import { parseConstraints, parseFormulaText, type TextFormulaKind } from './formula-syntax'
import { parseReferences } from './list-syntax'
import { numberListParser, parseFactorReplaces } from './replaces-syntax'
import { nextItem, parentOf, rowsOf, skipRow, UniqueKeys, type ReadContext } from './read-context'
import type { RowReader } from './row-reader'
import { DIRECTIONS, SOURCE_TAGS } from './specs-content'
import { COMPARISON_OPS, FORMULA_KINDS } from './specs-scoring'

type FormulaKind = (typeof FORMULA_KINDS)[number]

interface FactorEntry {
  path: string
  kind: FormulaKind | undefined
  inputs: unknown[]
  bands: unknown[]
  redLines: unknown[]
  /** The terms array of a meanOfRatios / minOfRatios formula. */
  terms: unknown[] | undefined
}

const isTermKind = (kind: FormulaKind | undefined): boolean =>
  kind === 'meanOfRatios' || kind === 'minOfRatios'

/** Reads the factors sheet and the sheets that hang off it. */
export function readFactors(context: ReadContext): unknown[] {
  const factors: unknown[] = []
  const entries = new Map<string, FactorEntry>()
  const ids = new UniqueKeys()
  for (const reader of rowsOf(context, 'factors')) {
    const id = reader.id('id', true)
    if (id !== undefined && !ids.claim(reader, 'id', id)) continue
    const path = `factors[${factors.length}]`
    const { value, entry } = readFactor(context, reader, path, id)
    factors.push(value)
    if (id !== undefined) entries.set(id, entry)
  }
  readChildren(context, entries)
  return factors
}

function readFactor(
  context: ReadContext,
  reader: RowReader,
  path: string,
  id: string | undefined
): { value: Record<string, unknown>; entry: FactorEntry } {
  const b = new RecordBuilder(context.map, path, reader)
  b.set('id', 'id', id).text('name', 'name', true).text('definition', 'definition', true)
  const kind = reader.oneOf('formula_kind', FORMULA_KINDS, true)
  const entry: FactorEntry = { path, kind, inputs: [], bands: [], redLines: [], terms: undefined }
  b.point('.formula.kind', 'formula_kind')
  if (kind !== undefined && isTermKind(kind)) {
    reader.rejectFilled(['formula'], issueText('bankXlsx.termFactorHasNoFormula', { kind }))
    entry.terms = []
    b.set('formula', 'formula_kind', { kind, terms: entry.terms })
    b.point('.formula.terms', 'formula_kind', SHEET_ROWS.terms)
  } else if (kind !== undefined) {
    const textKind = kind as TextFormulaKind
    b.set(
      'formula',
      'formula',
      reader.parsed('formula', (text) => parseFormulaText(textKind, text), true)
    )
  }
  b.set('constraints', 'constraints', reader.parsed('constraints', parseConstraints))
  b.set(
    'display',
    'display',
    reader.oneOf('display', ['percent', 'minutes', 'multiple', 'number'], true)
  )
  b.set('decimals', 'decimals', reader.number('decimals', { integer: true, min: 0, max: 6 }))
  b.set('direction', 'direction', reader.oneOf('direction', DIRECTIONS, true))
  b.set('target', 'target', reader.number('target', { required: true }))
  b.text('targetLabel', 'target_label')
  b.set('feeds', 'feeds', reader.id('feeds', true))
  b.set('weight', 'weight', reader.number('weight', { positive: true }))
  readPerSystem(reader, b)
  readSmallSample(reader, b)
  b.set('replaces', 'replaces', reader.parsed('replaces', parseFactorReplaces))
  b.set('source', 'source', reader.oneOf('source', SOURCE_TAGS, true))
  b.set('references', 'references', reader.parsed('references', parseReferences))
  b.text('basis', 'basis')
  b.list('inputs', entry.inputs, SHEET_ROWS.inputs)
  b.list('bands', entry.bands, SHEET_ROWS.bands)
  b.list('redLines', entry.redLines, SHEET_ROWS.redLines)
  return { value: b.value, entry }
}

/** `per_system`, `combine` and `class_weights`: all empty for a factor entered once. */
function readPerSystem(reader: RowReader, b: RecordBuilder): void {
  b.point('.perSystem', 'per_system').point('.perSystem.systems', 'per_system')
  b.point('.perSystem.combine', 'combine').point('.perSystem.classWeights', 'class_weights')
  if (!reader.has('per_system')) {
    reader.rejectFilled(['combine', 'class_weights'], issueText('bankXlsx.perSystemColumnsAlone'))
    return
  }
  const perSystem: Record<string, unknown> = {
    systems: reader.oneOf('per_system', SYSTEM_SELECTIONS, true),
    combine: reader.oneOf('combine', SYSTEM_COMBINE_RULES, true)
  }
  const weights = reader.parsed('class_weights', numberListParser(5))
  if (weights !== undefined) perSystem.classWeights = weights
  b.value.perSystem = perSystem
}

/** `min_n` and `miss_bands`: the small-sample rule. */
function readSmallSample(reader: RowReader, b: RecordBuilder): void {
  b.point('.smallSample', 'min_n').point('.smallSample.minN', 'min_n')
  b.point('.smallSample.missBands', 'miss_bands')
  if (!reader.has('min_n')) {
    reader.rejectFilled(['miss_bands'], issueText('bankXlsx.missBandsAlone'))
    return
  }
  const rule: Record<string, unknown> = {
    minN: reader.number('min_n', { required: true, integer: true, min: 1 })
  }
  const missBands = reader.parsed('miss_bands', numberListParser(4))
  if (missBands !== undefined) rule.missBands = missBands
  b.value.smallSample = rule
}

function readChildren(context: ReadContext, entries: Map<string, FactorEntry>): void {
  const parentFactor = (reader: RowReader): FactorEntry | undefined =>
    parentOf(reader, 'factor', entries, 'bankXlsx.unknownFactor')
  const inputIds = new UniqueKeys(WORKBOOK_KEYS.inputId)
  for (const reader of rowsOf(context, 'factor_inputs')) {
    const factor = parentFactor(reader)
    const id = reader.id('id', true)
    if (!inputIds.claimChild(context, reader, factor, 'id', id)) continue
    const b = nextItem(context, reader, `${factor.path}.inputs`, factor.inputs)
    b.set('id', 'id', id).text('label', 'label', true).text('unit', 'unit', true)
    b.text('description', 'description')
    b.set('integer', 'integer', reader.bool('integer'))
    b.set('min', 'min', reader.number('min')).set('max', 'max', reader.number('max'))
    factor.inputs.push(b.value)
  }

  for (const reader of rowsOf(context, 'factor_terms')) {
    const factor = parentFactor(reader)
    if (factor === undefined) {
      skipRow(context)
      continue
    }
    if (factor.terms === undefined) {
      if (factor.kind !== undefined)
        reader.drop('factor', issueText('bankXlsx.factorHasNoTerms', { kind: factor.kind }))
      skipRow(context)
      continue
    }
    const b = nextItem(context, reader, `${factor.path}.formula.terms`, factor.terms, 'numerator')
    b.set('numerator', 'numerator', reader.id('numerator', true))
    b.set('denominator', 'denominator', reader.id('denominator', true))
    b.set('divisor', 'divisor', reader.number('divisor', { positive: true }))
    b.text('label', 'label')
    factor.terms.push(b.value)
  }

  const grades = new UniqueKeys(WORKBOOK_KEYS.grade)
  for (const reader of rowsOf(context, 'bands')) {
    const factor = parentFactor(reader)
    const grade = reader.oneOf('grade', BAND_GRADES, true)
    if (!grades.claimChild(context, reader, factor, 'grade', grade)) continue
    const b = nextItem(context, reader, `${factor.path}.bands`, factor.bands, 'grade')
    b.set('grade', 'grade', grade)
    b.set('threshold', 'threshold', reader.number('threshold') ?? null)
    b.set('score', 'score', reader.number('score', { required: true, min: 0, max: 100 }))
    factor.bands.push(b.value)
  }

  const redLineIds = new UniqueKeys(WORKBOOK_KEYS.redLineId)
  for (const reader of rowsOf(context, 'red_lines')) {
    const factor = parentFactor(reader)
    const id = reader.id('id', true)
    if (!redLineIds.claimChild(context, reader, factor, 'id', id)) continue
    const b = nextItem(context, reader, `${factor.path}.redLines`, factor.redLines)
    b.set('id', 'id', id).set('class', 'class', reader.oneOf('class', RED_LINE_CLASSES))
    b.set('input', 'input', reader.id('input'))
    b.set('op', 'op', reader.oneOf('op', COMPARISON_OPS, true))
    b.set('value', 'value', reader.number('value', { required: true }))
    b.text('message', 'message', true)
    factor.redLines.push(b.value)
  }
}
