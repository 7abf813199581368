import type { ScoringProfile } from '@shared/bank/profile'
import type { NewAssessment } from './repos/assessments'

const text = (zh: string, en: string): { 'zh-CN': string; 'en-US': string } => ({
  'zh-CN': zh,
  'en-US': en
})

/** A small valid scoring profile for storage tests (the storage layer does not interpret it). */
export const TEST_PROFILE: ScoringProfile = {
  id: 'test-profile',
  version: '1.0.0',
  name: text('测试方案', 'Test profile'),
  pillarWeights: { A: 1 },
  sectionWeights: { A1: 1 },
  questionnaireShare: 0.6,
  maturityScores: [0, 25, 50, 75, 100],
  yesPartialNoScores: { yes: 100, partial: 50, no: 0 },
  factorScoring: 'bands',
  levels: [0, 20, 40, 60, 80].map((minScore, level) => ({
    level,
    code: `L${level}`,
    minScore,
    label: text(`级别${level}`, `Level ${level}`)
  })),
  gates: {
    criticalItem: { enabled: true, levelsAbove: 1 },
    redLine: { enabled: true, capLevel: 2 },
    coverage: { enabled: true, maxNAWeightShare: 0.5 },
    unevidencedMaturity: { enabled: true, minLevel: 3, scoredAsLevel: 2 }
  }
}

export const TEST_NEW_ASSESSMENT: NewAssessment = {
  metadata: {
    institution: '示例证券股份有限公司',
    scope: ['集中交易系统', '网上交易系统'],
    period: { start: '2025-01-01', end: '2025-12-31' },
    assessors: ['张伟']
  },
  bank: { id: 'test-bank', version: '1.0.0', contentHash: 'a'.repeat(64) },
  profile: TEST_PROFILE
}
