import type { Question } from './question'

/** Whether a question of this shape contributes an item score. */
export function isScoredQuestion(question: Question): boolean {
  switch (question.type) {
    case 'maturity':
    case 'yesPartialNo':
    case 'singleChoice':
    case 'multiChoice':
      return true
    case 'number':
    case 'percentage':
    case 'date':
      return question.scoring !== undefined
    case 'text':
    case 'evidence':
      return false
  }
}
