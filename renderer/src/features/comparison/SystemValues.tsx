import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { EvaluationFactor } from '@shared/bank/factor'
import type { SystemDelta } from '@shared/comparison'
import { formatFactorValue } from '../results/format'

/**
 * Under a per-system factor: each key system's value, previous → current, as the bank shows it.
 * Systems with no figure in either period are left out (a list of "— → —" tells a reader nothing).
 */
export function SystemValues(props: {
  factorId: string
  factor: EvaluationFactor | undefined
  systems: readonly SystemDelta[]
}) {
  const { t } = useTranslation()
  const measured = props.systems.filter((s) => s.previousValue !== null || s.currentValue !== null)
  const minutes = (value: string) => t('results.factors.minutes', { value })
  const shown = (value: number | null) =>
    props.factor === undefined
      ? String(value ?? '—')
      : formatFactorValue(props.factor, value, minutes)
  if (measured.length === 0) return null
  return (
    <ul
      data-testid={`systems-${props.factorId}`}
      style={{ margin: '4px 0 0', paddingInlineStart: 44 }}
    >
      {measured.map((s) => (
        <li key={s.systemId} data-system-id={s.systemId}>
          <Typography.Text type="secondary">
            {t('comparison.systemValue', {
              name: s.name,
              previous: shown(s.previousValue),
              current: shown(s.currentValue)
            })}
          </Typography.Text>
        </li>
      ))}
    </ul>
  )
}
