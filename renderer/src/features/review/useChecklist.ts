import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'
import { buildChecklist, type Checklist } from './checklist'

/** The live pre-finalization checklist of the open assessment. */
export function useChecklist(): Checklist {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { result, answers, index, assessment } = useWorkspace()
  return useMemo(
    () =>
      buildChecklist({
        result,
        answers,
        index,
        assessmentId: assessment.id,
        locale: language,
        unevidencedDetail: (answered, scored) =>
          t('review.checklist.unevidencedDetail', { answered, scored })
      }),
    [result, answers, index, assessment.id, language, t]
  )
}
