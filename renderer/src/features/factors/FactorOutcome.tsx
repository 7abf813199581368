import { useTranslation } from 'react-i18next'
import type { EvaluationFactor } from '@shared/bank/factor'
import { formatScore, type FactorResult } from '@shared/scoring'
import { useLanguage } from '../../i18n/useLanguage'
import { formatFactorValue } from '../results/format'

interface FactorOutcomeProps {
  factor: EvaluationFactor
  /** The factor's result in the live scoring; undefined while it is computed. */
  result: FactorResult | undefined
}

/** The factor's live value, band, score and target, pass or fail, and its red lines. */
export function FactorOutcome({ factor, result }: FactorOutcomeProps) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const minutes = (value: string) => t('factors.minutes', { value })
  const ok = result?.status === 'ok'
  const target = factor.targetLabel?.[language] ?? formatFactorValue(factor, factor.target, minutes)
  const binding = result?.systems?.find((s) => s.systemId === result.combination?.bindingSystemId)
  const sample = ok ? result.sample : null

  return (
    <div className="factor-outcome" aria-live="polite">
      <dl className="factor-figures">
        <div>
          <dt>{t('factors.value')}</dt>
          <dd data-testid={`factor-value-${factor.id}`}>
            {ok ? formatFactorValue(factor, result.value, minutes) : '—'}
          </dd>
          {binding && (
            <dd className="factor-binding" data-testid={`factor-binding-${factor.id}`}>
              {t('factors.binding', { name: binding.name })}
            </dd>
          )}
          {sample && (
            <dd className="factor-sample" data-testid={`factor-sample-${factor.id}`}>
              {t('factors.sample', { n: sample.n, N: sample.N })}
            </dd>
          )}
        </div>
        <div>
          <dt>{t('factors.band')}</dt>
          <dd data-testid={`factor-band-${factor.id}`}>{result?.band ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('factors.score')}</dt>
          <dd data-testid={`factor-score-${factor.id}`}>{formatScore(result?.score)}</dd>
        </div>
        <div>
          <dt>{t('factors.target')}</dt>
          <dd data-testid={`factor-target-${factor.id}`}>{target}</dd>
        </div>
      </dl>
      <FactorVerdict factor={factor} result={result} />
    </div>
  )
}

/** Pass or fail (or why there is no figure), the small-sample mark and the breached red lines. */
function FactorVerdict({ factor, result }: FactorOutcomeProps) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const ok = result?.status === 'ok'
  const sample = ok ? result.sample : null
  const breached = result?.redLines.filter((r) => r.status === 'breached') ?? []
  return (
    <div
      className="factor-verdict"
      data-testid={`factor-verdict-${factor.id}`}
      data-pass={ok ? String(result.pass) : undefined}
    >
      {ok ? (
        <span className="factor-tag" data-tone={result.pass ? 'good' : 'bad'}>
          {t(result.pass ? 'factors.pass' : 'factors.fail')}
        </span>
      ) : (
        <span
          className="factor-tag"
          data-tone={result?.status === 'missingInputs' ? 'idle' : 'bad'}
        >
          {t(`factors.status.${result?.status ?? 'missingInputs'}`)}
        </span>
      )}
      {sample?.small && (
        <span
          className="factor-tag"
          data-tone="idle"
          data-testid={`factor-small-sample-${factor.id}`}
        >
          {t(sample.bandedByMisses ? 'factors.smallSampleByMisses' : 'factors.smallSample', {
            minN: sample.minN,
            misses: sample.misses
          })}
        </span>
      )}
      {breached.map((line) => (
        <span
          key={line.id}
          className="factor-tag"
          data-tone={line.class === 'internal' ? 'internal' : 'red-line'}
          data-testid="red-line"
          data-red-line-class={line.class}
        >
          {t(
            line.class === 'internal'
              ? 'factors.internalRedLineBreached'
              : 'factors.redLineBreached',
            {
              message: line.message[language]
            }
          )}
        </span>
      ))}
    </div>
  )
}
