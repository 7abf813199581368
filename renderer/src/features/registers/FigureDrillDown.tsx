import { Modal, Table } from 'antd'
import { useTranslation } from 'react-i18next'
import type { EvaluationFactor } from '@shared/bank/factor'
import type { CountedRow, ExcludedRow } from '@shared/registers/compute'
import { describeExclusion } from '@shared/registers/labels'
import { useLanguage } from '../../i18n/useLanguage'
import { FigureOverrideForm } from './FigureOverrideForm'
import type { RegisterFigure } from './useRegisterFigures'

/** Rows a table shows at once; the rest is counted, not rendered (a register can hold 100,000). */
const SHOWN = 500

const shown = (value: number | null): string =>
  value === null ? '—' : String(Math.round(value * 1000) / 1000)

/** One figure's rows: every counted row (what it adds) and every excluded row (why), then the override. */
export function FigureDrillDown(props: {
  factor: EvaluationFactor
  figure: RegisterFigure
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { factor, figure } = props
  const input = factor.inputs.find((i) => i.id === figure.inputId)
  const where = figure.systemName ?? t('registers.source.allSystems')
  const ref = [
    { title: t('registers.drill.sheet'), dataIndex: 'sheet', width: 110 },
    { title: t('registers.drill.row'), dataIndex: 'row', width: 60 },
    { title: t('registers.drill.id'), dataIndex: 'id', width: 110 },
    { title: t('registers.drill.system'), dataIndex: 'system', width: 110 }
  ]
  return (
    <Modal
      open
      width={880}
      footer={null}
      onCancel={props.onClose}
      title={`${t('registers.drill.title', {
        factor: `${factor.id} ${factor.name[language]}`,
        input: input?.label[language] ?? figure.inputId
      })} · ${where}`}
    >
      <div data-testid="register-drill">
        <p className="register-drill-value">
          {t('registers.drill.registerValue')}：
          <strong data-testid="register-drill-value">{shown(figure.value)}</strong>{' '}
          {input?.unit[language]}
        </p>
        <h4>{t('registers.drill.counted', { count: figure.rows.counted.length })}</h4>
        <Table<CountedRow>
          data-testid="register-drill-counted"
          size="small"
          rowKey={(r) => `${r.sheet}:${r.row}`}
          dataSource={figure.rows.counted.slice(0, SHOWN)}
          pagination={{ pageSize: 10, showSizeChanger: false }}
          columns={[
            ...ref,
            { title: t('registers.drill.amount'), dataIndex: 'amount', render: shown }
          ]}
        />
        <Capped total={figure.rows.counted.length} />
        <h4>{t('registers.drill.excluded', { count: figure.rows.excluded.length })}</h4>
        <Table<ExcludedRow>
          data-testid="register-drill-excluded"
          size="small"
          rowKey={(r) => `${r.sheet}:${r.row}`}
          dataSource={figure.rows.excluded.slice(0, SHOWN)}
          pagination={{ pageSize: 10, showSizeChanger: false }}
          columns={[
            ...ref,
            {
              title: t('registers.drill.reason'),
              key: 'reason',
              render: (_: unknown, r) => describeExclusion(r.register, r.reason, language)
            }
          ]}
        />
        <Capped total={figure.rows.excluded.length} />
        <FigureOverrideForm figure={figure} />
      </div>
    </Modal>
  )
}

function Capped({ total }: { total: number }) {
  const { t } = useTranslation()
  if (total <= SHOWN) return null
  return (
    <p className="register-drill-capped">{t('registers.drill.shownOf', { shown: SHOWN, total })}</p>
  )
}
