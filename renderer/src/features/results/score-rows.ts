import type { BankIndex } from '@shared/bank/lookup'
import type { Locale } from '@shared/bank/primitives'
import type { CriticalItemGate, ScoringResult, SectionCoverage } from '@shared/scoring'

/** One row of the score breakdown: a pillar with its sections/processes as children. */
export interface ScoreRow {
  key: string
  kind: 'pillar' | 'section' | 'process'
  id: string
  title: string
  questionnaire: number | null
  factor: number | null
  combined: number | null
  /** Share of the parent (0..1): pillar in overall, section in pillar; null when left out. */
  weight: number | null
  level: number | null
  rawLevel: number | null
  cap: CriticalItemGate | null
  coverage: SectionCoverage
  completion: number
  children?: ScoreRow[]
}

/** The pillars → sections/processes tree, in bank order, with the engine's figures. */
export function scoreRows(result: ScoringResult, index: BankIndex, locale: Locale): ScoreRow[] {
  const sections = new Map(result.sections.map((s) => [s.id, s]))
  return result.pillars.map((pillar): ScoreRow => {
    const bankPillar = index.pillars.get(pillar.id)
    const children = (bankPillar?.sections ?? []).flatMap((section): ScoreRow[] => {
      const scored = sections.get(section.id)
      if (!scored) return []
      return [
        {
          key: section.id,
          kind: section.kind,
          id: section.id,
          title: section.title[locale],
          questionnaire: scored.questionnaireScore,
          factor: scored.factorScore,
          combined: scored.combinedScore,
          weight: scored.weightsUsed.normalizedSectionWeight,
          level: scored.level,
          rawLevel: scored.rawLevel,
          cap: scored.cap,
          coverage: scored.coverage,
          completion: scored.completion.percent
        }
      ]
    })
    return {
      key: pillar.id,
      kind: 'pillar',
      id: pillar.id,
      title: bankPillar?.title[locale] ?? pillar.id,
      questionnaire: null,
      factor: null,
      combined: pillar.score,
      weight: pillar.normalizedPillarWeight,
      level: pillar.level,
      rawLevel: pillar.level,
      cap: null,
      coverage: pillar.coverage,
      completion: pillar.completion.percent,
      children
    }
  })
}
