import type { Answer, Assessment, FactorEntry } from '../assessment/assessment'
import { NARRATIVE_PARTS } from '../assessment/report-fields'
import { figureKey } from '../registers/factor-writes'
import {
  answerDifferences,
  factorNotes,
  feedbackContent,
  findingContent,
  hasNotes,
  isBareFinding,
  isEmptyAnswer,
  sameContent,
  sideView,
  withoutFeedback
} from './content'
import type { MergeConflict, MergeSideView, MergeTake } from './types'

type Touch = { by: string; at: string }
type Touches = ReadonlyMap<string, Touch>

/** A side's view of an answer: who and when from the answer, else from that side's log. */
const answerView = (answer: Answer, touch: Touch | undefined): MergeSideView<Answer> =>
  sideView(
    answer,
    answer.answeredBy ?? touch?.by,
    answer.answeredAt ?? touch?.at,
    answer.comment,
    answer.evidence
  )

/**
 * A side's view of a factor entry or a part of it: who and when from the entry, else from that
 * side's log; with `notes`, the entry's comment and evidence too.
 */
const entryView = <T>(
  item: T,
  entry: FactorEntry,
  touch: Touch | undefined,
  notes: boolean
): MergeSideView<T> =>
  sideView(
    item,
    entry.updatedBy ?? touch?.by,
    entry.updatedAt ?? touch?.at,
    notes ? entry.comment : undefined,
    notes ? entry.evidence : []
  )

/** The inputs to planning one kind of item: both copies and who last touched what on each side. */
export interface Sides {
  mine: Assessment
  theirs: Assessment
  mineTouches: Touches
  theirsTouches: Touches
  /** Figure keys (`F01.N_fault`, `F16.T_trading@sys-1`) the registers decide: not merged as typed values. */
  measured?: ReadonlySet<string>
}

interface Planned {
  takes: MergeTake[]
  conflicts: MergeConflict[]
}

