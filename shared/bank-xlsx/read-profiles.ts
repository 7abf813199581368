/** Workbook → consistency rules and scoring profiles (with their weights and levels). */
import { BANK_PARTS, SHEET_ROWS, WORKBOOK_KEYS } from '../issues/catalogue/terms'
import { issueText } from '../util/issue-codes'
import { RecordBuilder } from './cell-map'
import { WEIGHT_SCOPES } from './specs-profiles'
import { parseCondition } from './condition-syntax'
import { parseIdList, parseValueRef } from './list-syntax'
import { nextItem, parentOf, rowsOf, skipRow, UniqueKeys, type ReadContext } from './read-context'
import type { RowReader } from './row-reader'
import { COMPARISON_OPS, RULE_KINDS } from './specs-scoring'

const RULE_COLUMNS: Record<(typeof RULE_KINDS)[number], string[]> = {
  evidenceForHighMaturity: ['min_level'],
  condition: ['when', 'questions'],
  compare: ['left', 'op', 'right']
}

/** The consistency rules (`rules` sheet); the columns of other rule kinds must stay empty. */
export function readRules(context: ReadContext): unknown[] {
  const ids = new UniqueKeys()
  const rules: unknown[] = []
  for (const reader of rowsOf(context, 'rules')) {
    const id = reader.id('id', true)
    if (id !== undefined && !ids.claim(reader, 'id', id)) continue
    const b = nextItem(context, reader, 'consistencyRules', rules)
    const kind = reader.oneOf('kind', RULE_KINDS, true)
    b.set('kind', 'kind', kind).set('id', 'id', id)
    if (kind !== undefined) {
      const others = RULE_KINDS.filter((k) => k !== kind).flatMap((k) => RULE_COLUMNS[k])
      reader.rejectFilled(others, issueText('bankXlsx.ruleColumnUnused', { kind }))
    }
    if (kind === 'evidenceForHighMaturity')
      b.set(
        'minLevel',
        'min_level',
        reader.number('min_level', { required: true, integer: true, min: 1, max: 4 })
      )
    if (kind === 'condition') {
      b.set('when', 'when', reader.parsed('when', parseCondition, true))
      b.set('questions', 'questions', reader.parsed('questions', parseIdList, true))
    }
    if (kind === 'compare') {
      b.set('left', 'left', reader.parsed('left', parseValueRef, true))
      b.set('op', 'op', reader.oneOf('op', COMPARISON_OPS, true))
      b.set('right', 'right', reader.parsed('right', parseValueRef, true))
    }
    b.text('message', 'message', true)
    rules.push(b.value)
  }
  return rules
}

interface ProfileEntry {
  path: string
  pillarWeights: Record<string, unknown>
  sectionWeights: Record<string, unknown>
  /** Set on the profile only when a factorShare row names it (absent otherwise). */
  factorShares: Record<string, unknown> | undefined
  value: Record<string, unknown>
  levels: unknown[]
}

const score = (reader: RowReader, column: string): number | undefined =>
  reader.number(column, { required: true })
const level = (reader: RowReader, column: string, min = 0): number | undefined =>
  reader.number(column, { required: true, integer: true, min, max: 4 })

/** Reads profiles, then their weights and levels; `pillars`/`sections` are the known ids. */
export function readProfiles(
  context: ReadContext,
  known: { pillars: ReadonlySet<string>; sections: ReadonlySet<string> }
): unknown[] {
  const profiles: unknown[] = []
  const entries = new Map<string, ProfileEntry>()
  const ids = new UniqueKeys()
  for (const reader of rowsOf(context, 'profiles')) {
    const id = reader.id('id', true)
    if (id !== undefined && !ids.claim(reader, 'id', id)) continue
    const path = `profiles[${profiles.length}]`
    const entry: ProfileEntry = {
      path,
      pillarWeights: {},
      sectionWeights: {},
      factorShares: undefined,
      value: {},
      levels: []
    }
    entry.value = readProfile(context, reader, entry, id)
    profiles.push(entry.value)
    if (id !== undefined) entries.set(id, entry)
  }
  readWeights(context, entries, known)
  readLevels(context, entries)
  return profiles
}

