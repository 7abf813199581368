import type { EvidenceRef } from '../assessment/assessment'
import { evidenceDetailsText } from '../report/build-details'
import { fill } from '../report/labels'
import { formatPercent } from '../scoring/format'
import type { DocContext } from './context'
import { scoreText, timeText } from './context'
import { type Block, type CellContent, tableColumns } from './document'
import { cellDataText } from './build-findings'
import { registersAnnex } from './build-registers'
import { reviewStep } from '../report/build-review'
import type { CellData } from '../report/model'

interface EvidenceEntry {
  number: string
  ref: EvidenceRef
  items: string[]
}

/** The same file (by SHA-256) or the same written reference is one piece of evidence. */
function evidenceKey(ref: EvidenceRef): string {
  return ref.kind === 'file'
    ? `file:${ref.sha256}`
    : `ref:${JSON.stringify([ref.name, ref.location ?? '', ref.page ?? '', ref.interviewee ?? ''])}`
}

/**
 * Every piece of evidence numbered E-001, E-002, … in bank order (questions, then factors), with
 * the items it supports. The details annex refers to these numbers.
 */
export function evidenceIndex(ctx: DocContext): {
  entries: EvidenceEntry[]
  byItem: Map<string, string[]>
} {
  const entries: EvidenceEntry[] = []
  const byKey = new Map<string, EvidenceEntry>()
  const byItem = new Map<string, string[]>()
  const add = (item: string, refs: readonly EvidenceRef[] | undefined): void => {
    for (const ref of refs ?? []) {
      const key = evidenceKey(ref)
      let entry = byKey.get(key)
      if (entry === undefined) {
        entry = { number: `E-${String(entries.length + 1).padStart(3, '0')}`, ref, items: [] }
        byKey.set(key, entry)
        entries.push(entry)
      }
      if (!entry.items.includes(item)) entry.items.push(item)
      const numbers = byItem.get(item) ?? []
      if (!numbers.includes(entry.number)) numbers.push(entry.number)
      byItem.set(item, numbers)
    }
  }
  const answers = new Map(ctx.assessment.answers.map((a) => [a.questionId, a]))
  for (const entry of ctx.index.orderedQuestions)
    add(entry.question.id, answers.get(entry.question.id)?.evidence)
  const factors = new Map(ctx.assessment.factors.map((f) => [f.factorId, f]))
  for (const factor of ctx.bank.factors) add(factor.id, factors.get(factor.id)?.evidence)
  return { entries, byItem }
}

function detailsAnnex(ctx: DocContext, byItem: Map<string, string[]>): Block[] {
  const a = ctx.labels.annexes
  const rows = ctx.model.details.map((d): CellContent[] => {
    const notes = [d.notes, d.naJustification, d.comment].filter((t) => t.trim() !== '').join('\n')
    const score = d.countedScore ?? d.itemScore
    return [
      d.id,
      d.text,
      cellDataText(ctx, d.answer, d.answerFormat),
      d.status,
      scoreText(score),
      (byItem.get(d.id) ?? []).join(' ') || ctx.words.dash,
      notes === '' ? ctx.words.dash : notes
    ]
  })
  return [
    { kind: 'heading', level: 2, text: a.details },
    {
      kind: 'table',
      name: 'details',
      columns: tableColumns(a.detailHeaders, [0.8, 5, 2.2, 1.2, 0.8, 1.3, 3.4], { 4: 'right' }),
      rows
    }
  ]
}

function whereOf(ctx: DocContext, ref: EvidenceRef): string {
  const kind = ctx.labels.annexes.evidenceKinds[ref.kind]
  if (ref.kind === 'file')
    return `${kind}${ref.mimeType === undefined ? '' : ` ${ref.mimeType}`}, ${ref.size} B`
  const parts = [ref.location, ref.page, ref.interviewee].filter(
    (p): p is string => p !== undefined && p.trim() !== ''
  )
  return parts.length > 0 ? `${kind}：${parts.join('，')}` : kind
}

function evidenceAnnex(ctx: DocContext, entries: readonly EvidenceEntry[]): Block[] {
  const a = ctx.labels.annexes
  return [
    { kind: 'heading', level: 2, text: a.evidence },
    entries.length === 0
      ? { kind: 'paragraph', text: a.evidenceNone, indent: true }
      : {
          kind: 'table',
          name: 'evidence',
          columns: tableColumns(a.evidenceHeaders, [0.9, 3.4, 2.4, 1.6, 4.6]),
          rows: entries.map((e) => [
            e.number,
            e.ref.name + evidenceDetailsText(e.ref, ctx.words),
            whereOf(ctx, e.ref),
            e.items.join(' '),
            e.ref.kind === 'file' ? e.ref.sha256 : ctx.words.dash
          ])
        }
  ]
}

