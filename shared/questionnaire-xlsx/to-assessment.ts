/**
 * Applies a read form onto a copy of the assessment, so the UI can hand "theirs" to the same merge
 * as an imported package: planMerge(mine = the assessment, theirs = this copy).
 */
import type { Answer, Assessment, EvidenceRef, FactorEntry } from '../assessment/assessment'
import type { QuestionnaireImport } from './read-workbook'

export interface ApplyOptions {
  /** Who filled the form (recorded as answeredBy / updatedBy / addedBy). */
  by: string
  /** When it was imported, ISO 8601 with offset (the caller's clock; this code reads none). */
  at: string
}

/** Assessments are plain JSON data, so a JSON round trip is a full deep copy. */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** New written references get who added them and when; existing ones keep theirs. */
function stampEvidence(
  evidence: readonly EvidenceRef[],
  before: ReadonlySet<string>,
  options: ApplyOptions
): EvidenceRef[] {
  return evidence.map((ref) =>
    before.has(ref.id) || ref.kind !== 'reference'
      ? ref
      : { ...ref, addedBy: options.by, addedAt: options.at }
  )
}

/**
 * `items` with each of `changes` put in: in place of the first item with its id (the stamped
 * change), or, when none has it, added after the existing ones in the order of `changes`.
 */
function replaceOrAppend<T>(
  items: readonly T[],
  changes: readonly T[],
  idOf: (item: T) => string,
  stamped: (change: T, previous: T | undefined) => T
): T[] {
  const byId = new Map(changes.map((change) => [idOf(change), change]))
  const done = new Set<string>()
  const out = items.map((item) => {
    const id = idOf(item)
    const change = byId.get(id)
    if (change === undefined || done.has(id)) return item
    done.add(id)
    return stamped(change, item)
  })
  for (const change of changes) if (!done.has(idOf(change))) out.push(stamped(change, undefined))
  return out
}

/**
 * A copy of `assessment` with the form's answers and factor entries applied: each changed answer
 * replaces the assessment's (or is added, in bank order after the existing ones) with answeredBy =
 * `by` and answeredAt = `at`; each changed factor entry likewise with updatedBy / updatedAt; the
 * key systems, when the form changed them.
 * updatedAt of the copy is `at`. The audit log is not touched: the merge records every resolution.
 * The input assessment is not modified.
 */
export function questionnaireToAssessment(
  assessment: Assessment,
  parsed: Pick<QuestionnaireImport, 'answers' | 'factorEntries' | 'systems'>,
  options: ApplyOptions
): Assessment {
  const copy = clone(assessment)
  const stamp = (answer: Answer, previous: Answer | undefined): Answer => {
    const before = new Set((previous?.evidence ?? []).map((ref) => ref.id))
    return {
      ...clone(answer),
      evidence: stampEvidence(clone(answer.evidence), before, options),
      answeredBy: options.by,
      answeredAt: options.at
    }
  }
  copy.answers = replaceOrAppend(copy.answers, parsed.answers, (answer) => answer.questionId, stamp)
  const stampEntry = (entry: FactorEntry): FactorEntry => ({
    ...clone(entry),
    updatedBy: options.by,
    updatedAt: options.at
  })
  copy.factors = replaceOrAppend(
    copy.factors,
    parsed.factorEntries,
    (entry) => entry.factorId,
    stampEntry
  )
  // Key systems are part of the metadata: the merge shows a changed list as one metadata item.
  if (parsed.systems !== undefined) copy.metadata.systems = clone(parsed.systems)
  copy.updatedAt = options.at
  return copy
}
