/**
 * Computed inputs into an assessment: each measured input's figure replaces the typed one, and
 * each change is an audit entry (`factor.set`) that says where the figure came from — the
 * register, the file and its SHA-256, how many rows were counted and excluded — so the trail
 * shows which figures came from registers. Pure: the caller writes the result.
 */
import type { Assessment, AuditEntry, FactorEntry } from '../assessment/assessment'
import { appendToAuditChain } from '../assessment/audit-chain'
import type { ComputedInput } from './inputs'
import { REGISTER_KIND_TABLE } from './kinds'
import type { RegisterSource } from './read-file'

export interface ApplyContext {
  by: string
  /** ISO date-time with offset. */
  at: string
  /** The files the registers came from. */
  sources: readonly RegisterSource[]
  /** A fresh audit entry id. */
  newId: () => string
}

/** The audit reason of one computed input, in English and Chinese (the trail is read by both). */
function reasonOf(input: ComputedInput, sources: readonly RegisterSource[]): string {
  const { pooled, measure } = input.figure
  const kind = REGISTER_KIND_TABLE[measure.register]
  const files = sources.map((s) => `${s.name} (SHA-256 ${s.sha256})`).join(', ')
  return (
    `台账计算 / from register ${kind.sheet['zh-CN']} (${kind.sheet['en-US']}): ` +
    `${pooled.counted.length} counted, ${pooled.excluded.length} excluded; ${files}`
  )
}

/** The assessment with every pooled computed input written into its factor entry. */
export function applyComputedInputs(
  assessment: Assessment,
  computed: readonly ComputedInput[],
  context: ApplyContext
): Assessment {
  const factors = new Map<string, FactorEntry>(assessment.factors.map((e) => [e.factorId, e]))
  const audit: AuditEntry[] = []
  for (const input of computed) {
    const value = input.figure.pooled.value
    const previous = factors.get(input.factorId)
    const old = previous?.values[input.inputId] ?? null
    if (old === value) continue
    const entry: FactorEntry = {
      factorId: input.factorId,
      evidence: [],
      ...previous,
      values: { ...previous?.values, [input.inputId]: value },
      updatedBy: context.by,
      updatedAt: context.at
    }
    factors.set(input.factorId, entry)
    audit.push({
      id: context.newId(),
      at: context.at,
      by: context.by,
      action: 'factor.set',
      target: `factor:${input.factorId}.${input.inputId}`,
      oldValue: old,
      newValue: value,
      reason: reasonOf(input, context.sources)
    })
  }
  if (audit.length === 0) return assessment
  // Each entry joins the tamper-evident chain (docs/review.md).
  const chained = appendToAuditChain(assessment.auditLog, assessment.auditHead, audit)
  return {
    ...assessment,
    factors: [...factors.values()],
    auditLog: chained.entries,
    auditHead: chained.head,
    updatedAt: context.at
  }
}
