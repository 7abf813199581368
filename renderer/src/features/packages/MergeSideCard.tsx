import { PaperClipOutlined } from '@ant-design/icons'
import { Radio, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { MergeSide, MergeSideView } from '@shared/merge'
import { useLanguage } from '../../i18n/useLanguage'
import { formatDateTime } from '../audit/format-date'

interface MergeSideCardProps {
  side: MergeSide
  view: MergeSideView<unknown>
  value: string
  chosen: boolean
  onChoose: () => void
}

/** One side of a conflict: what it says, who and when, its comment and evidence; click to choose. */
export function MergeSideCard({ side, view, value, chosen, onChoose }: MergeSideCardProps) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const unknown = t('packages.merge.unknown')
  return (
    // The whole card chooses (a click anywhere); the radio inside carries focus and the keyboard.
    <div
      className={`merge-side merge-side-${side}${chosen ? ' merge-side-chosen' : ''}`}
      data-testid={`merge-side-${side}`}
      onClick={onChoose}
    >
      <div className="merge-side-head">
        <Radio checked={chosen} onChange={onChoose} data-testid={`merge-choose-${side}`}>
          <Typography.Text strong>{t(`packages.merge.${side}`)}</Typography.Text>
        </Radio>
      </div>
      <div className="merge-side-value" data-testid="merge-side-value">
        {value}
      </div>
      <dl className="merge-side-meta">
        <dt>{t('packages.merge.by')}</dt>
        <dd>{view.by ?? unknown}</dd>
        <dt>{t('packages.merge.at')}</dt>
        <dd>{view.at ? formatDateTime(view.at, language) : unknown}</dd>
        {view.comment && (
          <>
            <dt>{t('packages.merge.comment')}</dt>
            <dd className="merge-side-comment">{view.comment}</dd>
          </>
        )}
        {view.evidence.length > 0 && (
          <>
            <dt>{t('packages.merge.evidence')}</dt>
            <dd>
              {view.evidence.map((ref) => (
                <div key={ref.id}>
                  <PaperClipOutlined /> {ref.name}
                </div>
              ))}
            </dd>
          </>
        )}
      </dl>
    </div>
  )
}
