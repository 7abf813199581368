import { App } from 'antd'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { paths } from '../../app/paths'
import { getDatabase } from '../../db/database'
import {
  duplicateAsNextPeriod,
  moveToTrash,
  purgeFromTrash,
  restoreFromTrash
} from '../../db/repos/lifecycle'
import type { AssessmentListRow } from '../../db/schema'
import { useActorName } from '../settings/useActorName'
import { useBusyAction } from '../../i18n/useBusyAction'

export interface AssessmentCommands {
  open: (row: AssessmentListRow) => void
  duplicate: (row: AssessmentListRow) => Promise<void>
  trash: (row: AssessmentListRow) => Promise<void>
  restore: (row: AssessmentListRow) => Promise<void>
  /** Asks for confirmation first: this one cannot be undone. */
  purge: (row: AssessmentListRow) => void
}

/** What the home list can do with one assessment, each with its confirmation message. */
export function useAssessmentCommands(): AssessmentCommands {
  const { t } = useTranslation()
  const { message, modal } = App.useApp()
  const navigate = useNavigate()
  const by = useActorName()

  const { run } = useBusyAction()
  const attempt = (action: () => Promise<void>): Promise<void> =>
    run(action, 'assessments.messages.failed')

  return {
    open: (row) => void navigate(paths.workspace(row.id)),
    duplicate: (row) =>
      attempt(async () => {
        const id = await duplicateAsNextPeriod(getDatabase(), row.id, by)
        void message.success(t('assessments.messages.duplicated'))
        await navigate(paths.workspace(id))
      }),
    trash: (row) =>
      attempt(async () => {
        await moveToTrash(getDatabase(), row.id, by)
        void message.success(t('assessments.messages.trashed', { institution: row.institution }))
      }),
    restore: (row) =>
      attempt(async () => {
        await restoreFromTrash(getDatabase(), row.id, by)
        void message.success(t('assessments.messages.restored', { institution: row.institution }))
      }),
    purge: (row) =>
      void modal.confirm({
        title: t('assessments.purgeConfirm.title'),
        content: t('assessments.purgeConfirm.content', { institution: row.institution }),
        okText: t('assessments.purgeConfirm.ok'),
        // data-* props reach the button element; ButtonProps does not list them.
        okButtonProps: { danger: true, ...{ 'data-testid': 'confirm-purge' } },
        cancelText: t('assessments.purgeConfirm.cancel'),
        onOk: () =>
          attempt(async () => {
            await purgeFromTrash(getDatabase(), row.id)
            void message.success(t('assessments.messages.purged', { institution: row.institution }))
          })
      })
  }
}
