import { useSectionTranslation } from './section-translation'
import { QAction } from './QAction'

/** "Carried over — confirm": the answer came from the previous period and awaits a look. */
export function CarriedOverNotice({
  readOnly,
  onConfirm
}: {
  readOnly: boolean
  onConfirm: () => void
}) {
  const { t } = useSectionTranslation()
  return (
    <div
      className="q-carried"
      data-testid="carried-over"
      title={t('questionnaire.carriedOver.detail')}
    >
      <strong>{t('questionnaire.carriedOver.notice')}</strong>
      <QAction disabled={readOnly} onClick={onConfirm}>
        {t('questionnaire.carriedOver.confirm')}
      </QAction>
    </div>
  )
}
