import type { ComparisonOp } from '../bank/primitives'
import { assertNever } from '../util/assert-never'

/**
 * Absolute tolerance for comparing a computed figure with a threshold written in the bank.
 *
 * Factor values are quotients of entered counts, and binary floating point cannot represent most
 * decimal fractions: monitoring coverage over two layers with 17/20 and 19/20 objects is exactly
 * 90 %, but (0.85 + 0.95) ÷ 2 evaluates to 0.8999999999999999; a capacity of 12 against a peak of
 * 5 at a required 3× is exactly 0.8, but (12 ÷ 5) ÷ 3 is 0.7999999999999999. Without a tolerance
 * a firm that exactly meets a threshold would land in the lower band because of the last bit. Every value we compare
 * (fractions ≤ 1, multiples ≤ ~100, minutes ≤ ~10⁵) carries noise far below 10⁻⁹ and meaningful
 * differences far above it, so one absolute epsilon serves them all.
 */
export const EPSILON = 1e-9

/** `left op right`, treating values within {@link EPSILON} of each other as equal. */
export function compareWithTolerance(left: number, op: ComparisonOp, right: number): boolean {
  switch (op) {
    case 'eq':
      return Math.abs(left - right) <= EPSILON
    case 'ne':
      return Math.abs(left - right) > EPSILON
    case 'gt':
      return left > right + EPSILON
    case 'gte':
      return left >= right - EPSILON
    case 'lt':
      return left < right - EPSILON
    case 'lte':
      return left <= right + EPSILON
    default:
      return assertNever(op, 'comparison operator')
  }
}