/** 附件3: the auditee's feedback on each finding it answered, in the register's order. */
function feedbackAnnex(ctx: DocContext): Block[] {
  const a = ctx.labels.annexes
  const rows = ctx.model.findings
    .filter((row) => row.feedbackResponse !== '')
    .map((row): CellContent[] => [
      row.rank === null ? ctx.words.dash : String(row.rank),
      `【${row.targetId}】${row.title}`,
      row.feedbackResponse,
      row.feedbackExplanation.trim() === '' ? ctx.words.dash : row.feedbackExplanation,
      row.feedbackPlan.trim() === '' ? ctx.words.dash : row.feedbackPlan,
      cellDataText(ctx, row.feedbackDate),
      row.feedbackBy.trim() === '' ? ctx.words.dash : row.feedbackBy
    ])
  return [
    { kind: 'heading', level: 2, text: a.feedback },
    rows.length === 0
      ? { kind: 'paragraph', text: a.feedbackNone, indent: true }
      : { kind: 'paragraph', text: a.feedbackIntro, indent: true },
    ...(rows.length === 0
      ? []
      : [
          {
            kind: 'table' as const,
            name: 'feedback',
            columns: tableColumns(a.feedbackHeaders, [0.6, 3.2, 1, 3, 3, 1.3, 1.3]),
            rows
          }
        ])
  ]
}

function gateText(ctx: DocContext, enabled: boolean, param: string): string {
  const s = ctx.labels.annexes.gateState
  return enabled ? fill(s.on, { param }) : s.off
}

function methodAnnex(ctx: DocContext): Block[] {
  const a = ctx.labels.annexes
  const m = ctx.model.method
  const w = ctx.words
  const g = m.gates
  const levels = ctx.model.levels.map((l) => [String(l.level), l.code, l.label, String(l.minScore)])
  const weights: CellContent[][] = []
  for (const pillar of m.pillarWeights) {
    weights.push([pillar.id, { text: pillar.name, bold: true }, String(pillar.weight)])
    for (const section of m.sectionWeights.filter((s) => s.pillarId === pillar.id))
      weights.push([section.id, section.name, String(section.weight)])
  }
  const ypn = m.yesPartialNo
  const rules = a.methodRules.map((rule) =>
    fill(rule, {
      maturity: m.maturityScores.join(' / '),
      ypn: `${ypn.yes} / ${ypn.partial} / ${ypn.no}`,
      share: String(m.questionnaireShare),
      mode: w.factors.modes[m.factorScoring],
      critical: gateText(ctx, g.criticalItem.enabled, `+${g.criticalItem.levelsAbove}`),
      redLine: gateText(ctx, g.redLine.enabled, `≤ L${g.redLine.capLevel}`),
      coverage: gateText(
        ctx,
        g.coverage.enabled,
        `≤ ${formatPercent(g.coverage.maxNAWeightShare * 100)}`
      ),
      unevidenced: gateText(
        ctx,
        g.unevidenced.enabled,
        `L${g.unevidenced.minLevel} → L${g.unevidenced.scoredAsLevel}`
      )
    })
  )
  return [
    { kind: 'heading', level: 2, text: a.method },
    {
      kind: 'paragraph',
      text: fill(a.methodProfile, {
        name: m.profile.name,
        id: m.profile.id,
        version: m.profile.version,
        description: m.profile.description
      }).trim(),
      indent: true
    },
    { kind: 'heading', level: 3, text: a.methodLevels },
    {
      kind: 'table',
      name: 'levels',
      columns: tableColumns(
        [
          w.method.levelHeaders.level,
          w.method.levelHeaders.code,
          w.method.levelHeaders.label,
          w.method.levelHeaders.minScore
        ],
        [1, 1, 2, 1.2],
        { 0: 'center', 1: 'center', 3: 'right' }
      ),
      rows: levels
    },
    { kind: 'heading', level: 3, text: a.methodWeights },
    {
      kind: 'table',
      name: 'weights',
      columns: tableColumns(
        [w.method.weightHeaders.id, w.method.weightHeaders.name, w.method.weightHeaders.weight],
        [1, 4, 1.2],
        { 2: 'right' }
      ),
      rows: weights
    },
    { kind: 'heading', level: 3, text: a.methodGates },
    ...rules.map((text) => ({ kind: 'paragraph' as const, text }))
  ]
}

const HISTORY_ACTIONS = new Set([
  'status.change',
  'assessment.finalize',
  'assessment.reopen',
  'assessment.import',
  'assessment.merge',
  'review.sign',
  'review.sendBack'
])

