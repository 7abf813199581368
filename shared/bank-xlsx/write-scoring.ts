/** Bank → rows of the scoring sheets (factors and their parts, rules, profiles, weights, levels). */
import type { Bank } from '../bank/bank'
import type { ConsistencyRule } from '../bank/rules'
import { printCondition } from './condition-syntax'
import { printConstraints, printFormulaText } from './formula-syntax'
import { printIdList, printValueRef } from './list-syntax'
import { printFactorReplaces, printNumberList } from './replaces-syntax'
import type { RowInput } from './sheet-writer'
import { localizedCells, referenceCell } from './write-content'

/** One `factors` row per factor (term kinds leave `formula` empty). */
export function factorRows(bank: Bank): RowInput[] {
  return bank.factors.map((factor) => ({
    id: factor.id,
    ...localizedCells('name', factor.name),
    ...localizedCells('definition', factor.definition),
    formula_kind: factor.formula.kind,
    formula: printFormulaText(factor.formula),
    constraints: factor.constraints.length === 0 ? undefined : printConstraints(factor.constraints),
    display: factor.display,
    decimals: factor.decimals,
    direction: factor.direction,
    target: factor.target,
    ...localizedCells('target_label', factor.targetLabel),
    feeds: factor.feeds,
    weight: factor.weight,
    per_system: factor.perSystem?.systems,
    combine: factor.perSystem?.combine,
    class_weights: factor.perSystem?.classWeights && printNumberList(factor.perSystem.classWeights),
    min_n: factor.smallSample?.minN,
    miss_bands: factor.smallSample?.missBands && printNumberList(factor.smallSample.missBands),
    replaces: factor.replaces && printFactorReplaces(factor.replaces),
    source: factor.source,
    references: referenceCell(factor.references),
    ...localizedCells('basis', factor.basis)
  }))
}

/** One `factor_inputs` row per input of every factor. */
export function factorInputRows(bank: Bank): RowInput[] {
  return bank.factors.flatMap((factor) =>
    factor.inputs.map((input) => ({
      factor: factor.id,
      id: input.id,
      ...localizedCells('label', input.label),
      ...localizedCells('unit', input.unit),
      integer: input.integer,
      min: input.min,
      max: input.max,
      ...localizedCells('description', input.description)
    }))
  )
}

/** One `factor_terms` row per ratio term of meanOfRatios / minOfRatios factors. */
export function factorTermRows(bank: Bank): RowInput[] {
  return bank.factors.flatMap((factor) =>
    factor.formula.kind === 'meanOfRatios' || factor.formula.kind === 'minOfRatios'
      ? factor.formula.terms.map((term) => ({
          factor: factor.id,
          numerator: term.numerator,
          denominator: term.denominator,
          divisor: term.divisor,
          ...localizedCells('label', term.label)
        }))
      : []
  )
}

/** The five `bands` rows of every factor; a null threshold is an empty cell. */
export function bandRows(bank: Bank): RowInput[] {
  return bank.factors.flatMap((factor) =>
    factor.bands.map((band) => ({
      factor: factor.id,
      grade: band.grade,
      threshold: band.threshold ?? undefined,
      score: band.score
    }))
  )
}

/** One `red_lines` row per factor red line. */
export function redLineRows(bank: Bank): RowInput[] {
  return bank.factors.flatMap((factor) =>
    factor.redLines.map((line) => ({
      factor: factor.id,
      id: line.id,
      class: line.class,
      input: line.input,
      op: line.op,
      value: line.value,
      ...localizedCells('message', line.message)
    }))
  )
}

/** One `rules` row per consistency rule; only the columns of its kind are filled. */
export function ruleRows(bank: Bank): RowInput[] {
  return bank.consistencyRules.map((rule) => ({
    id: rule.id,
    kind: rule.kind,
    ...ruleKindCells(rule),
    ...localizedCells('message', rule.message)
  }))
}

function ruleKindCells(rule: ConsistencyRule): RowInput {
  switch (rule.kind) {
    case 'evidenceForHighMaturity':
      return { min_level: rule.minLevel }
    case 'condition':
      return { when: printCondition(rule.when), questions: printIdList(rule.questions) }
    case 'compare':
      return { left: printValueRef(rule.left), op: rule.op, right: printValueRef(rule.right) }
  }
}

/** One `profiles` row per scoring profile, with its scores and gates. */
export function profileRows(bank: Bank): RowInput[] {
  return bank.profiles.map((profile) => {
    const { criticalItem, redLine, coverage, unevidencedMaturity } = profile.gates
    return {
      id: profile.id,
      version: profile.version,
      ...localizedCells('name', profile.name),
      ...localizedCells('description', profile.description),
      questionnaire_share: profile.questionnaireShare,
      factor_scoring: profile.factorScoring,
      ...Object.fromEntries(
        profile.maturityScores.map((score, level) => [`maturity_score_${level}`, score])
      ),
      yes_score: profile.yesPartialNoScores.yes,
      partial_score: profile.yesPartialNoScores.partial,
      no_score: profile.yesPartialNoScores.no,
      gate_critical_item: criticalItem.enabled,
      gate_critical_levels_above: criticalItem.levelsAbove,
      gate_red_line: redLine.enabled,
      gate_red_line_cap_level: redLine.capLevel,
      gate_coverage: coverage.enabled,
      gate_coverage_max_na_share: coverage.maxNAWeightShare,
      gate_unevidenced_maturity: unevidencedMaturity.enabled,
      gate_unevidenced_min_level: unevidencedMaturity.minLevel,
      gate_unevidenced_scored_as: unevidencedMaturity.scoredAsLevel
    }
  })
}

/** The pillar weights, the section weights, then the sections' factor shares of every profile. */
export function profileWeightRows(bank: Bank): RowInput[] {
  return bank.profiles.flatMap((profile) => [
    ...Object.entries(profile.pillarWeights).map(([target, weight]) => ({
      profile: profile.id,
      scope: 'pillar',
      target,
      weight
    })),
    ...Object.entries(profile.sectionWeights).map(([target, weight]) => ({
      profile: profile.id,
      scope: 'section',
      target,
      weight
    })),
    ...Object.entries(profile.factorShares ?? {}).map(([target, weight]) => ({
      profile: profile.id,
      scope: 'factorShare',
      target,
      weight
    }))
  ])
}

/** The five `levels` rows of every profile. */
export function levelRows(bank: Bank): RowInput[] {
  return bank.profiles.flatMap((profile) =>
    profile.levels.map((level) => ({
      profile: profile.id,
      level: level.level,
      code: level.code,
      min_score: level.minScore,
      ...localizedCells('label', level.label),
      ...localizedCells('description', level.description)
    }))
  )
}
