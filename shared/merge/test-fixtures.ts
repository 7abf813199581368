import type { Answer, Assessment } from '../assessment/assessment'
import { miniAssessment, miniBank } from '../testing'
import { bankContentHash } from '../bank/identity'

/** Test helpers for merges: two copies of the mini-bank assessment that tests then diverge. */
export const MINI_BANK_HASH = bankContentHash(miniBank)

/** A fresh copy of the mini assessment (the lead's copy before anyone diverges). */
export function baseCopy(): Assessment {
  return JSON.parse(JSON.stringify(miniAssessment(MINI_BANK_HASH))) as Assessment
}

/** The copy with one answer replaced (or added) by `patch` applied to it. */
export function withAnswer(
  assessment: Assessment,
  questionId: string,
  patch: Partial<Answer> | null
): Assessment {
  const existing = assessment.answers.find((a) => a.questionId === questionId)
  const rest = assessment.answers.filter((a) => a.questionId !== questionId)
  if (patch === null) return { ...assessment, answers: rest }
  const answer: Answer = {
    questionId,
    value: null,
    evidence: [],
    flagged: false,
    carriedOver: false,
    ...existing,
    ...patch
  }
  return { ...assessment, answers: [...rest, answer] }
}

export const LEAD = { by: '王芳', at: '2025-07-20T09:00:00+08:00' }
