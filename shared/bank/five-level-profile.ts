import { localizedText as t } from './primitives'
import type { ScoringProfile } from './profile'
import type { MaturityAnchors } from './question'

/** The five maturity anchors L0–L4 in their plainest words; a fresh array on every call. */
export function fiveLevelAnchors(): MaturityAnchors {
  return [
    t('未建立', 'Not in place'),
    t('初始', 'Initial'),
    t('规范', 'Defined'),
    t('量化', 'Measured'),
    t('优化', 'Optimizing')
  ]
}

/** What sets one profile on the five-level model apart from another: identity and weights. */
export type FiveLevelProfileFields = Pick<
  ScoringProfile,
  'id' | 'version' | 'name' | 'pillarWeights' | 'sectionWeights'
>

/**
 * A scoring profile on the brief's five-level model: L0–L4 from 0 in 20-point steps, maturity
 * 0/25/50/75/100, yes/partial/no 100/50/0, a 60 % questionnaire share and every gate on with the
 * default bank's settings. The small banks (test fixtures, the worked example, the Excel template's
 * example) are built on it so that they cannot drift apart from one another.
 */
export function fiveLevelProfile(fields: FiveLevelProfileFields): ScoringProfile {
  return {
    ...fields,
    questionnaireShare: 0.6,
    maturityScores: [0, 25, 50, 75, 100],
    yesPartialNoScores: { yes: 100, partial: 50, no: 0 },
    factorScoring: 'bands',
    levels: [
      { level: 0, code: 'L0', minScore: 0, label: t('未建立级', 'Not established') },
      { level: 1, code: 'L1', minScore: 20, label: t('初始级', 'Initial') },
      { level: 2, code: 'L2', minScore: 40, label: t('规范级', 'Defined') },
      { level: 3, code: 'L3', minScore: 60, label: t('量化级', 'Quantitatively managed') },
      { level: 4, code: 'L4', minScore: 80, label: t('优化级', 'Optimizing') }
    ],
    gates: {
      criticalItem: { enabled: true, levelsAbove: 1 },
      redLine: { enabled: true, capLevel: 2 },
      coverage: { enabled: true, maxNAWeightShare: 0.5 },
      unevidencedMaturity: { enabled: true, minLevel: 3, scoredAsLevel: 2 }
    }
  }
}
