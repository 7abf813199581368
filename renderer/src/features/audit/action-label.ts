import type { NarrativePart } from '@shared/assessment/report-fields'
import type { TFunction } from 'i18next'
import { AUDIT_ACTIONS, type AuditEntry } from '@shared/assessment/assessment'

type Action = AuditEntry['action']

/** `answer.set` → `answerSet`: message keys cannot contain the dot i18next uses as a separator. */
const keyOf = (action: Action) =>
  action.replace(/\.([a-z])/g, (_, c: string) => c.toUpperCase()) as 'answerSet'

export function actionLabel(action: string, t: TFunction): string {
  return (AUDIT_ACTIONS as readonly string[]).includes(action)
    ? t(`audit.actions.${keyOf(action as Action)}`)
    : action
}

export function targetLabel(kind: string, id: string | null, t: TFunction): string {
  switch (kind) {
    case 'question':
      return t('audit.targets.question', { id })
    case 'factor':
      return t('audit.targets.factor', { id })
    case 'finding':
      // Finding ids are `q:<question>` / `f:<factor>`; the assessor knows the item by its own id.
      return t('audit.targets.finding', { id: id?.replace(/^[qf]:/, '') })
    case 'review':
      return t('audit.targets.review', { id })
    case 'metadata':
      return t('audit.targets.metadata')
    case 'report':
      return t('audit.targets.report', {
        field:
          id === 'reportNumber'
            ? t('report.fields.number')
            : id === 'confidentiality'
              ? t('report.fields.confidentiality')
              : t(
                  `report.narrative.parts.${(id?.slice('narrative:'.length) ?? 'overview') as NarrativePart}`
                )
      })
    default:
      return id ?? t('audit.targets.assessment')
  }
}
