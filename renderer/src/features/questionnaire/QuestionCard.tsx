import { memo, useCallback } from 'react'
import type { MaturityAnchors, Question } from '@shared/bank/question'
import type { Locale, RegulatoryDocument } from '@shared/bank/primitives'
import type { QuestionResult, ScoringIssue } from '@shared/scoring'
import type { AnswerChange } from '../../db/repos/answers'
import type { AnswerRow } from '../../db/schema'
import { usePendingAnswer, useSaves } from '../workspace/saves-context'
import { AnswerInput } from './AnswerInput'
import { answerView } from './answer-view'
import { CarriedOverNotice } from './CarriedOverNotice'
import { IssueList } from './IssueList'
import { NaJustification } from './NaJustification'
import { QuestionFooter } from './QuestionFooter'
import { QuestionHeader } from './QuestionHeader'
import { sameIssues } from './question-issues'
import { useEvidenceActions } from './useEvidenceActions'
import { useEvidenceDrop } from './useEvidenceDrop'

export interface QuestionCardProps {
  question: Question
  stored: AnswerRow | undefined
  result: QuestionResult | undefined
  issues: readonly ScoringIssue[]
  defaultAnchors: MaturityAnchors
  references: ReadonlyMap<string, RegulatoryDocument>
  readOnly: boolean
  language: Locale
}

/**
 * One question: what it asks, its guidance and anchors, the answer input for its type, N/A,
 * errors and warnings, comment, evidence and the review flag. Writes go straight to autosave.
 * Memoised on what it shows, so answering one question re-renders only that one.
 */
export const QuestionCard = memo(function QuestionCard(props: QuestionCardProps) {
  const { question, stored, readOnly, language } = props
  const saves = useSaves()
  const view = answerView(stored, usePendingAnswer(question.id))
  const set = useCallback(
    (change: AnswerChange) => saves.answers.change(question.id, change),
    [saves, question.id]
  )
  const evidence = useEvidenceActions(question.id)
  // Ctrl+V of a screenshot, or files dropped, anywhere on the card: evidence for this question.
  const drop = useEvidenceDrop(question.id, evidence, readOnly)

  return (
    <section
      className="q-card"
      data-testid={`question-${question.id}`}
      data-question-id={question.id}
      data-question-type={question.type}
      data-flagged={view.flagged ? 'true' : undefined}
      data-drop-active={drop.dragging ? 'true' : undefined}
      tabIndex={-1}
      aria-labelledby={`q-text-${question.id}`}
      {...drop.handlers}
    >
      <QuestionHeader question={question} references={props.references} language={language} />
      <div className="q-body">
        {view.carriedOver && (
          <CarriedOverNotice readOnly={readOnly} onConfirm={() => set({ carriedOver: false })} />
        )}
        <div className="q-answer">
          <AnswerInput
            question={question}
            view={view}
            defaultAnchors={props.defaultAnchors}
            readOnly={readOnly}
            language={language}
            set={set}
          />
        </div>
        {view.na && (
          <NaJustification
            questionId={question.id}
            justification={view.na.justification}
            readOnly={readOnly}
            set={set}
          />
        )}
        <IssueList
          issues={props.issues}
          unevidenced={props.result?.unevidenced ?? null}
          language={language}
        />
        <QuestionFooter
          questionId={question.id}
          view={view}
          readOnly={readOnly}
          set={set}
          actions={evidence}
        />
      </div>
    </section>
  )
}, sameCardProps)

/**
 * Stored rows and scoring results are fresh objects after every write; a card only needs to
 * re-render when its own answer (its stamp), its issues or its evidence-gate note changed.
 */
function sameCardProps(a: QuestionCardProps, b: QuestionCardProps): boolean {
  return (
    a.question === b.question &&
    a.readOnly === b.readOnly &&
    a.language === b.language &&
    a.defaultAnchors === b.defaultAnchors &&
    a.references === b.references &&
    a.stored?.answeredAt === b.stored?.answeredAt &&
    (a.stored === undefined) === (b.stored === undefined) &&
    a.result?.unevidenced?.scoredAsLevel === b.result?.unevidenced?.scoredAsLevel &&
    sameIssues(a.issues, b.issues)
  )
}
