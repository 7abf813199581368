import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { EvaluationFactor } from '@shared/bank/factor'
import type { FactorResult } from '@shared/scoring'
import { formatFactorValue } from './format'
import { ColumnHeads } from '../../components/ColumnHeads'

/** Under a factor's value: the system that sets it, and "n of N" with the small-sample mark. */
export function FactorValueNotes({ result }: { result: FactorResult }) {
  const { t } = useTranslation()
  const binding = result.systems?.find((s) => s.systemId === result.combination?.bindingSystemId)
  const sample = result.sample
  return (
    <>
      {binding && (
        <div className="result-note" data-testid={`result-binding-${result.id}`}>
          {t('results.factors.binding', { name: binding.name })}
        </div>
      )}
      {sample && (
        <div className="result-note" data-testid={`result-sample-${result.id}`}>
          {t('results.factors.sample', { n: sample.n, N: sample.N })}
          {sample.small && (
            <Tag className="result-small-sample">
              {t(sample.bandedByMisses ? 'results.factors.smallByMisses' : 'results.factors.small')}
            </Tag>
          )}
        </div>
      )}
    </>
  )
}

/** Each key system's own figure of a per-system factor, next to the combined one above it. */
export function SystemFigures({
  factor,
  result
}: {
  factor: EvaluationFactor
  result: FactorResult
}) {
  const { t } = useTranslation()
  const minutes = (value: string) => t('results.factors.minutes', { value })
  const systems = result.systems ?? []
  const rule = result.combination?.rule
  return (
    <table className="result-systems" data-testid={`result-systems-${factor.id}`}>
      <caption>
        {rule && t('results.factors.perSystem', { rule: t(`systems.rules.${rule}`) })}
      </caption>
      <ColumnHeads
        columns={[
          { key: 'system', label: t('systems.factorTable.system') },
          { key: 'class', label: t('systems.columns.class') },
          { key: 'value', label: t('results.factors.value') },
          { key: 'band', label: t('results.factors.band') }
        ]}
      />
      <tbody>
        {systems.map((system) => (
          <tr
            key={system.systemId}
            data-testid={`result-system-${factor.id}-${system.systemId}`}
            data-binding={system.systemId === result.combination?.bindingSystemId || undefined}
          >
            <th scope="row">{system.name}</th>
            <td>
              {system.class === null
                ? '—'
                : t(`systems.classes.${system.class as 1 | 2 | 3 | 4 | 5}`)}
            </td>
            <td>
              {system.value === null
                ? t(`factors.status.${system.status}`)
                : formatFactorValue(factor, system.value, minutes)}
            </td>
            <td>{system.band ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
