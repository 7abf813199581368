import type { Bank } from '../../bank/bank'
import type { EvaluationFactor } from '../../bank/factor'
import type { FactorReplacement } from '../../bank/replaces'
import type { FactorEntry, FactorValues } from '../assessment'
import { factorAspects } from './item-changes'
import type { NotCarriedReason } from './plan'

/** Why an entry carries marked please confirm. */
export type FactorConfirmReason = 'bankSaysConfirm' | 'factorChanged' | 'inputsDropped'

/** What happens to one factor entry (the numbers entered for a factor). */
export type FactorEntryFate =
  | { outcome: 'carried'; factorId: string; to: string; entry: FactorEntry }
  | {
      outcome: 'confirm'
      factorId: string
      to: string
      reason: FactorConfirmReason
      /** Inputs the new factor has no place for, with the numbers entered (kept in the audit entry). */
      dropped: FactorValues
      entry: FactorEntry
    }
  | { outcome: 'notCarried'; factorId: string; reason: NotCarriedReason; old: FactorEntry }

/**
 * Moves one set of entered inputs: renamed by the replacement, kept when the new factor has the
 * input and the number fits its limits, otherwise set aside as dropped.
 */
function moveValues(
  values: FactorValues,
  factor: EvaluationFactor,
  replacement: FactorReplacement | undefined
): { kept: FactorValues; dropped: FactorValues } {
  const kept: FactorValues = {}
  const dropped: FactorValues = {}
  for (const [inputId, value] of Object.entries(values)) {
    const to = replacement?.inputs?.find((rename) => rename.from === inputId)?.to ?? inputId
    const input = factor.inputs.find((i) => i.id === to)
    const fits =
      input !== undefined &&
      (value === null ||
        (value >= input.min &&
          (input.max === undefined || value <= input.max) &&
          (!input.integer || Number.isInteger(value))))
    if (fits) kept[to] = value
    else dropped[inputId] = value
  }
  return { kept, dropped }
}

const hasNumbers = (values: FactorValues): boolean =>
  Object.values(values).some((value) => value !== null)

/**
 * One factor entry: to the factor that takes it (the first of `targets`), its inputs renamed.
 * Figures entered once cannot be shared out among key systems (nor per-system figures pooled),
 * so an entry whose factor changed between the two ways is not carried.
 */
export function planFactorEntry(
  entry: FactorEntry,
  from: Bank,
  to: Bank,
  targets: readonly string[]
): FactorEntryFate {
  const notCarried = (reason: NotCarriedReason): FactorEntryFate => ({
    outcome: 'notCarried',
    factorId: entry.factorId,
    reason,
    old: entry
  })
  const target = to.factors.find((f) => f.id === targets[0])
  const old = from.factors.find((f) => f.id === entry.factorId)
  if (target === undefined || old === undefined) return notCarried('removed')
  const entered = hasNumbers(entry.values) || Object.values(entry.bySystem ?? {}).some(hasNumbers)
  if (target.perSystem !== undefined && old.perSystem === undefined && hasNumbers(entry.values))
    return notCarried('nowPerSystem')
  if (target.perSystem === undefined && old.perSystem !== undefined && entered)
    return notCarried('noLongerPerSystem')
  const replacement = target.replaces?.find((r) => r.factor === entry.factorId)
  const dropped: FactorValues = {}
  const moved: FactorEntry = { ...entry, factorId: target.id, values: {} }
  if (target.perSystem === undefined) {
    const { kept, dropped: lost } = moveValues(entry.values, target, replacement)
    moved.values = kept
    Object.assign(dropped, lost)
  } else if (entry.bySystem !== undefined) {
    moved.bySystem = {}
    for (const [systemId, values] of Object.entries(entry.bySystem)) {
      const { kept, dropped: lost } = moveValues(values, target, replacement)
      moved.bySystem[systemId] = kept
      for (const [inputId, value] of Object.entries(lost)) dropped[`${systemId}.${inputId}`] = value
    }
  }
  const keptAny = hasNumbers(moved.values) || Object.values(moved.bySystem ?? {}).some(hasNumbers)
  if (entered && !keptAny) return notCarried('noInputs')
  const reason: FactorConfirmReason | null =
    replacement?.confirm === true
      ? 'bankSaysConfirm'
      : hasNumbers(dropped)
        ? 'inputsDropped'
        : factorAspects(old, target).length > 0
          ? 'factorChanged'
          : null
  if (reason === null && Object.keys(dropped).length === 0)
    return { outcome: 'carried', factorId: entry.factorId, to: target.id, entry: moved }
  return {
    outcome: 'confirm',
    factorId: entry.factorId,
    to: target.id,
    reason: reason ?? 'inputsDropped',
    dropped,
    entry: moved
  }
}
