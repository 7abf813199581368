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

/** The plan's conflicts grouped by section id, in plan order; `''` holds narrative, metadata and profile. */
export function conflictsBySection(plan: MergePlan, bank: Bank): Map<string, MergeConflict[]> {
  const out = new Map<string, MergeConflict[]>()
  for (const conflict of plan.conflicts) {
    const section = sectionOfConflict(conflict, bank) ?? ''
    const list = out.get(section) ?? []
    list.push(conflict)
    out.set(section, list)
  }
  return out
}

/**
 * "Take all of theirs (or keep all of mine) for this section": the resolutions with every
 * conflict of the section set to `side`. Other resolutions are kept; nothing is modified.
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
    if (sectionOfConflict(conflict, bank) === sectionId) out[conflict.key] = side
  return out
}

/** Every conflict of the plan set to `side`. */
export function resolveAll(plan: MergePlan, side: MergeSide): MergeResolutions {
  return Object.fromEntries(plan.conflicts.map((conflict) => [conflict.key, side]))
}
