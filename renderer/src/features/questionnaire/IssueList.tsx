import { useSectionTranslation } from './section-translation'
import type { Locale } from '@shared/bank/primitives'
import type { ScoringIssue, UnevidencedNote } from '@shared/scoring'

/**
 * Hard errors (invalid data, treated as unanswered) and soft warnings (worth a second look) the
 * scoring engine raised for this question, in the interface language.
 */
export function IssueList(props: {
  issues: readonly ScoringIssue[]
  unevidenced: UnevidencedNote | null
  language: Locale
}) {
  const { t } = useSectionTranslation()
  const { issues, unevidenced, language } = props
  // The evidence rule's warning already says the level is scored lower; show the gate's note only alone.
  const showGate = unevidenced !== null && !issues.some((i) => i.severity === 'warning')
  if (issues.length === 0 && !showGate) return null
  return (
    <ul className="q-issues">
      <ScoringIssueItems
        issues={issues}
        kind={(severity) => t(`questionnaire.issues.${severity}`)}
        language={language}
      />
      {showGate && (
        <li className="q-issue" data-severity="warning" data-code="unevidenced">
          <span className="q-issue-kind">{t('questionnaire.issues.warning')}</span>
          <span>{unevidenced.text[language]}</span>
        </li>
      )}
    </ul>
  )
}

/** Scoring issues as items of a `q-issues` list: each one's kind (error, warning) and message. */
export function ScoringIssueItems({
  issues,
  kind,
  language
}: {
  issues: readonly ScoringIssue[]
  kind: (severity: ScoringIssue['severity']) => string
  language: Locale
}) {
  return issues.map((issue, i) => (
    <li key={i} className="q-issue" data-severity={issue.severity} data-code={issue.code}>
      <span className="q-issue-kind">{kind(issue.severity)}</span>
      <span>{issue.message[language]}</span>
    </li>
  ))
}
