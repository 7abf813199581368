import { App, Button, Input, InputNumber, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { getDatabase } from '../../db/database'
import { useAssessorName } from '../../db/hooks/useAssessorName'
import { overrideFigure } from '../../db/repos/registers'
import { useFailureToast } from '../../i18n/useFailureToast'
import { formatDateTime } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'
import type { RegisterFigure } from './useRegisterFigures'

/**
 * A typed figure over the register's, with the reason it is required to carry (kept with the
 * figure and in the audit log); or the register's figure taken back.
 */
/** Writes an override (or takes the register's figure back) and says how it went. */
function useOverrideWriter(figure: RegisterFigure, onDone: () => void) {
  const { t } = useTranslation()
  const failed = useFailureToast()
  const { message } = App.useApp()
  const { assessment } = useWorkspace()
  const by = useAssessorName()?.trim() || assessment.metadata.assessors[0] || '—'
  const [saving, setSaving] = useState(false)
  async function write(override: { value: number | null; reason: string } | null) {
    setSaving(true)
    try {
      await overrideFigure(getDatabase(), assessment.id, figure, override, by)
      onDone()
      void message.success(t(override ? 'registers.override.saved' : 'registers.override.restored'))
    } catch (error) {
      failed(error)
    } finally {
      setSaving(false)
    }
  }
  return {
    saving,
    write: (override: { value: number | null; reason: string } | null) => void write(override)
  }
}

export function FigureOverrideForm({ figure }: { figure: RegisterFigure }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { readOnly } = useWorkspace()
  const [value, setValue] = useState<number | null>(figure.override?.value ?? figure.value)
  const [reason, setReason] = useState('')
  const [missingReason, setMissingReason] = useState(false)
  const { saving, write } = useOverrideWriter(figure, () => setReason(''))

  if (readOnly) return null
  return (
    <section className="register-override" data-testid="register-override">
      <h4>{t('registers.override.title')}</h4>
      {figure.override && (
        <p data-testid="register-override-current">
          {t('registers.override.current', {
            by: figure.override.by,
            at: formatDateTime(figure.override.at, language),
            reason: figure.override.reason
          })}
        </p>
      )}
      <Space wrap align="start">
        <InputNumber
          aria-label={t('registers.override.value')}
          data-testid="register-override-value"
          value={value}
          min={0}
          onChange={(next) => setValue(typeof next === 'number' ? next : null)}
        />
        <Input.TextArea
          aria-label={t('registers.override.reason')}
          placeholder={t('registers.override.reason')}
          data-testid="register-override-reason"
          status={missingReason ? 'error' : undefined}
          autoSize={{ minRows: 1, maxRows: 4 }}
          style={{ width: 360 }}
          value={reason}
          maxLength={2000}
          onChange={(event) => {
            setReason(event.target.value)
            setMissingReason(false)
          }}
        />
        <Button
          type="primary"
          loading={saving}
          data-testid="register-override-save"
          onClick={() => {
            if (reason.trim() === '') setMissingReason(true)
            else write({ value, reason })
          }}
        >
          {t('registers.override.save')}
        </Button>
        {figure.override && (
          <Button
            loading={saving}
            onClick={() => write(null)}
            data-testid="register-override-restore"
          >
            {t('registers.override.restore')}
          </Button>
        )}
      </Space>
      {missingReason && (
        <p className="register-override-error" role="alert">
          {t('registers.override.reasonRequired')}
        </p>
      )}
    </section>
  )
}