function historyNote(ctx: DocContext, entry: DocContext['assessment']['auditLog'][number]): string {
  if (entry.action === 'review.sign' || entry.action === 'review.sendBack') {
    const step = reviewStep(entry, ctx.assessment.review, ctx.words)
    const L = ctx.words.reviewRecord
    const head =
      entry.action === 'review.sign'
        ? fill(L.stepText, { level: step.level, decision: step.decision })
        : step.decision
    return step.comment === '' ? head : fill(L.withComment, { text: head, comment: step.comment })
  }
  if (entry.reason !== undefined && entry.reason.trim() !== '') return entry.reason
  const statuses = ctx.words.statuses as Record<string, string>
  const word = (v: unknown): string =>
    typeof v === 'string' ? (statuses[v] ?? v) : v === undefined ? '' : ctx.words.dash
  if (entry.action === 'status.change') return `${word(entry.oldValue)} → ${word(entry.newValue)}`
  return ctx.words.dash
}

const dayOf = (cell: CellData): string =>
  cell !== null && typeof cell === 'object' && 'dateTime' in cell ? cell.dateTime.slice(0, 10) : ''

/** 分级复核: each level, who signed it, when, the decision and comment; or that there are none. */
function gradedReviewBlocks(ctx: DocContext): Block[] {
  const L = ctx.words.reviewRecord
  const review = ctx.model.review
  const h = L.levelHeaders
  const when = (cell: CellData): string =>
    cell !== null && typeof cell === 'object' && 'dateTime' in cell
      ? timeText(ctx, cell.dateTime)
      : ctx.words.dash
  return [
    { kind: 'heading', level: 3, text: L.levelsTitle },
    review.levels.length === 0
      ? { kind: 'paragraph', text: review.noLevels, indent: true }
      : {
          kind: 'table',
          name: 'reviewLevels',
          columns: tableColumns(
            [h.level, h.by, h.at, h.decision, h.comment],
            [1.7, 1.1, 1.8, 1.4, 2.4]
          ),
          rows: review.levels.map((level) => [
            fill(L.levelNamed, { level: level.levelText, name: level.name }),
            level.by || ctx.words.dash,
            when(level.at),
            level.decision,
            level.comment || ctx.words.dash
          ])
        }
  ]
}

function reviewAnnex(ctx: DocContext): Block[] {
  const a = ctx.labels.annexes
  const seal = ctx.assessment.finalization
  const history = ctx.assessment.auditLog
    .filter((entry) =>
      // A merge logs each decision and one summary (target `assessment`): the summary is enough.
      entry.action === 'assessment.merge'
        ? entry.target === 'assessment'
        : HISTORY_ACTIONS.has(entry.action)
    )
    .map((entry) => [
      timeText(ctx, entry.at),
      entry.by,
      ctx.words.audit.actions[entry.action] ?? entry.action,
      historyNote(ctx, entry)
    ])
  const roles = a.signatureRoles
  const review = ctx.model.review
  const signatures: CellContent[][] = [
    ...(ctx.assessment.metadata.assessors.length > 0
      ? ctx.assessment.metadata.assessors.map((name) => [roles.assessor, name, '', ''])
      : [[roles.assessor, '', '', '']]),
    // With graded review, one line per level with whoever signed it; else reviewer and approver.
    ...(review.levels.length > 0
      ? review.levels.map((level) => [level.name, level.by, '', dayOf(level.at)])
      : [
          [roles.reviewer, '', '', ''],
          [roles.approver, seal?.by ?? '', '', '']
        ])
  ]
  return [
    { kind: 'heading', level: 2, text: a.review },
    {
      kind: 'paragraph',
      text:
        seal === undefined
          ? a.sealNone
          : fill(a.seal, { text: ctx.model.cover.seal, hash: seal.contentHash }),
      indent: true
    },
    ...gradedReviewBlocks(ctx),
    { kind: 'heading', level: 3, text: a.history },
    history.length === 0
      ? { kind: 'paragraph', text: a.historyNone, indent: true }
      : {
          kind: 'table',
          name: 'history',
          columns: tableColumns(a.historyHeaders, [1.8, 1.1, 1.3, 3.8]),
          rows: history
        },
    { kind: 'heading', level: 3, text: a.signature },
    {
      kind: 'table',
      name: 'signatures',
      tall: true,
      columns: tableColumns(a.signatureHeaders, [1.4, 2, 2.6, 1.6]),
      rows: signatures
    },
    { kind: 'paragraph', text: a.stamp }
  ]
}

/**
 * 附件 1–6: details, evidence index, the auditee's feedback, scoring method, review record, and
 * the registers (only when figures were measured from registers; last, so the others keep their
 * numbers whether or not it is there).
 */
export function annexChapters(ctx: DocContext): {
  wide: Block[]
  narrow: Block[]
  registers: Block[]
} {
  const evidence = evidenceIndex(ctx)
  return {
    wide: [
      { kind: 'heading', level: 1, text: ctx.labels.chapters.annexes },
      ...detailsAnnex(ctx, evidence.byItem),
      ...evidenceAnnex(ctx, evidence.entries),
      ...feedbackAnnex(ctx)
    ],
    narrow: [...methodAnnex(ctx), ...reviewAnnex(ctx)],
    registers: registersAnnex(ctx, ctx.registers)
  }
}
