import { useTranslation } from 'react-i18next'
import type { EvaluationFactor } from '@shared/bank/factor'
import type { FactorResult, ScoringIssue } from '@shared/scoring'
import type { FactorRow } from '../../db/schema'
import { useLanguage } from '../../i18n/useLanguage'
import { useSaves } from '../workspace/saves-context'
import { FactorInputField } from './FactorInputField'
import { FactorOutcome } from './FactorOutcome'

interface FactorCardProps {
  factor: EvaluationFactor
  entry: FactorRow | undefined
  result: FactorResult | undefined
  issues: readonly ScoringIssue[]
  readOnly: boolean
}

/** One factor: its inputs (autosaved as typed), live outcome, entry-check errors, definition and basis. */
export function FactorCard({ factor, entry, result, issues, readOnly }: FactorCardProps) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const saves = useSaves()
  const breached = result?.redLinesBreached.length ?? 0
  // Entry checks (numerator ≤ denominator …) name the input they fault.
  const faulted = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.inputId))

  return (
    <article
      className="factor-card"
      data-testid={`factor-${factor.id}`}
      data-factor-id={factor.id}
      data-status={result?.status}
      data-red-line={breached > 0 ? 'true' : undefined}
    >
      <header className="factor-head">
        <span className="factor-id">{factor.id}</span>
        <h3>{factor.name[language]}</h3>
        <span className="q-mark" title={t(`questionnaire.question.sourceHint.${factor.source}`)}>
          {t(`questionnaire.question.source.${factor.source}`)}
        </span>
      </header>
      <div className="factor-body">
        <div className="factor-inputs">
          {factor.inputs.map((input) => (
            <FactorInputField
              key={input.id}
              factorId={factor.id}
              input={input}
              value={entry?.values[input.id] ?? null}
              invalid={faulted.has(input.id)}
              readOnly={readOnly}
              onValue={(value) =>
                saves.factors.change(factor.id, { values: { [input.id]: value } })
              }
            />
          ))}
        </div>
        <FactorOutcome factor={factor} result={result} />
      </div>
      {issues.length > 0 && (
        <ul className="q-issues">
          {issues.map((issue, i) => (
            <li key={i} className="q-issue" data-severity={issue.severity} data-code={issue.code}>
              <span className="q-issue-kind">{t(`factors.issues.${issue.severity}`)}</span>
              <span>{issue.message[language]}</span>
            </li>
          ))}
        </ul>
      )}
      <details className="factor-details">
        <summary>{t('factors.details')}</summary>
        <dl>
          <dt>{t('factors.definition')}</dt>
          <dd>{factor.definition[language]}</dd>
          {factor.basis && (
            <>
              <dt>{t('factors.basis')}</dt>
              <dd>{factor.basis[language]}</dd>
            </>
          )}
        </dl>
      </details>
    </article>
  )
}
