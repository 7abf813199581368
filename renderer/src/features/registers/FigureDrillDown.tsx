import { Modal, Table, type TableColumnsType } from 'antd'
import { startTransition, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EvaluationFactor } from '@shared/bank/factor'
import type { CountedRow, ExcludedRow } from '@shared/registers/compute'
import { describeExclusion } from '@shared/registers/labels'
import { useLanguage } from '../../i18n/useLanguage'
import { FigureOverrideForm } from './FigureOverrideForm'
import { figureRows } from './register-measurer'
import type { RegisterFigure } from './useRegisterFigures'

/** Rows a page shows: only they are fetched from the register worker (a figure can count 100,000). */
const PAGE_SIZE = 10

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
  // The modal and the figure first; the row tables and the override form (antd tables, a
  // text area that measures itself) in a second transition: two short tasks, not one long one.
  const [full, setFull] = useState(false)
  useEffect(() => startTransition(() => setFull(true)), [])
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
        {full && <DrillRows figure={figure} />}
      </div>
    </Modal>
  )
}

/** The counted rows, the excluded rows and the override form. */
function DrillRows({ figure }: { figure: RegisterFigure }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const ref = [
    { title: t('registers.drill.sheet'), dataIndex: 'sheet', width: 110 },
    { title: t('registers.drill.row'), dataIndex: 'row', width: 60 },
    { title: t('registers.drill.id'), dataIndex: 'id', width: 110 },
    { title: t('registers.drill.system'), dataIndex: 'system', width: 110 }
  ]
  return (
    <>
      <h4>{t('registers.drill.counted', { count: figure.counted })}</h4>
      <FigureRows<CountedRow>
        figure={figure}
        which="counted"
        testId="register-drill-counted"
        columns={[
          ...ref,
          { title: t('registers.drill.amount'), dataIndex: 'amount', render: shown }
        ]}
      />
      <h4>{t('registers.drill.excluded', { count: figure.excluded })}</h4>
      <FigureRows<ExcludedRow>
        figure={figure}
        which="excluded"
        testId="register-drill-excluded"
        columns={[
          ...ref,
          {
            title: t('registers.drill.reason'),
            key: 'reason',
            render: (_: unknown, r) => describeExclusion(r.register, r.reason, language)
          }
        ]}
      />
      <FigureOverrideForm figure={figure} />
    </>
  )
}

/** The counted or excluded rows of a figure, a page at a time from the register worker. */
function FigureRows<Row extends CountedRow | ExcludedRow>(props: {
  figure: RegisterFigure
  which: 'counted' | 'excluded'
  testId: string
  columns: TableColumnsType<Row>
}) {
  const { figure, which } = props
  const { key, measurement } = figure
  const total = figure[which]
  const [page, setPage] = useState(1)
  const [rows, setRows] = useState<{ of: string; page: number; rows: Row[] }>()
  useEffect(() => {
    let current = true
    const request = { measurement, key, which, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }
    void figureRows(request).then(
      (got) => current && setRows({ of: `${measurement}:${key}`, page, rows: got.rows as Row[] })
    )
    return () => {
      current = false
    }
  }, [key, measurement, which, page])
  const loaded = rows?.of === `${measurement}:${key}` && rows.page === page
  return (
    <Table<Row>
      data-testid={props.testId}
      size="small"
      rowKey={(r) => `${r.sheet}:${r.row}`}
      loading={!loaded && total > 0}
      dataSource={loaded ? rows.rows : []}
      pagination={{
        current: page,
        pageSize: PAGE_SIZE,
        total,
        showSizeChanger: false,
        onChange: setPage
      }}
      columns={props.columns}
    />
  )
}
