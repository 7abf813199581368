import { useEffect, useState } from 'react'
import type { Assessment } from '@shared/assessment/assessment'
import type { NarrativePart } from '@shared/assessment/report-fields'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'

/**
 * The narrative parts as the report would generate them from the current results (the report
 * builder loads as its own chunk); null until it is ready. Recomputed as the results change.
 */
export function useGeneratedNarrative(): Record<NarrativePart, string> | null {
  const { language } = useLanguage()
  const { assessment, bank, answers, factorEntries, findingRecords, result } = useWorkspace()
  const [texts, setTexts] = useState<Record<NarrativePart, string> | null>(null)
  useEffect(() => {
    let live = true
    void import('@shared/report-doc').then((doc) => {
      const { deletedAt: _d, summary: _s, ...header } = assessment
      const whole: Assessment = {
        ...header,
        answers: [...answers.values()].map(({ assessmentId: _a, ...answer }) => answer),
        factors: [...factorEntries.values()].map(({ assessmentId: _a, ...entry }) => entry),
        findings: [...findingRecords.values()].map(({ assessmentId: _a, ...record }) => record),
        auditLog: []
      }
      const generated = doc.generatedNarratives({
        bank,
        assessment: whole,
        result,
        locale: language,
        generatedAt: new Date().toISOString()
      })
      if (live) setTexts(generated)
    })
    return () => {
      live = false
    }
  }, [answers, assessment, bank, factorEntries, findingRecords, language, result])
  return texts
}
