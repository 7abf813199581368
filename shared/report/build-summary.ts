import type { Bank } from '../bank/bank'
import type { BankIndex } from '../bank/lookup'
import type { Locale } from '../bank/primitives'
import type { ScoringProfile } from '../bank/profile'
import type { ScoringResult, SectionResult } from '../scoring/types'
import { sectionQuestionnaireShare } from '../scoring/plan'
import { EPSILON } from '../scoring/tolerance'
import type { ReportLabels } from './labels'
import { fill } from './labels'
import type { MethodModel, PillarRow, SectionRow, SummaryModel } from './model'

/** A red-line answer value as the reader knows it: 否 rather than `no`. */
function answerWord(value: string | number, labels: ReportLabels): string {
  const { yes, partial, no } = labels.details.answers
  const words: Record<string, string> = { yes, partial, no }
  return typeof value === 'string' && value in words ? (words[value] as string) : String(value)
}

function sectionNote(section: SectionResult, labels: ReportLabels, locale: Locale): string {
  const notes: string[] = []
  if (section.cap !== null && section.cap.binding) notes.push(section.cap.text[locale])
  if (section.coverage === 'insufficient') notes.push(labels.coverage.insufficient)
  if (section.coverage === 'notAssessed') notes.push(labels.coverage.notAssessed)
  if (section.flags.includes('factorsUnavailable')) notes.push(labels.summary.factorsUnavailable)
  return notes.join('；')
}

/**
 * The Summary sheet's figures: overall, then each pillar with its sections/processes in bank
 * order, each with the engine's unrounded scores, shares, coverage, levels and caps — the
 * values the sheet's formulas must reproduce.
 */
export function buildSummary(input: {
  index: BankIndex
  result: ScoringResult
  profile: ScoringProfile
  labels: ReportLabels
  locale: Locale
}): SummaryModel {
  const { index, result, labels, locale } = input
  const factorWeight = new Map(result.factors.map((f) => [f.id, f.weight]))
  const sectionOf = new Map(result.sections.map((s) => [s.id, s]))
  const pillars: PillarRow[] = result.pillars.map((pillar) => {
    const bankPillar = index.pillars.get(pillar.id)
    const sections: SectionRow[] = (bankPillar?.sections ?? []).flatMap((bankSection) => {
      const section = sectionOf.get(bankSection.id)
      if (section === undefined) return []
      return [
        {
          id: section.id,
          name: bankSection.title[locale],
          weight: section.weightsUsed.sectionWeight,
          questionnaireScore: section.questionnaireScore,
          factorScore: section.factorScore,
          factorIds: section.factorIds,
          factorWeights: section.factorIds.map((id) => factorWeight.get(id) ?? 1),
          questionnaireShare: sectionQuestionnaireShare(input.profile, section.id),
          combinedScore: section.combinedScore,
          naShare: section.naWeightShare,
          coverage: section.coverage,
          included: section.includedInPillar,
          rawLevel: section.rawLevel,
          capLevel: section.cap?.capLevel ?? null,
          level: section.level,
          note: sectionNote(section, labels, locale),
          completionPercent: section.completion.percent
        }
      ]
    })
    return {
      id: pillar.id,
      name: bankPillar?.title[locale] ?? pillar.id,
      weight: pillar.pillarWeight,
      score: pillar.score,
      excludedShare: pillar.excludedWeightShare,
      coverage: pillar.coverage,
      rawLevel: pillar.level,
      completionPercent: pillar.completion.percent,
      note: pillar.coverage === 'insufficient' ? labels.coverage.insufficient : '',
      sections
    }
  })
  const overall = result.overall
  const redLine = overall.gates.find((gate) => gate.gate === 'redLine')
  return {
    overall: {
      score: overall.score,
      rawLevel: overall.rawLevel,
      redLineCap: redLine?.capLevel ?? null,
      level: overall.level,
      withheld: overall.gates.some((gate) => gate.gate === 'coverage'),
      explanation: overall.text[locale],
      completionPercent: result.completion.combined.percent
    },
    pillars,
    factorIndex: result.factorIndex
  }
}

/** The Method sheet's parameters: the profile the assessment was scored with, and red lines. */
export function buildMethod(input: {
  bank: Bank
  profile: ScoringProfile
  labels: ReportLabels
  locale: Locale
}): MethodModel {
  const { bank, profile, labels, locale } = input
  const gates = profile.gates
  const weight = (weights: Record<string, number>, id: string): number =>
    Object.hasOwn(weights, id) ? (weights[id] as number) : 0
  const questionRedLines: MethodModel['questionRedLines'] = []
  for (const pillar of bank.pillars)
    for (const section of pillar.sections)
      for (const question of section.questions) {
        const line = question.redLine
        if (line === undefined) continue
        const values = line.whenAnswerIn
          .map((v) => answerWord(v, labels))
          .join(labels.listSeparator)
        questionRedLines.push({
          id: line.id,
          questionId: question.id,
          rule: fill(labels.method.answerIn, { values }),
          message: line.message[locale]
        })
      }
  const factorRedLineMessages: Record<string, string> = {}
  for (const factor of bank.factors)
    for (const line of factor.redLines) factorRedLineMessages[line.id] = line.message[locale]
  return {
    profile: {
      id: profile.id,
      version: profile.version,
      name: profile.name[locale],
      description: profile.description?.[locale] ?? ''
    },
    factorScoring: profile.factorScoring,
    questionnaireShare: profile.questionnaireShare,
    tolerance: EPSILON,
    pillarWeights: bank.pillars.map((p) => ({
      id: p.id,
      name: p.title[locale],
      weight: weight(profile.pillarWeights, p.id)
    })),
    sectionWeights: bank.pillars.flatMap((p) =>
      p.sections.map((s) => ({
        id: s.id,
        pillarId: p.id,
        name: s.title[locale],
        weight: weight(profile.sectionWeights, s.id)
      }))
    ),
    gates: {
      criticalItem: { ...gates.criticalItem },
      redLine: { ...gates.redLine },
      coverage: { ...gates.coverage },
      unevidenced: { ...gates.unevidencedMaturity }
    },
    maturityScores: [...profile.maturityScores],
    yesPartialNo: { ...profile.yesPartialNoScores },
    questionRedLines,
    factorRedLineMessages
  }
}
