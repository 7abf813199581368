import { Alert, Form, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ReviewRecord } from '@shared/assessment/review-record'
import { signReviewLevel } from '../../db/repos/graded-review'
import { finalizeWithSeal } from '../../db/repos/sign-off'
import { CHECKLIST_GROUPS, openItemCount, type Checklist } from './checklist'
import { finalizeFormSchema, type FinalizeForm } from './dialog-schemas'
import { PersonField, SignOffModal } from './SignOffModal'
import { useSignOffForm } from './useSignOffAction'

interface FinalizeDialogProps {
  open: boolean
  onClose: () => void
  checklist: Checklist
  defaultSigner: string
  /** With graded review: the record whose last level this signature is. */
  review?: ReviewRecord
}

/** Confirms finalizing: shows what is still open, asks who signs, then seals in one transaction. */
export function FinalizeDialog(props: FinalizeDialogProps) {
  const { open, onClose, checklist, defaultSigner, review } = props
  const { t } = useTranslation()
  const { control, busy, submit } = useSignOffForm<FinalizeForm>({
    schema: finalizeFormSchema,
    values: { signer: defaultSigner },
    doneMessageKey: 'review.finalizeDialog.done',
    onClose,
    change: (db, id, { signer }) =>
      review
        ? signReviewLevel(db, id, review.levels, { level: review.levels.length, by: signer })
        : finalizeWithSeal(db, id, signer)
  })
  const openGroups = CHECKLIST_GROUPS.filter((group) => checklist[group].length > 0)

  return (
    <SignOffModal kind="finalize" open={open} onClose={onClose} onSubmit={submit} busy={busy}>
      {review && <p>{t('review.levels.finalLevel', { name: review.levels.at(-1)!.name })}</p>}
      {openItemCount(checklist) === 0 ? (
        <Alert type="success" showIcon title={t('review.finalizeDialog.clear')} />
      ) : (
        <Alert
          type="warning"
          showIcon
          data-testid="finalize-open-items"
          title={t('review.finalizeDialog.openItems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {openGroups.map((group) => (
                <li key={group}>
                  {t(`review.checklist.groups.${group}`)} <Tag>{checklist[group].length}</Tag>
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Form layout="vertical" style={{ marginTop: 16 }} onFinish={() => void submit()}>
        <PersonField control={control} name="signer" testId="finalize-signer" autoComplete="name" />
      </Form>
    </SignOffModal>
  )
}
