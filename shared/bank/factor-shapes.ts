import type { z } from 'zod'
import type { evaluationFactorSchema, FactorBand } from './factor'
import type { LocalizedText } from './primitives'

/**
 * The factor shapes that banks written in TypeScript share — the template's example bank, the
 * worked example of docs/scoring.md and the test fixtures (shared/testing) — so that they cannot
 * drift apart. Banks read from resources/ are data and do not use them.
 */

/** A factor as authored: schema defaults (decimals, redLines, references…) may be left out. */
export type FactorAuthoring = z.input<typeof evaluationFactorSchema>

/**
 * Five bands A…E from four thresholds (A, B, C, D) scoring 100/80/60/40; E catches the rest and
 * scores `lowestScore`.
 */
export function gradeBands(
  thresholds: readonly [number, number, number, number],
  lowestScore = 20
): FactorBand[] {
  return [
    ...(['A', 'B', 'C', 'D'] as const).map((grade, k) => ({
      grade,
      threshold: thresholds[k] as number,
      score: 100 - 20 * k
    })),
    { grade: 'E' as const, threshold: null, score: lowestScore }
  ]
}

/** One whole-number input of a count ratio. */
export interface CountInput {
  id: string
  label: LocalizedText
  unit: LocalizedText
}

/**
 * A higher-is-better share of whole counts (故障监控发现率, 压力测试覆盖率…): inputs `outOf` then
 * `counted`, both integers, with counted ≤ outOf, shown as a percentage.
 */
export function countRatioFactor(
  spec: Omit<FactorAuthoring, 'inputs' | 'constraints' | 'formula' | 'display' | 'direction'> & {
    counted: CountInput
    outOf: CountInput
  }
): FactorAuthoring {
  const { counted, outOf, ...rest } = spec
  return {
    ...rest,
    inputs: [
      { ...outOf, integer: true },
      { ...counted, integer: true }
    ],
    constraints: [{ left: counted.id, op: 'lte', right: outOf.id }],
    formula: { kind: 'ratio', numerator: counted.id, denominator: outOf.id },
    display: 'percent',
    direction: 'higher'
  }
}
