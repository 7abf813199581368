import { useMemo } from 'react'
import { buildRegister, type RegisterEntry } from '@shared/remediation'
import { sortLevels } from '@shared/scoring/levels'
import { localIsoDate } from '../new-assessment/new-assessment-form'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'

/** The open assessment's remediation register (shared/remediation), in the screen's language. */
export function useRegister(): RegisterEntry[] {
  const { language } = useLanguage()
  const { result, findingRecords, answers, index, assessment } = useWorkspace()
  return useMemo(
    () =>
      buildRegister({
        index,
        result,
        answers: [...answers.values()],
        records: [...findingRecords.values()],
        levels: sortLevels(assessment.profile.levels),
        ...(assessment.previousPeriod === undefined
          ? {}
          : { previousPeriod: assessment.previousPeriod }),
        today: localIsoDate(new Date()),
        locale: language
      }),
    [
      index,
      result,
      answers,
      findingRecords,
      assessment.profile,
      assessment.previousPeriod,
      language
    ]
  )
}
