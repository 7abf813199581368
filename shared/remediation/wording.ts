import type { Answer } from '../assessment/assessment'
import type { BankIndex } from '../bank/lookup'
import type { Locale } from '../bank/primitives'
import type { LevelDefinition } from '../bank/profile'
import { answerText } from '../report/build-details'
import { factorNumberText } from '../report/build-factors'
import { reportLabels } from '../report/labels'
import { formatScore } from '../scoring/format'
import type { Finding, ScoringResult } from '../scoring/types'

/** The few words a generated finding description needs, in each language. */
const WORDS: Record<
  Locale,
  { current: string; factorCurrent: string; factorBasis: string; unanswered: string }
> = {
  'zh-CN': {
    current: '现状：{answer}，得分 {score}',
    factorCurrent: '现状：{value}（目标 {target}），得分 {score}',
    factorBasis: '评价要素 {id}',
    unanswered: '未作答'
  },
  'en-US': {
    current: 'Now: {answer}, score {score}',
    factorCurrent: 'Now: {value} (target {target}), score {score}',
    factorBasis: 'Evaluation factor {id}',
    unanswered: 'not answered'
  }
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')

/** What generating a finding's words reads: the bank, the scoring result and the answers. */
export interface WordingContext {
  index: BankIndex
  result: Pick<ScoringResult, 'questions' | 'factors'>
  answers: ReadonlyMap<string, Answer>
  levels: readonly LevelDefinition[]
  locale: Locale
}

/** The item's name: the question's text or the factor's name (the id when the bank lacks it). */
export function findingTitle(
  index: BankIndex,
  kind: 'question' | 'factor',
  targetId: string,
  locale: Locale
): string {
  if (kind === 'question') return index.questions.get(targetId)?.question.text[locale] ?? targetId
  return index.factors.get(targetId)?.name[locale] ?? targetId
}

/**
 * 问题描述 as generated: `【C5.06】` and the question's standard finding wording (or its text, or
 * the factor's name), then the answer or value now and its score. The register shows it until an
 * assessor edits it; an edited description is stored on the finding record.
 */
export function generatedDescription(ctx: WordingContext, finding: Finding): string {
  const words = WORDS[ctx.locale]
  const labels = reportLabels(ctx.locale)
  const score = formatScore(finding.score)
  if (finding.kind === 'factor') {
    const factor = ctx.index.factors.get(finding.targetId)
    const head = `【${finding.targetId}】${factor?.name[ctx.locale] ?? finding.targetId}`
    const result = ctx.result.factors.find((f) => f.id === finding.targetId)
    if (factor === undefined || result === undefined) return head
    const value =
      result.value === null ? labels.noValue : factorNumberText(factor, result.value, labels)
    const target = factorNumberText(factor, result.target, labels)
    return `${head}\n${fill(words.factorCurrent, { value, target, score })}`
  }
  const entry = ctx.index.questions.get(finding.targetId)
  const question = entry?.question
  const title = question?.finding?.description?.[ctx.locale] ?? question?.text[ctx.locale]
  const head = `【${finding.targetId}】${title ?? finding.targetId}`
  const result = ctx.result.questions.find((q) => q.id === finding.targetId)
  if (question === undefined || result === undefined) return head
  const answer = answerText(
    question,
    ctx.answers.get(finding.targetId),
    result,
    ctx.levels,
    labels,
    ctx.locale
  )
  return `${head}\n${fill(words.current, { answer: answer === '' ? words.unanswered : answer, score })}`
}

/** 整改建议 from the bank's standard wording of the question, when it has one. */
export function standardRecommendation(
  index: BankIndex,
  kind: 'question' | 'factor',
  targetId: string,
  locale: Locale
): string | undefined {
  if (kind !== 'question') return undefined
  return index.questions.get(targetId)?.question.finding?.recommendation?.[locale]
}

/** 依据: the question's references as `title clause`, or the factor it measures. */
export function findingBasis(
  index: BankIndex,
  kind: 'question' | 'factor',
  targetId: string,
  locale: Locale
): string[] {
  if (kind === 'factor') return [fill(WORDS[locale].factorBasis, { id: targetId })]
  const question = index.questions.get(targetId)?.question
  return (question?.references ?? []).map((ref) => {
    const title = index.references.get(ref.document)?.title[locale] ?? ref.document
    return ref.clause === undefined ? title : `${title} ${ref.clause}`
  })
}
