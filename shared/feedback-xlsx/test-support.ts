/** Helpers for the feedback workbook tests: the sample's register and a workbook of it. */
import type { Assessment } from '../assessment/assessment'
import { indexBank } from '../bank/lookup'
import { buildRegister, type RegisterEntry } from '../remediation/register'
import { generateSampleAssessment } from '../sample/index'
import { scoreAssessment } from '../scoring/score'
import { defaultBank } from '../testing/default-bank'
import type { FeedbackReadContext } from './read-feedback'

export const IMPORTED_AT = '2026-12-07T09:30:00+08:00'

/** The sample assessment of the default bank and its register (zh-CN). */
export function sampleRegister(): { assessment: Assessment; entries: RegisterEntry[] } {
  const bank = defaultBank()
  const assessment = generateSampleAssessment(bank, { seed: 1 })
  const entries = buildRegister({
    index: indexBank(bank),
    result: scoreAssessment(bank, assessment),
    answers: assessment.answers,
    records: assessment.findings,
    levels: assessment.profile.levels,
    today: '2026-12-07',
    locale: 'zh-CN'
  })
  return { assessment, entries }
}

export const contextOf = (
  assessment: Assessment,
  entries: readonly RegisterEntry[]
): FeedbackReadContext => ({
  assessment,
  findingIds: new Set(entries.map((entry) => entry.findingId)),
  at: IMPORTED_AT
})
