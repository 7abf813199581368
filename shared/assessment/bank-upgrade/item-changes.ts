import type { Bank } from '../../bank/bank'
import type { EvaluationFactor } from '../../bank/factor'
import { indexBank } from '../../bank/lookup'
import type { Question } from '../../bank/question'
import { canonicalJson } from '../../util/canonical-json'

/** What about a question or factor differs between two bank versions. */
export type ItemAspect =
  | 'text'
  | 'type'
  | 'options'
  | 'weight'
  | 'scoring'
  | 'critical'
  | 'limits'
  | 'guidance'
  | 'inputs'
  | 'formula'
  | 'perSystem'
  | 'redLines'

/**
 * One question or factor of either version: added (only in the new one), removed (only in the old
 * one, answers have nowhere to go unless another item replaces it), moved (one old item under a
 * new id or in another section — 1.0.0 A2.07 is 1.1.0 A4.02 — with whatever else differs),
 * changed (same id, or the items merged into it, with what differs), or the same.
 */
export interface ItemChange {
  kind: 'question' | 'factor'
  change: 'added' | 'removed' | 'moved' | 'changed' | 'same'
  /** The id in the new version (absent when removed). */
  id?: string
  /** The ids of the old version it takes answers from (absent when added). */
  from?: string[]
  /**
   * The section (a question's) or the section fed (a factor's) in the old version and in the new
   * one; present when moved.
   */
  section?: { from: string; to: string }
  aspects: ItemAspect[]
}

/**
 * An item with its sources: moved when it takes one old item's answers and that item had another
 * id or sat in another section; otherwise added, changed or the same.
 */
function classify(
  item: { kind: ItemChange['kind']; id: string; section: string },
  from: string[],
  sectionOf: (oldId: string) => string,
  replacedItself: boolean,
  aspects: ItemAspect[]
): ItemChange {
  const base = { kind: item.kind, id: item.id, ...(from.length > 0 ? { from } : {}), aspects }
  if (from.length === 0) return { ...base, change: 'added' }
  const [only] = from
  if (from.length === 1 && (only !== item.id || sectionOf(only!) !== item.section))
    return { ...base, change: 'moved', section: { from: sectionOf(only!), to: item.section } }
  const changed = aspects.length > 0 || from.length > 1 || replacedItself
  return { ...base, change: changed ? 'changed' : 'same' }
}

const same = (a: unknown, b: unknown): boolean =>
  canonicalJson(a ?? null) === canonicalJson(b ?? null)

/** What differs between an old question and the one that takes its answers. */
export function questionAspects(old: Question, next: Question): ItemAspect[] {
  const aspects: ItemAspect[] = []
  if (!same(old.text, next.text)) aspects.push('text')
  if (old.type !== next.type) aspects.push('type')
  const options = (q: Question) => ('options' in q ? q.options : undefined)
  if (!same(options(old), options(next))) aspects.push('options')
  if (old.weight !== next.weight) aspects.push('weight')
  const scoring = (q: Question) => ('scoring' in q ? q.scoring : undefined)
  if (!same(scoring(old), scoring(next))) aspects.push('scoring')
  if (old.critical !== next.critical) aspects.push('critical')
  const limits = (q: Question) => [
    'min' in q ? q.min : null,
    'max' in q ? q.max : null,
    'integer' in q ? q.integer : null,
    q.allowNA
  ]
  if (!same(limits(old), limits(next))) aspects.push('limits')
  if (!same(old.guidance, next.guidance)) aspects.push('guidance')
  return aspects
}

/** What differs between an old factor and the one that takes its entries. */
export function factorAspects(old: EvaluationFactor, next: EvaluationFactor): ItemAspect[] {
  const aspects: ItemAspect[] = []
  if (!same(old.name, next.name) || !same(old.definition, next.definition)) aspects.push('text')
  if (!same(old.inputs, next.inputs)) aspects.push('inputs')
  if (!same(old.formula, next.formula)) aspects.push('formula')
  if ((old.weight ?? 1) !== (next.weight ?? 1)) aspects.push('weight')
  if (
    !same(old.bands, next.bands) ||
    old.target !== next.target ||
    !same(old.smallSample, next.smallSample)
  )
    aspects.push('scoring')
  if (!same(old.perSystem, next.perSystem)) aspects.push('perSystem')
  if (!same(old.redLines, next.redLines)) aspects.push('redLines')
  return aspects
}

/** Where the answers of each old question go: new question ids (empty: nowhere). */
export interface ItemRouting {
  questionTargets: ReadonlyMap<string, string[]>
  factorTargets: ReadonlyMap<string, string[]>
}

/**
 * The old ids a new item takes answers from: those its `replaces` names, and its own id when the
 * old version has it and `replaces` does not name it (an unchanged id carries without saying so).
 */
function sourcesOf(id: string, replaced: readonly string[], oldIds: ReadonlySet<string>): string[] {
  const sources = replaced.filter((old) => oldIds.has(old))
  if (oldIds.has(id) && !replaced.includes(id)) sources.unshift(id)
  return sources
}

/** Every question and factor of both versions, and where each old one's answers go. */
export function compareBanks(
  from: Bank,
  to: Bank
): { changes: ItemChange[]; routing: ItemRouting } {
  const a = indexBank(from)
  const b = indexBank(to)
  const changes: ItemChange[] = []
  const questionTargets = new Map<string, string[]>([...a.questions.keys()].map((id) => [id, []]))
  const factorTargets = new Map<string, string[]>([...a.factors.keys()].map((id) => [id, []]))
  const oldQuestionIds = new Set(a.questions.keys())
  const oldFactorIds = new Set(a.factors.keys())
  for (const { question, section } of b.orderedQuestions) {
    const replaced = (question.replaces ?? []).map((r) => r.question)
    const from = sourcesOf(question.id, replaced, oldQuestionIds)
    from.forEach((old) => questionTargets.get(old)!.push(question.id))
    const aspects = [
      ...new Set(from.flatMap((old) => questionAspects(a.questions.get(old)!.question, question)))
    ]
    const item = { kind: 'question' as const, id: question.id, section: section.id }
    const sectionOf = (old: string) => a.questions.get(old)!.section.id
    changes.push(classify(item, from, sectionOf, replaced.includes(question.id), aspects))
  }
  for (const factor of b.factors.values()) {
    const replaced = (factor.replaces ?? []).map((r) => r.factor)
    const from = sourcesOf(factor.id, replaced, oldFactorIds)
    from.forEach((old) => factorTargets.get(old)!.push(factor.id))
    const aspects = [...new Set(from.flatMap((old) => factorAspects(a.factors.get(old)!, factor)))]
    const item = { kind: 'factor' as const, id: factor.id, section: factor.feeds }
    const sectionOf = (old: string) => a.factors.get(old)!.feeds
    changes.push(classify(item, from, sectionOf, replaced.includes(factor.id), aspects))
  }
  for (const [id, targets] of questionTargets)
    if (targets.length === 0)
      changes.push({ kind: 'question', change: 'removed', from: [id], aspects: [] })
  for (const [id, targets] of factorTargets)
    if (targets.length === 0)
      changes.push({ kind: 'factor', change: 'removed', from: [id], aspects: [] })
  return { changes, routing: { questionTargets, factorTargets } }
}
