import type { Bank } from '../bank/bank'
import type { BankIndex } from '../bank/lookup'
import { indexBank } from '../bank/lookup'
import type { MergeConflict, MergePlan, MergeResolutions, MergeSide } from './types'

const indexes = new WeakMap<Bank, BankIndex>()

function indexOf(bank: Bank): BankIndex {
  let index = indexes.get(bank)
  if (index === undefined) {
    index = indexBank(bank)
    indexes.set(bank, index)
  }
  return index
}

/**
 * The bank section (or core process) a conflict belongs to: a question's section; the section a
 * factor feeds; for a finding, that of its question or factor. The report's narrative, metadata,
 * profile and registers belong to none.
 */
export function sectionOfConflict(conflict: MergeConflict, bank: Bank): string | undefined {
  const index = indexOf(bank)
  const ofFactor = (factorId: string): string | undefined => index.factors.get(factorId)?.feeds
  switch (conflict.kind) {
    case 'answer':
      return index.questions.get(conflict.questionId)?.section.id
    case 'factorInput':
    case 'factorNotes':
      return ofFactor(conflict.factorId)
    case 'finding':
    case 'feedback': {
      const target = conflict.findingId.slice(2)
      return conflict.findingId.startsWith('q:')
        ? index.questions.get(target)?.section.id
        : ofFactor(target)
    }
    case 'narrative':
    case 'metadata':
    case 'profile':
    case 'register':
      return undefined
  }
}

/** The group the registers' conflicts are shown in (台账 / Registers): no bank section is named so. */
export const REGISTERS_GROUP = 'registers'

/**
 * The group a conflict is shown and resolved in: its bank section; the registers in a group of
 * their own; `''` for the narrative, metadata and profile (评估信息与评分方案).
 */
export function groupOfConflict(conflict: MergeConflict, bank: Bank): string {
  if (conflict.kind === 'register') return REGISTERS_GROUP
  return sectionOfConflict(conflict, bank) ?? ''
}

/** The plan's conflicts by group (groupOfConflict), in plan order. */
export function conflictsBySection(plan: MergePlan, bank: Bank): Map<string, MergeConflict[]> {
  const out = new Map<string, MergeConflict[]>()
  for (const conflict of plan.conflicts) {
    const section = groupOfConflict(conflict, bank)
    const list = out.get(section) ?? []
    list.push(conflict)
    out.set(section, list)
  }
  return out
}

/**
 * "Take all of theirs (or keep all of mine) for this section" (or group): the resolutions with
 * every conflict of the group set to `side`. Other resolutions are kept; nothing is modified.
 */
export function resolveSection(
  plan: MergePlan,
  bank: Bank,
  sectionId: string,
  side: MergeSide,
  resolutions: MergeResolutions = {}
): MergeResolutions {
  const out: Record<string, MergeSide> = { ...resolutions }
  for (const conflict of plan.conflicts)
    if (groupOfConflict(conflict, bank) === sectionId) out[conflict.key] = side
  return out
}

/** Every conflict of the plan set to `side`. */
export function resolveAll(plan: MergePlan, side: MergeSide): MergeResolutions {
  return Object.fromEntries(plan.conflicts.map((conflict) => [conflict.key, side]))
}
