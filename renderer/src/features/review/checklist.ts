import type { BankIndex } from '@shared/bank/lookup'
import type { Locale } from '@shared/bank/primitives'
import type { ScoringIssue, ScoringResult } from '@shared/scoring'
import type { AnswerRow } from '../../db/schema'
import { factorHref, questionHref } from './jump-links'

export const CHECKLIST_GROUPS = [
  'unanswered',
  'errors',
  'warnings',
  'flagged',
  'unevidenced',
  'factors'
] as const
export type ChecklistGroup = (typeof CHECKLIST_GROUPS)[number]

export interface ChecklistItem {
  key: string
  /** The question or factor id; null for an issue about the assessment as a whole. */
  targetId: string | null
  /** The question text or factor name. */
  label: string
  /** The engine's message, or a short note; absent when the label says it all. */
  detail?: string
  href: string | null
}

export type Checklist = Record<ChecklistGroup, ChecklistItem[]>

interface ChecklistInput {
  result: ScoringResult
  answers: ReadonlyMap<string, AnswerRow>
  index: BankIndex
  assessmentId: string
  locale: Locale
  unevidencedDetail: (answered: number, scored: number) => string
}

/** Everything to resolve before finalizing, grouped, each item pointing at its question or factor. */
export function buildChecklist(input: ChecklistInput): Checklist {
  const { result, index, assessmentId, locale } = input
  const question = (id: string, key: string, detail?: string): ChecklistItem => {
    const entry = index.questions.get(id)
    return {
      key,
      targetId: id,
      label: entry?.question.text[locale] ?? id,
      detail,
      href: entry ? questionHref(assessmentId, entry.section.id, id) : null
    }
  }
  const factor = (id: string, key: string, detail?: string): ChecklistItem => ({
    key,
    targetId: id,
    label: index.factors.get(id)?.name[locale] ?? id,
    detail,
    href: factorHref(assessmentId, id)
  })
  const issue = (item: ScoringIssue, i: number): ChecklistItem => {
    const key = `${item.severity}-${i}`
    const detail = item.message[locale]
    const questionId = item.questionIds[0]
    if (questionId) return question(questionId, key, detail)
    const factorId = item.factorIds[0]
    if (factorId) return factor(factorId, key, detail)
    return { key, targetId: null, label: detail, href: null }
  }
  const visible = new Set(result.questions.filter((q) => q.visible).map((q) => q.id))

  return {
    unanswered: result.questions
      .filter((q) => q.required && q.flags.includes('unanswered'))
      .map((q) => question(q.id, q.id)),
    errors: result.errors.map(issue),
    warnings: result.warnings.map(issue),
    flagged: [...input.answers.values()]
      .filter((answer) => answer.flagged && visible.has(answer.questionId))
      .sort(
        (a, b) =>
          (index.questions.get(a.questionId)?.order ?? 0) -
          (index.questions.get(b.questionId)?.order ?? 0)
      )
      .map((answer) => question(answer.questionId, answer.questionId)),
    unevidenced: result.questions.flatMap((q) =>
      q.unevidenced
        ? [
            question(
              q.id,
              q.id,
              input.unevidencedDetail(q.unevidenced.answeredLevel, q.unevidenced.scoredAsLevel)
            )
          ]
        : []
    ),
    factors: result.factors.filter((f) => !f.complete).map((f) => factor(f.id, f.id))
  }
}

export const openItemCount = (checklist: Checklist): number =>
  CHECKLIST_GROUPS.reduce((sum, group) => sum + checklist[group].length, 0)
