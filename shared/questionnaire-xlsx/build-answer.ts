/**
 * Turns the fields taken from a form row into an answer: the assessment's answer with those fields
 * replaced. Attached files always stay (a form cannot carry them); a written reference whose name
 * is still listed keeps its id and details; a new name becomes a new reference.
 */
import type { Answer, EvidenceRef } from '../assessment/assessment'
import type { RowContent, RowField } from './content'

/** An evidence id not yet used by this answer: `xl-1`, `xl-2`, … */
function nextIds(used: Set<string>): () => string {
  let n = 0
  return () => {
    let id: string
    do id = `xl-${++n}`
    while (used.has(id))
    used.add(id)
    return id
  }
}

/** The answer's evidence with its written references replaced by the names listed in the form. */
export function evidenceFromNames(
  current: readonly EvidenceRef[],
  names: readonly string[]
): EvidenceRef[] {
  const files = current.filter((ref) => ref.kind === 'file')
  const unused = current.filter((ref) => ref.kind === 'reference')
  const nextId = nextIds(new Set(current.map((ref) => ref.id)))
  const references = names.map((name): EvidenceRef => {
    const index = unused.findIndex((ref) => ref.name.trim() === name)
    if (index >= 0) return unused.splice(index, 1)[0]!
    return { kind: 'reference', id: nextId(), name }
  })
  return [...files, ...references]
}

/**
 * The answer after taking `fields` from the form. Who answered and when are left unset: the form
 * does not say; {@link questionnaireToAssessment} records the person who imports it.
 */
export function buildAnswer(
  questionId: string,
  current: Answer | undefined,
  form: RowContent,
  fields: readonly RowField[]
): Answer {
  const base: Answer = current ?? {
    questionId,
    value: null,
    evidence: [],
    flagged: false,
    carriedOver: false
  }
  const answer: Answer = {
    questionId,
    value: base.value,
    evidence: base.evidence,
    flagged: base.flagged,
    carriedOver: base.carriedOver
  }
  if (base.na !== undefined) answer.na = base.na
  if (base.comment !== undefined) answer.comment = base.comment
  if (fields.includes('answer')) {
    delete answer.na
    if ('na' in form.answer) {
      answer.value = null
      answer.na = { justification: form.answer.na }
    } else answer.value = form.answer.value
    // Answered anew, so no longer a copy from the previous period awaiting confirmation.
    answer.carriedOver = false
  }
  if (fields.includes('comment')) {
    if (form.comment === null) delete answer.comment
    else answer.comment = form.comment
  }
  if (fields.includes('references'))
    answer.evidence = evidenceFromNames(base.evidence, form.references)
  return answer
}
