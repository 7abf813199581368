import { Card, Table, Tag } from 'antd'
import type { TableColumnsType } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Bank } from '@shared/bank/bank'
import type { BankIndex } from '@shared/bank/lookup'
import type { Locale } from '@shared/bank/primitives'
import type { Comparison, ScoreDelta, SystemDelta } from '@shared/comparison'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'
import { scoreChangeColumns } from './score-change-columns'
import { SystemValues } from './SystemValues'

type Kind = 'overall' | 'factorIndex' | 'pillar' | 'section' | 'factor'
interface Row extends ScoreDelta {
  key: string
  kind: Kind
  name: string
  /** A per-system factor: each key system's value in both periods. */
  systems?: SystemDelta[] | null
}

/** The table's rows: overall and factor index, pillars each followed by its sections, factors. */
function deltaRows(
  comparison: Comparison,
  bank: Bank,
  index: BankIndex,
  language: Locale,
  names: { overall: string; factorIndex: string }
): Row[] {
  const byId = (list: readonly ScoreDelta[]) => new Map(list.map((d) => [d.id, d]))
  const pillars = byId(comparison.pillars)
  const sections = byId(comparison.sections)
  const out: Row[] = [
    { ...comparison.overall, key: 'overall', kind: 'overall', name: names.overall },
    { ...comparison.factorIndex, key: 'factorIndex', kind: 'factorIndex', name: names.factorIndex }
  ]
  for (const pillar of bank.pillars) {
    const p = pillars.get(pillar.id)
    if (p) out.push({ ...p, key: p.id, kind: 'pillar', name: pillar.title[language] })
    for (const section of pillar.sections) {
      const s = sections.get(section.id)
      if (s) out.push({ ...s, key: s.id, kind: 'section', name: section.title[language] })
    }
  }
  // Across a bank upgrade: pillars and sections only the previous bank has, by their ids.
  for (const [kind, list] of [
    ['pillar', comparison.pillars],
    ['section', comparison.sections]
  ] as const)
    for (const d of list) if (d.only === 'previous') out.push({ ...d, key: d.id, kind, name: '' })
  for (const f of comparison.factors)
    out.push({
      ...f,
      key: f.id,
      kind: 'factor',
      name: index.factors.get(f.id)?.name[language] ?? f.id
    })
  return out
}

/** Overall, factor index, every pillar with its sections/processes, then every factor: previous, current, change. */
export function ScoreDeltaTable({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { bank, index } = useWorkspace()
  const rows = useMemo(
    () =>
      deltaRows(comparison, bank, index, language, {
        overall: t('comparison.overall'),
        factorIndex: t('comparison.factorIndex')
      }),
    [comparison, bank, index, language, t]
  )

  const columns: TableColumnsType<Row> = [
    {
      title: t('comparison.columns.node'),
      key: 'name',
      render: (_, row) =>
        row.kind === 'overall' || row.kind === 'factorIndex' ? (
          <strong>{row.name}</strong>
        ) : (
          <span style={row.kind === 'section' ? { paddingLeft: 20 } : undefined}>
            <Tag>{t(`comparison.kinds.${row.kind}`)}</Tag>
            {row.only !== undefined && (
              <Tag color="gold" data-testid={`only-${row.key}`}>
                {t(`comparison.only.${row.only}`)}
              </Tag>
            )}
            {row.kind === 'pillar' ? (
              <strong>{`${row.id} ${row.name}`}</strong>
            ) : (
              `${row.id} ${row.name}`
            )}
            {row.systems && (
              <SystemValues
                factorId={row.id}
                factor={index.factors.get(row.id)}
                systems={row.systems}
              />
            )}
          </span>
        )
    },
    ...scoreChangeColumns<Row>(t, { score: 100, delta: 110 }, (row) => `delta-${row.key}`)
  ]
  return (
    <Card title={t('comparison.scores')} size="small">
      <Table<Row>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        data-testid="comparison-scores"
      />
    </Card>
  )
}
