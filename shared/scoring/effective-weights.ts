import type { Bank } from '../bank/bank'
import type { ScoringProfile } from '../bank/profile'
import { isScoredQuestion } from '../bank/scored-question'
import { roundHalfUp } from './format'
import { sectionQuestionnaireShare } from './plan'

/** One item's share of the overall score (see effectiveWeights). */
export interface EffectiveWeight {
  kind: 'question' | 'factor'
  id: string
  pillarId: string
  sectionId: string
  /** Share of the overall score, 0..1; the shares of a bank add up to 1. */
  share: number
}

const byShareThenId = (a: EffectiveWeight, b: EffectiveWeight): number =>
  b.share - a.share || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * What a bank really rewards under a profile: the share of the overall score each scored
 * question and each factor carries when everything is visible, applicable and has a score —
 * pillar share × section share within its pillar × (questionnaire or factor share of the section)
 * × its weight among the section's questions or factors. Sections with neither a scored question
 * nor a factor carry nothing, and their pillar's other sections share its weight (as in scoring,
 * a section without a questionnaire score is left out even when it has factors). Sorted by share,
 * largest first, ties by id.
 */
export function effectiveWeights(bank: Bank, profile: ScoringProfile): EffectiveWeight[] {
  const factorsOf = new Map<string, Bank['factors']>()
  for (const factor of bank.factors)
    factorsOf.set(factor.feeds, [...(factorsOf.get(factor.feeds) ?? []), factor])
  const weightOf = (weights: Record<string, number>, id: string): number =>
    Object.hasOwn(weights, id) ? (weights[id] as number) : 0

  const pillars = bank.pillars.map((pillar) => {
    const sections = pillar.sections
      .map((section) => ({
        section,
        questions: section.questions.filter(isScoredQuestion),
        factors: factorsOf.get(section.id) ?? []
      }))
      .filter((s) => s.questions.length > 0)
    const total = sections.reduce(
      (sum, s) => sum + weightOf(profile.sectionWeights, s.section.id),
      0
    )
    return { pillar, sections, total }
  })
  const pillarTotal = pillars
    .filter((p) => p.total > 0)
    .reduce((sum, p) => sum + weightOf(profile.pillarWeights, p.pillar.id), 0)

  const out: EffectiveWeight[] = []
  if (pillarTotal <= 0) return out
  for (const { pillar, sections, total } of pillars) {
    if (total <= 0) continue
    const pillarShare = weightOf(profile.pillarWeights, pillar.id) / pillarTotal
    for (const { section, questions, factors } of sections) {
      const sectionShare = (pillarShare * weightOf(profile.sectionWeights, section.id)) / total
      const questionnaireShare =
        factors.length > 0 ? sectionQuestionnaireShare(profile, section.id) : 1
      const questionWeight = questions.reduce((sum, q) => sum + q.weight, 0)
      const factorWeight = factors.reduce((sum, f) => sum + (f.weight ?? 1), 0)
      const place = { pillarId: pillar.id, sectionId: section.id }
      for (const q of questions)
        out.push({
          kind: 'question',
          id: q.id,
          ...place,
          share: (sectionShare * questionnaireShare * q.weight) / questionWeight
        })
      for (const f of factors)
        out.push({
          kind: 'factor',
          id: f.id,
          ...place,
          share: (sectionShare * (1 - questionnaireShare) * (f.weight ?? 1)) / factorWeight
        })
    }
  }
  return out.sort(byShareThenId)
}

/**
 * A share (0..1) as a reader sees it wherever effective weights are shown (`bank weights`, the
 * bank browse screen): percent, two decimals, rounded half up — "2.36%".
 */
export function formatShare(share: number): string {
  return `${roundHalfUp(share * 100, 2).toFixed(2)}%`
}