function readProfile(
  context: ReadContext,
  reader: RowReader,
  entry: ProfileEntry,
  id: string | undefined
): Record<string, unknown> {
  const b = new RecordBuilder(context.map, entry.path, reader)
  b.set('id', 'id', id).set('version', 'version', reader.text('version', true))
  b.text('name', 'name', true).text('description', 'description')
  const weights = SHEET_ROWS.weights
  b.list('pillarWeights', entry.pillarWeights, weights)
  b.list('sectionWeights', entry.sectionWeights, weights)
  b.set('questionnaireShare', 'questionnaire_share', score(reader, 'questionnaire_share'))
  b.set(
    'maturityScores',
    'maturity_score_0',
    [0, 1, 2, 3, 4].map((l) => score(reader, `maturity_score_${l}`))
  )
  for (let l = 0; l < 5; l++) b.point(`.maturityScores[${l}]`, `maturity_score_${l}`)
  b.set('yesPartialNoScores', 'yes_score', {
    yes: score(reader, 'yes_score'),
    partial: score(reader, 'partial_score'),
    no: score(reader, 'no_score')
  })
  b.point('.yesPartialNoScores.partial', 'partial_score').point(
    '.yesPartialNoScores.no',
    'no_score'
  )
  b.point('.yesPartialNoScores.yes', 'yes_score')
  b.set(
    'factorScoring',
    'factor_scoring',
    reader.oneOf('factor_scoring', ['bands', 'linear'], true)
  )
  b.list('levels', entry.levels, SHEET_ROWS.levels)
  const gates: Array<[string, Array<[string, string, 'bool' | 'level' | 'share' | 'minLevel']>]> = [
    [
      'criticalItem',
      [
        ['enabled', 'gate_critical_item', 'bool'],
        ['levelsAbove', 'gate_critical_levels_above', 'level']
      ]
    ],
    [
      'redLine',
      [
        ['enabled', 'gate_red_line', 'bool'],
        ['capLevel', 'gate_red_line_cap_level', 'level']
      ]
    ],
    [
      'coverage',
      [
        ['enabled', 'gate_coverage', 'bool'],
        ['maxNAWeightShare', 'gate_coverage_max_na_share', 'share']
      ]
    ],
    [
      'unevidencedMaturity',
      [
        ['enabled', 'gate_unevidenced_maturity', 'bool'],
        ['minLevel', 'gate_unevidenced_min_level', 'minLevel'],
        ['scoredAsLevel', 'gate_unevidenced_scored_as', 'level']
      ]
    ]
  ]
  const gateValues: Record<string, Record<string, unknown>> = {}
  for (const [gate, fields] of gates) {
    const values: Record<string, unknown> = {}
    for (const [key, column, kind] of fields) {
      b.point(`.gates.${gate}.${key}`, column)
      if (kind === 'bool') values[key] = reader.bool(column, true)
      else if (kind === 'share')
        values[key] = reader.number(column, { required: true, min: 0, max: 1 })
      else values[key] = level(reader, column, kind === 'minLevel' ? 1 : 0)
    }
    b.point(`.gates.${gate}`, fields[0]?.[1] ?? 'id')
    gateValues[gate] = values
  }
  b.set('gates', 'id', gateValues)
  return b.value
}

function readWeights(
  context: ReadContext,
  entries: Map<string, ProfileEntry>,
  known: { pillars: ReadonlySet<string>; sections: ReadonlySet<string> }
): void {
  const keys = new UniqueKeys(WORKBOOK_KEYS.weight)
  for (const reader of rowsOf(context, 'profile_weights')) {
    const profile = parentOf(reader, 'profile', entries, 'bankXlsx.unknownProfile')
    const scope = reader.oneOf('scope', WEIGHT_SCOPES, true)
    const target = reader.id('target', true)
    const weight = reader.number('weight', { required: true, min: 0 })
    if (profile === undefined || scope === undefined || target === undefined) {
      skipRow(context)
      continue
    }
    const kind = scope === 'pillar' ? 'pillar' : 'section'
    const ids = scope === 'pillar' ? known.pillars : known.sections
    if (!ids.has(target)) {
      reader.drop(
        'target',
        issueText('bankXlsx.unknownWeightTarget', {
          scope: BANK_PARTS[kind],
          id: target,
          sheet: `${kind}s`
        })
      )
      continue
    }
    const label = {
      'zh-CN': `${BANK_PARTS[kind]['zh-CN']} ${target}`,
      'en-US': `${scope} ${target}`
    }
    if (!keys.claim(reader, 'target', `${profile.path} ${scope} ${target}`, label)) continue
    const key =
      scope === 'pillar' ? 'pillarWeights' : scope === 'section' ? 'sectionWeights' : 'factorShares'
    if (key === 'factorShares' && profile.factorShares === undefined) {
      profile.factorShares = {}
      profile.value.factorShares = profile.factorShares
    }
    const record = profile[key] as Record<string, unknown>
    if (weight !== undefined) record[target] = weight
    context.map.set(`${profile.path}.${key}.${target}`, reader.ref('weight'))
  }
}

function readLevels(context: ReadContext, entries: Map<string, ProfileEntry>): void {
  const keys = new UniqueKeys(WORKBOOK_KEYS.level)
  for (const reader of rowsOf(context, 'levels')) {
    const profile = parentOf(reader, 'profile', entries, 'bankXlsx.unknownProfile')
    const value = level(reader, 'level')
    if (!keys.claimChild(context, reader, profile, 'level', value)) continue
    const b = nextItem(context, reader, `${profile.path}.levels`, profile.levels, 'level')
    b.set('level', 'level', value)
    b.set('code', 'code', reader.oneOf('code', ['L0', 'L1', 'L2', 'L3', 'L4'], true))
    b.set('minScore', 'min_score', reader.number('min_score', { required: true, min: 0, max: 100 }))
    b.text('label', 'label', true).text('description', 'description')
    profile.levels.push(b.value)
  }
}
