/**
 * What a finalization seal covers, and whether it still holds. A seal records the SHA-256 of the
 * canonical content (canonical.ts) and — since registers travel with the assessment — which
 * optional parts that content included (`finalization.covers`). Seals made in the short window
 * when registers were stored but not yet part of the sealed content (builds of 2026-12-06 between
 * 75f3cdf and bbf3299) carry no marker; such a seal is reported as "sealed before registers were
 * stored" only when its hash is exactly that of the content without the registers. Any other
 * difference is a mismatch: verification is never weakened.
 */
import type { Assessment } from './assessment'
import { assessmentContentHash } from './canonical'

/**
 * `valid`: the content matches the seal. `beforeRegisters`: an unmarked old seal that matches the
 * content without its registers (the registers are not covered). `mismatch`: changed since sealed.
 */
export type SealVerdict = 'valid' | 'beforeRegisters' | 'mismatch'

/** The seal's verdict (null: not sealed); `contentHash` when the caller has it already. */
export function sealVerdict(
  assessment: Assessment,
  contentHash: string = assessmentContentHash(assessment)
): SealVerdict | null {
  const seal = assessment.finalization
  if (seal === undefined) return null
  if (seal.contentHash === contentHash) return 'valid'
  if (seal.covers === undefined && assessment.registers !== undefined) {
    const { registers: _registers, ...withoutRegisters } = assessment
    if (seal.contentHash === assessmentContentHash(withoutRegisters)) return 'beforeRegisters'
  }
  return 'mismatch'
}

/**
 * Whether the finalization seal (if any) still matches what it sealed: the content, or — for an
 * unmarked seal of 2026-12-06 — exactly the content without the registers.
 */
export function isFinalizationSealValid(assessment: Assessment): boolean | null {
  const verdict = sealVerdict(assessment)
  return verdict === null ? null : verdict !== 'mismatch'
}
