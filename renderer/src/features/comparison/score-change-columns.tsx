import type { TableColumnsType } from 'antd'
import type { TFunction } from 'i18next'
import { formatScore } from '@shared/scoring'
import { DeltaText } from './DeltaText'

/** A compared row's score in each period and its change. */
interface ScoreChange {
  previous: number | null
  current: number | null
  delta: number | null
}

/**
 * The last three columns of a comparison table: the previous and current scores, right-aligned,
 * and the signed change (with `deltaTestId`, each change carries that data-testid).
 */
export function scoreChangeColumns<R extends ScoreChange>(
  t: TFunction,
  widths: { score: number; delta: number },
  deltaTestId?: (row: R) => string
): TableColumnsType<R> {
  const score = (key: 'previous' | 'current', title: string) => ({
    title,
    key,
    align: 'right' as const,
    width: widths.score,
    render: (_: unknown, row: R) => formatScore(row[key])
  })
  return [
    score('previous', t('comparison.columns.previous')),
    score('current', t('comparison.columns.current')),
    {
      title: t('comparison.columns.delta'),
      key: 'delta',
      align: 'right',
      width: widths.delta,
      render: (_, row) => <DeltaText delta={row.delta} testId={deltaTestId?.(row)} />
    }
  ]
}
