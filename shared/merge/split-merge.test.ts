import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultBank } from '../testing/default-bank'
import type { Answer, Assessment } from '../assessment/assessment'
import { validateAssessmentAgainstBank } from '../assessment'
import { indexBank } from '../bank'
import { generateSampleAssessment } from '../sample'
import { answerContent, isEmptyAnswer, sameContent } from './content'
import { applyMerge } from './apply'
import { isEmptyPlan, planMerge } from './plan'
import { resolveAll } from './sections'
import type { MergePlan, MergeSide } from './types'

const bank = defaultBank()
const index = indexBank(bank)
const pillarOf = (questionId: string): string => index.questions.get(questionId)!.pillar.id

/** Theirs' rework of an answer both copies hold: another comment, and another level if maturity. */
function rework(answer: Answer): Answer {
  const type = index.questions.get(answer.questionId)!.question.type
  const value =
    type === 'maturity' && typeof answer.value === 'number' ? (answer.value + 1) % 5 : answer.value
  return {
    ...answer,
    value,
    comment: `${answer.comment ?? ''}（李娜复核）`,
    answeredBy: '李娜',
    answeredAt: '2025-07-19T10:00:00+08:00'
  }
}

/**
 * Two assessors split one assessment by pillar: mine holds pillars A and B, theirs pillar C, and
 * each also holds a random share of the other's pillars, which theirs sometimes reworked.
 */
function splitCopies(seed: number, overlap: number, reworkShare: number) {
  const full = generateSampleAssessment(bank, { seed })
  const pick = (i: number, share: number): boolean => ((i * 2654435761 + seed) >>> 0) % 100 < share
  const mine: Assessment = {
    ...full,
    answers: full.answers.filter((a, i) => pillarOf(a.questionId) !== 'C' || pick(i, overlap))
  }
  const theirs: Assessment = {
    ...full,
    answers: full.answers
      .filter((a, i) => pillarOf(a.questionId) === 'C' || pick(i + 7, overlap))
      .map((a, i) => (pick(i + 13, reworkShare) ? rework(a) : a))
  }
  return { mine, theirs }
}

function planned(mine: Assessment, theirs: Assessment): MergePlan {
  const result = planMerge(mine, theirs)
  if (!result.ok) throw new Error(result.message)
  return result.plan
}

const lead = { by: '王芳', at: '2025-07-20T09:00:00+08:00' }

describe('merge of a pillar split (default bank, generated assessments)', () => {
  it('gives each question the chosen side, keeps valid, and a second merge changes nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom<MergeSide>('mine', 'theirs'),
        (seed, overlap, reworkShare, side) => {
          const { mine, theirs } = splitCopies(seed, overlap, reworkShare)
          const plan = planned(mine, theirs)
          const merged = applyMerge(mine, plan, resolveAll(plan, side), lead)
          const mineById = new Map(mine.answers.map((a) => [a.questionId, a]))
          const theirsById = new Map(theirs.answers.map((a) => [a.questionId, a]))
          for (const answer of merged.answers) {
            const own = mineById.get(answer.questionId)
            const other = theirsById.get(answer.questionId)
            const expected =
              own === undefined || isEmptyAnswer(own)
                ? other
                : other === undefined || isEmptyAnswer(other) || side === 'mine'
                  ? own
                  : other
            expect(answer).toEqual(expected)
          }
          const questions = new Set([...mineById.keys(), ...theirsById.keys()])
          expect(merged.answers.length).toBe(questions.size)
          expect(validateAssessmentAgainstBank(merged, bank)).toEqual([])
          const resolutionEntries = merged.auditLog.filter(
            (e) => e.action === 'assessment.merge' && e.target !== 'assessment'
          )
          expect(resolutionEntries.length).toBe(plan.conflicts.length)
          const again = planned(merged, theirs)
          expect(isEmptyPlan(again)).toBe(true)
          expect(again.settled.length).toBe(side === 'mine' ? plan.conflicts.length : 0)
          for (const conflict of plan.conflicts)
            expect(
              conflict.kind !== 'answer' ||
                !sameContent(answerContent(conflict.mine.item), answerContent(conflict.theirs.item))
            ).toBe(true)
        }
      ),
      { numRuns: 25 }
    )
  })
})
