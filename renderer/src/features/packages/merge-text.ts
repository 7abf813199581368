import type { TFunction } from 'i18next'
import type { Answer, FindingFeedback, FindingRecord } from '@shared/assessment/assessment'
import type { ScoringProfile } from '@shared/bank/profile'
import type {
  FactorNotes,
  MergeConflict,
  MergeTake,
  MetadataContent,
  RegisterHolding
} from '@shared/merge'
import type { FigureChange } from '@shared/registers/factor-writes'
import { REGISTER_KIND_TABLE } from '@shared/registers/kinds'
import { answerValue, clip, type ValueContext } from '../audit/audit-values'

type Item = MergeConflict | MergeTake

/**
 * What the row is about: `A1.01 Has the firm …`, `F03 · N_fault`, `F11 … · 集中交易系统 · 中断时长`,
 * `Finding A1.01`. A per-system input names its key system (by name from `systems`, else its id).
 */
export function itemTitle(
  item: Item,
  context: ValueContext,
  t: TFunction,
  systems: ReadonlyMap<string, string> = new Map()
): string {
  const { index, locale } = context
  switch (item.kind) {
    case 'answer': {
      const question = index.questions.get(item.questionId)?.question
      return question ? `${item.questionId} ${question.text[locale]}` : item.questionId
    }
    case 'factorEntry':
    case 'factorNotes':
    case 'factorInput': {
      const factor = index.factors.get(item.factorId)
      const name = factor ? `${item.factorId} ${factor.name[locale]}` : item.factorId
      if (item.kind !== 'factorInput') return name
      const input = factor?.inputs.find((i) => i.id === item.inputId)
      const system =
        item.systemId === undefined ? [] : [systems.get(item.systemId) ?? item.systemId]
      return [name, ...system, input ? input.label[locale] : item.inputId].join(' · ')
    }
    case 'finding':
    case 'feedback':
      return `${t(`packages.merge.kinds.${item.kind}`)} ${item.findingId.slice(2)}`
    case 'narrative':
      return `${t('packages.merge.kinds.narrative')} · ${t(`report.narrative.parts.${item.part}`)}`
    case 'metadata':
      return t('packages.merge.kinds.metadata')
    case 'profile':
      return t('packages.merge.kinds.profile')
    case 'register':
      // The register's own name (故障台账 / Incidents): its kind is the tag and the group beside it.
      return REGISTER_KIND_TABLE[item.registerKind].sheet[locale]
  }
}

/** One side's item, readably: the answer's label, the number, the finding's status and owner. */
export function sideValue(item: Item, value: unknown, context: ValueContext, t: TFunction): string {
  const none = t('packages.merge.none')
  switch (item.kind) {
    case 'answer': {
      const answer = value as Answer
      if (answer.na) return context.words.na(clip(answer.na.justification))
      return answerValue(
        context.index.questions.get(answer.questionId)?.question,
        answer.value,
        context
      )
    }
    case 'factorInput':
      return value === null || value === undefined ? none : String(value as number)
    case 'factorNotes':
      return clip((value as FactorNotes).comment ?? none)
    case 'factorEntry':
      return Object.entries((value as { values: Record<string, number | null> }).values)
        .map(([input, v]) => `${input} = ${v ?? '—'}`)
        .join(', ')
    case 'finding': {
      const finding = value as FindingRecord
      return t('packages.merge.findingText', {
        status: context.words.findingStatus(finding.status),
        owner: finding.owner || none,
        due: finding.dueDate || none
      })
    }
    case 'feedback': {
      // Who answered is shown beside the value (the side card, the taken list), never in it.
      const feedback = value as FindingFeedback
      return [
        t(`remediation.responses.${feedback.response}`),
        ...(feedback.explanation ? [clip(feedback.explanation)] : []),
        ...(feedback.plan ? [t('packages.merge.feedbackPlan', { plan: clip(feedback.plan) })] : []),
        ...(feedback.plannedDate
          ? [t('packages.merge.feedbackDate', { date: feedback.plannedDate })]
          : [])
      ].join(' · ')
    }
    case 'metadata': {
      const meta = value as MetadataContent
      return t('packages.merge.metadataText', {
        institution: meta.institution,
        start: meta.period.start,
        end: meta.period.end
      })
    }
    case 'narrative':
      return clip(value as string)
    case 'profile':
      return (value as ScoringProfile).name[context.locale]
    case 'register': {
      const { register, overrides } = value as RegisterHolding
      const file = t('packages.merge.registerText', {
        file: register.source.name,
        rows: register.table.rows.length,
        sha: register.source.sha256.slice(0, 12)
      })
      const count = Object.keys(overrides).length
      return count === 0 ? file : `${file} · ${t('packages.merge.registerOverrides', { count })}`
    }
  }
}

/** A figure a register changes: `F01 故障监控发现率 · 故障总数 · 集中交易：35 → 40`. */
export function figureChangeText(
  change: FigureChange,
  context: ValueContext,
  systems: ReadonlyMap<string, string>,
  t: TFunction
): string {
  const factor = context.index.factors.get(change.factorId)
  const input = factor?.inputs.find((i) => i.id === change.inputId)
  const figure = [
    `${change.factorId} ${factor?.name[context.locale] ?? ''}`.trim(),
    input?.label[context.locale] ?? change.inputId,
    ...(change.systemId === null ? [] : [systems.get(change.systemId) ?? change.systemId])
  ].join(' · ')
  const shown = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : String(Math.round(value * 100) / 100)
  return t('packages.merge.figureChange', {
    figure,
    before: shown(change.before),
    after: shown(change.after)
  })
}
