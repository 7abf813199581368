import { Button, Checkbox, Divider, Drawer, Flex, Input, Typography } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { FindingRecord } from '@shared/assessment/assessment'
import type { RegisterEntry } from '@shared/remediation'
import { useWorkspace } from '../workspace/workspace-context'
import { DueDateCell, OwnerCell, StatusCell } from './FindingCells'
import { FeedbackView, HistoryView } from './FindingPeriods'
import { RecheckEditor } from './RecheckEditor'
import { RiskEditor } from './RiskEditor'
import { EntryTags } from './RegisterTable'
import type { FindingSave } from './useFindingSaver'
import type { FindingChange } from '../../db/repos/answers'

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{label}</Typography.Text>
      {children}
    </Flex>
  )
}

/** Each long text's label and placeholder (`remediation.drawer.<key>`). */
const FINDING_TEXTS = {
  description: { label: 'description', placeholder: undefined },
  action: { label: 'recommendation', placeholder: 'recommendationPlaceholder' },
  note: { label: 'note', placeholder: 'notePlaceholder' }
} as const

interface FindingTextProps {
  /** The finding's text field; the box's test id is `finding-<field>`. */
  field: keyof typeof FINDING_TEXTS
  /** What the box shows first: it is uncontrolled, so typing never waits for the save. */
  value: string | undefined
  record: FindingRecord
  save: FindingSave
  disabled: boolean
}

/** One of a finding's long texts, saved as it is typed. */
function FindingText({ field, value, record, save, disabled }: FindingTextProps) {
  const { t } = useTranslation()
  const { label, placeholder } = FINDING_TEXTS[field]
  return (
    <Input.TextArea
      data-testid={`finding-${field}`}
      aria-label={t(`remediation.drawer.${label}`)}
      defaultValue={value}
      placeholder={placeholder && t(`remediation.drawer.${placeholder}`)}
      disabled={disabled}
      autoSize={{ minRows: 2, maxRows: 8 }}
      maxLength={20_000}
      onChange={(event) => save(record, { [field]: event.target.value } as FindingChange)}
    />
  )
}

interface FieldProps {
  entry: RegisterEntry
  save: FindingSave
  disabled: boolean
}

/** 问题描述: generated until edited; an edited one can go back to the generated words. */
function DescriptionField({ entry, save, disabled }: FieldProps) {
  const { t } = useTranslation()
  const { record } = entry
  // Restoring the generated words remounts the (uncontrolled) text box to show them.
  const [generation, setGeneration] = useState(0)
  const [restored, setRestored] = useState<string | null>(null)
  const restore = () => {
    save(record, { description: undefined })
    setRestored(entry.generatedDescription)
    setGeneration((n) => n + 1)
  }
  return (
    <Field label={t('remediation.drawer.description')}>
      <Typography.Text type="secondary">{t('remediation.drawer.descriptionHint')}</Typography.Text>
      <FindingText
        key={generation}
        field="description"
        value={restored ?? entry.description}
        {...{ record, save, disabled }}
      />
      {entry.descriptionEdited && (
        <Button
          size="small"
          style={{ alignSelf: 'flex-start' }}
          disabled={disabled}
          onClick={restore}
        >
          {t('remediation.drawer.restore')}
        </Button>
      )}
    </Field>
  )
}

/** 整改建议, department, due date, status, urgency and the remediation note. */
function WorkFields({ entry, save, disabled }: FieldProps) {
  const { t } = useTranslation()
  const { record } = entry
  const cell = { record, disabled, save }
  return (
    <>
      <Field label={t('remediation.drawer.recommendation')}>
        {entry.recommendationFrom === 'bank' && (
          <Typography.Text type="secondary">
            {t('remediation.drawer.recommendationFromBank')}
          </Typography.Text>
        )}
        <FindingText field="action" value={entry.recommendation} {...cell} />
      </Field>
      <Flex gap={12}>
        <Field label={t('remediation.drawer.owner')}>
          <OwnerCell {...cell} />
        </Field>
        <Field label={t('remediation.drawer.dueDate')}>
          <DueDateCell {...cell} />
        </Field>
        <Field label={t('remediation.drawer.status')}>
          <StatusCell {...cell} />
        </Field>
      </Flex>
      <Checkbox
        data-testid="finding-urgent"
        checked={entry.urgent}
        disabled={disabled}
        onChange={(event) => save(record, { urgent: event.target.checked })}
      >
        {t('remediation.drawer.urgent')}
      </Checkbox>
      {record.urgent === undefined && (
        <Typography.Text type="secondary">{t('remediation.drawer.urgentDefault')}</Typography.Text>
      )}
      <Field label={t('remediation.drawer.note')}>
        <FindingText field="note" value={record.note} {...cell} />
      </Field>
    </>
  )
}

interface FindingDrawerProps {
  entry: RegisterEntry | undefined
  save: FindingSave
  onClose: () => void
}

/**
 * One finding's whole record: description and basis, risk level, recommendation, department, due
 * date, urgency, status, the remediation note, the re-check, the auditee's feedback and the
 * finding's earlier periods. Text fields are uncontrolled (keyed by the finding), as in the table.
 */
export function FindingDrawer({ entry, save, onClose }: FindingDrawerProps) {
  const { t } = useTranslation()
  const { readOnly } = useWorkspace()
  if (entry === undefined) return null
  const { record } = entry
  const title =
    entry.rank === null
      ? t('remediation.drawer.noRank', { id: entry.findingId })
      : t('remediation.drawer.title', { number: entry.rank, id: entry.findingId })
  return (
    <Drawer open width={640} title={title} onClose={onClose} data-testid="finding-drawer">
      <Flex vertical gap={16} key={entry.findingId}>
        <EntryTags entry={entry} />
        <DescriptionField entry={entry} save={save} disabled={readOnly} />
        <Field label={t('remediation.drawer.basis')}>
          {entry.basis.length === 0 ? (
            <Typography.Text type="secondary">{t('remediation.drawer.noBasis')}</Typography.Text>
          ) : (
            entry.basis.map((line) => <Typography.Text key={line}>{line}</Typography.Text>)
          )}
        </Field>
        <Field label={t('remediation.drawer.risk')}>
          <RiskEditor
            key={`${entry.findingId}-${entry.risk}`}
            entry={entry}
            save={save}
            disabled={readOnly}
          />
        </Field>
        <WorkFields entry={entry} save={save} disabled={readOnly} />
        <Divider style={{ margin: 0 }} />
        <Field label={t('remediation.drawer.recheck')}>
          <RecheckEditor key={entry.findingId} entry={entry} save={save} disabled={readOnly} />
          {record.recheck?.result !== 'passed' && (
            <Typography.Text type="secondary">
              {t('remediation.drawer.verifiedNeedsRecheck')}
            </Typography.Text>
          )}
        </Field>
        <Field label={t('remediation.drawer.feedback')}>
          <FeedbackView record={record} />
        </Field>
        {(record.history?.length ?? 0) > 0 && (
          <Field label={t('remediation.drawer.history')}>
            <HistoryView record={record} />
          </Field>
        )}
      </Flex>
    </Drawer>
  )
}
