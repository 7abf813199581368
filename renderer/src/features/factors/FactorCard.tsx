import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { KeySystem } from '@shared/assessment/assessment'
import type { EvaluationFactor } from '@shared/bank/factor'
import type { FactorResult, ScoringIssue } from '@shared/scoring'
import type { FactorRow } from '../../db/schema'
import { useLanguage } from '../../i18n/useLanguage'
import { RegisterFigureList } from '../registers/RegisterFigureList'
import type { RegisterFigure } from '../registers/useRegisterFigures'
import { useSaves } from '../workspace/saves-context'
import { FactorInputField } from './FactorInputField'
import { FactorOutcome } from './FactorOutcome'
import { SystemFactorTable } from './SystemFactorTable'
import { ScoringIssueItems } from '../questionnaire/IssueList'

interface FactorCardProps {
  assessmentId: string
  systems: readonly KeySystem[]
  factor: EvaluationFactor
  entry: FactorRow | undefined
  result: FactorResult | undefined
  issues: readonly ScoringIssue[]
  readOnly: boolean
  /** The figures measured from the registers: typed only through an override with a reason. */
  registerFigures: readonly RegisterFigure[]
}

/**
 * One factor: its inputs (autosaved as typed), live outcome, entry-check errors, definition and
 * basis. Memoised on what it shows, so a write (a register import, one typed figure) re-renders
 * only the cards it changes.
 */
export const FactorCard = memo(function FactorCard(props: FactorCardProps) {
  const { factor, entry, result, issues, readOnly } = props
  const { t } = useTranslation()
  const { language } = useLanguage()
  const saves = useSaves()
  const breached = result?.redLines.filter((line) => line.status === 'breached') ?? []
  const redLine = breached.some((line) => line.class === 'regulatory')
    ? 'true'
    : breached.length > 0
      ? 'internal'
      : undefined
  // Entry checks (numerator ≤ denominator …) name the input they fault (and the system).
  const { faulted, faultedBySystem } = faultedInputs(issues)
  const fromRegisters = new Set(props.registerFigures.map((f) => f.key))

  return (
    <article
      className="factor-card"
      data-testid={`factor-${factor.id}`}
      data-factor-id={factor.id}
      data-status={result?.status}
      data-red-line={redLine}
      data-per-system={factor.perSystem ? 'true' : undefined}
    >
      <header className="factor-head">
        <span className="factor-id">{factor.id}</span>
        <h3>{factor.name[language]}</h3>
        <span className="q-mark" title={t(`questionnaire.question.sourceHint.${factor.source}`)}>
          {t(`questionnaire.question.source.${factor.source}`)}
        </span>
      </header>
      <div className="factor-body">
        {factor.perSystem ? (
          <SystemFactorTable
            assessmentId={props.assessmentId}
            factor={factor}
            perSystem={factor.perSystem}
            systems={props.systems}
            entry={entry}
            result={result}
            faulted={faultedBySystem}
            readOnly={readOnly}
            fromRegisters={fromRegisters}
            onValue={(systemId, inputId, value) =>
              saves.factors.change(factor.id, { bySystem: { [systemId]: { [inputId]: value } } })
            }
          />
        ) : (
          <div className="factor-inputs">
            {factor.inputs.map((input) => (
              <FactorInputField
                // A figure from the registers changes underneath the (uncontrolled) field: remount.
                key={
                  fromRegisters.has(`${factor.id}.${input.id}`)
                    ? `${input.id}=${entry?.values[input.id]}`
                    : input.id
                }
                factorId={factor.id}
                input={input}
                value={entry?.values[input.id] ?? null}
                invalid={faulted.has(input.id)}
                readOnly={readOnly || fromRegisters.has(`${factor.id}.${input.id}`)}
                onValue={(value) =>
                  saves.factors.change(factor.id, { values: { [input.id]: value } })
                }
              />
            ))}
          </div>
        )}
        <FactorOutcome factor={factor} result={result} />
      </div>
      {props.registerFigures.length > 0 && (
        <RegisterFigureList factor={factor} figures={props.registerFigures} />
      )}
      <FactorIssues issues={issues} />
      <FactorFacts factor={factor} />
    </article>
  )
}, sameCardProps)

const sameContent = (a: unknown, b: unknown): boolean =>
  a === b || JSON.stringify(a) === JSON.stringify(b)

/**
 * Stored rows, scoring results and measured figures are fresh objects after every write (and
 * small): a card re-renders only when what it shows changed.
 */
function sameCardProps(a: FactorCardProps, b: FactorCardProps): boolean {
  return (
    a.factor === b.factor &&
    a.assessmentId === b.assessmentId &&
    a.readOnly === b.readOnly &&
    sameContent(a.issues, b.issues) &&
    sameContent(a.systems, b.systems) &&
    sameContent(a.entry, b.entry) &&
    sameContent(a.result, b.result) &&
    sameContent(a.registerFigures, b.registerFigures)
  )
}

/** Which inputs the entry checks fault: of the factor as a whole, and per system. */
function faultedInputs(issues: readonly ScoringIssue[]): {
  faulted: ReadonlySet<string | null>
  faultedBySystem: ReadonlyMap<string, ReadonlySet<string>>
} {
  const errors = issues.filter((i) => i.severity === 'error')
  const faulted = new Set(errors.filter((i) => i.systemId === null).map((i) => i.inputId))
  const faultedBySystem = new Map<string, Set<string>>()
  for (const issue of errors) {
    if (issue.systemId === null || issue.inputId === null) continue
    const set = faultedBySystem.get(issue.systemId) ?? new Set<string>()
    set.add(issue.inputId)
    faultedBySystem.set(issue.systemId, set)
  }
  return { faulted, faultedBySystem }
}

/** The entry checks' errors and warnings on the factor, in the app's language. */
function FactorIssues({ issues }: { issues: readonly ScoringIssue[] }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  if (issues.length === 0) return null
  return (
    <ul className="q-issues">
      <ScoringIssueItems
        issues={issues}
        kind={(severity) => t(`factors.issues.${severity}`)}
        language={language}
      />
    </ul>
  )
}

/** The factor's definition and basis, folded away until asked for. */
function FactorFacts({ factor }: { factor: EvaluationFactor }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return (
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
  )
}
