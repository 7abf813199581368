import { issueText } from '../../util/issue-codes'
import type { BankContext } from './context'

/**
 * Bands are tried best first: every threshold but the last is a number, the last is null
 * (catch-all), and each threshold is stricter than the next — strictly falling when higher is
 * better, strictly rising when lower is better — or a band could never be reached.
 * Used for factor bands and numeric question scoring alike.
 */
export function checkThresholds(
  ctx: BankContext,
  thresholds: Array<number | null>,
  direction: 'higher' | 'lower',
  path: string
): void {
  const last = thresholds.length - 1
  thresholds.forEach((threshold, i) => {
    if (i === last && threshold !== null) {
      ctx.add(`${path}[${i}].threshold`, issueText('bank.lastThresholdNotNull'))
    }
    if (i < last && threshold === null) {
      ctx.add(`${path}[${i}].threshold`, issueText('bank.nullThresholdNotLast'))
    }
  })
  for (let i = 1; i < last; i++) {
    const previous = thresholds[i - 1]
    const current = thresholds[i]
    if (previous == null || current == null) continue
    const ordered = direction === 'higher' ? current < previous : current > previous
    if (!ordered) {
      ctx.add(
        `${path}[${i}].threshold`,
        issueText(direction === 'higher' ? 'bank.thresholdsMustFall' : 'bank.thresholdsMustRise', {
          current,
          previous
        })
      )
    }
  }
}

export function checkScoresNonIncreasing(ctx: BankContext, scores: number[], path: string): void {
  for (let i = 1; i < scores.length; i++) {
    if (scores[i]! > scores[i - 1]!) {
      ctx.add(
        `${path}[${i}].score`,
        issueText('bank.worseBandScoresMore', { score: scores[i]!, previous: scores[i - 1]! })
      )
    }
  }
}