/** Answers: theirs-only (or mine empty) → taken; both, differing in content → conflict. */
export function planAnswers({ mine, theirs, mineTouches, theirsTouches }: Sides): Planned {
  const out: Planned = { takes: [], conflicts: [] }
  const mineById = new Map(mine.answers.map((answer) => [answer.questionId, answer]))
  for (const answer of theirs.answers) {
    if (isEmptyAnswer(answer)) continue
    const key = `question:${answer.questionId}`
    const view = answerView(answer, theirsTouches.get(key))
    const own = mineById.get(answer.questionId)
    if (own === undefined || isEmptyAnswer(own)) {
      out.takes.push({ key, kind: 'answer', questionId: answer.questionId, theirs: view })
      continue
    }
    const differences = answerDifferences(own, answer)
    if (differences.length === 0) continue
    const mineView = answerView(own, mineTouches.get(key))
    out.conflicts.push({
      key,
      kind: 'answer',
      questionId: answer.questionId,
      differences,
      mine: mineView,
      theirs: view
    })
  }
  return out
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Each input value of a factor both sides have, merged on its own — the firm-wide inputs and,
 * for a factor entered per key system, each system's (keyed `factor:F11@sys-1.T_down`).
 */
function planFactorInputs(
  entry: FactorEntry,
  own: FactorEntry,
  touches: Pick<Sides, 'mineTouches' | 'theirsTouches' | 'measured'>,
  out: Planned
): void {
  const { factorId } = entry
  const sets: Array<{
    systemId?: string
    theirs: FactorEntry['values']
    mine: FactorEntry['values']
  }> = [{ theirs: entry.values, mine: own.values }]
  for (const systemId of Object.keys(entry.bySystem ?? {}).sort(byCodeUnits))
    sets.push({
      systemId,
      theirs: entry.bySystem?.[systemId] ?? {},
      mine: own.bySystem?.[systemId] ?? {}
    })
  for (const { systemId, theirs, mine } of sets)
    for (const inputId of Object.keys(theirs).sort(byCodeUnits)) {
      const value = theirs[inputId] ?? null
      if (value === null) continue
      if (touches.measured?.has(figureKey({ factorId, inputId, systemId: systemId ?? null })))
        continue
      const key =
        systemId === undefined
          ? `factor:${factorId}.${inputId}`
          : `factor:${factorId}@${systemId}.${inputId}`
      const system = systemId === undefined ? {} : { systemId }
      const view = entryView(value, entry, touches.theirsTouches.get(key), false)
      const ownValue = Object.hasOwn(mine, inputId) ? (mine[inputId] ?? null) : null
      if (ownValue === null)
        out.takes.push({ key, kind: 'factorInput', factorId, inputId, ...system, theirs: view })
      else if (ownValue !== value)
        out.conflicts.push({
          key,
          kind: 'factorInput',
          factorId,
          inputId,
          ...system,
          theirs: view,
          mine: entryView<number | null>(ownValue, own, touches.mineTouches.get(key), false)
        })
    }
}

/**
 * Factor entries: an entry only theirs has is taken whole; otherwise each input value is merged on
 * its own (a value only theirs knows is taken, two different values conflict), and so are the
 * entry's comment and evidence together.
 */
export function planFactors({
  mine,
  theirs,
  mineTouches,
  theirsTouches,
  measured
}: Sides): Planned {
  const out: Planned = { takes: [], conflicts: [] }
  const mineById = new Map(mine.factors.map((entry) => [entry.factorId, entry]))
  for (const entry of theirs.factors) {
    const { factorId } = entry
    const own = mineById.get(factorId)
    const notesKey = `factor:${factorId}`
    const notes = factorNotes(entry)
    if (own === undefined) {
      const known = [entry.values, ...Object.values(entry.bySystem ?? {})].some((values) =>
        Object.values(values).some((value) => value !== null)
      )
      if (!known && !hasNotes(notes)) continue
      out.takes.push({
        key: notesKey,
        kind: 'factorEntry',
        factorId,
        theirs: entryView(entry, entry, theirsTouches.get(notesKey), true)
      })
      continue
    }
    planFactorInputs(entry, own, { mineTouches, theirsTouches, measured }, out)
    if (!hasNotes(notes)) continue
    const theirsNotes = entryView(notes, entry, theirsTouches.get(notesKey), true)
    const ownNotes = factorNotes(own)
    if (!hasNotes(ownNotes))
      out.takes.push({ key: notesKey, kind: 'factorNotes', factorId, theirs: theirsNotes })
    else if (!sameContent(ownNotes, notes))
      out.conflicts.push({
        key: notesKey,
        kind: 'factorNotes',
        factorId,
        theirs: theirsNotes,
        mine: entryView(ownNotes, own, mineTouches.get(notesKey), true)
      })
  }
  return out
}

/**
 * Finding records (without the auditee's feedback, planned by planFeedback): theirs-only → taken
 * (unless it says nothing but "open"); both, differing → conflict. Who/when come from the logs.
 */
export function planFindings({ mine, theirs, mineTouches, theirsTouches }: Sides): Planned {
  const out: Planned = { takes: [], conflicts: [] }
  const mineById = new Map(mine.findings.map((finding) => [finding.findingId, finding]))
  for (const record of theirs.findings) {
    const finding = withoutFeedback(record)
    const key = `finding:${finding.findingId}`
    const touch = theirsTouches.get(key)
    const view = sideView(finding, touch?.by, touch?.at, undefined, [])
    const own = mineById.get(finding.findingId)
    if (own === undefined) {
      if (!isBareFinding(finding))
        out.takes.push({ key, kind: 'finding', findingId: finding.findingId, theirs: view })
      continue
    }
    if (sameContent(findingContent(own), findingContent(finding))) continue
    const ownTouch = mineTouches.get(key)
    out.conflicts.push({
      key,
      kind: 'finding',
      findingId: finding.findingId,
      theirs: view,
      mine: sideView(withoutFeedback(own), ownTouch?.by, ownTouch?.at, undefined, [])
    })
  }
  return out
}

/**
 * The auditee's feedback per finding (事实确认, from the feedback workbook or another copy):
 * theirs-only → taken; both, differing → conflict. `by` is who answered, `at` when it was taken in.
 */
export function planFeedback({ mine, theirs }: Sides): Planned {
  const out: Planned = { takes: [], conflicts: [] }
  const mineById = new Map(mine.findings.map((finding) => [finding.findingId, finding]))
  for (const record of theirs.findings) {
    const feedback = record.feedback
    if (feedback === undefined) continue
    const key = `feedback:${record.findingId}`
    const view = sideView(feedback, feedback.by, feedback.receivedAt, feedback.explanation, [])
    const own = mineById.get(record.findingId)?.feedback
    if (own === undefined) {
      out.takes.push({ key, kind: 'feedback', findingId: record.findingId, theirs: view })
      continue
    }
    if (sameContent(feedbackContent(own), feedbackContent(feedback))) continue
    out.conflicts.push({
      key,
      kind: 'feedback',
      findingId: record.findingId,
      theirs: view,
      mine: sideView(own, own.by, own.receivedAt, own.explanation, [])
    })
  }
  return out
}

/**
 * The report's narrative parts (概述, 结论, 建议): a part only theirs wrote is taken; two different
 * texts conflict. An empty part counts as unwritten (the report generates it).
 */
export function planNarrative({ mine, theirs, mineTouches, theirsTouches }: Sides): Planned {
  const out: Planned = { takes: [], conflicts: [] }
  for (const part of NARRATIVE_PARTS) {
    const text = theirs.narrative?.[part] ?? ''
    if (text === '') continue
    const key = `narrative:${part}`
    const touch = theirsTouches.get(key)
    const view = sideView(text, touch?.by, touch?.at, undefined, [])
    const own = mine.narrative?.[part] ?? ''
    if (own === '') out.takes.push({ key, kind: 'narrative', part, theirs: view })
    else if (own !== text) {
      const ownTouch = mineTouches.get(key)
      out.conflicts.push({
        key,
        kind: 'narrative',
        part,
        theirs: view,
        mine: sideView(own, ownTouch?.by, ownTouch?.at, undefined, [])
      })
    }
  }
  return out
}
