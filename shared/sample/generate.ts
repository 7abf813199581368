import type {
  KeySystem,
  Answer,
  Assessment,
  AuditEntry,
  FactorEntry,
  FindingRecord
} from '../assessment/assessment'
import type { Bank, Section } from '../bank/bank'
import { bankRef, findProfile } from '../bank'
import type { Question } from '../bank/question'
import { scoreAssessment, systemsInScope } from '../scoring'
import type { ScoringResult } from '../scoring'
import type { Prng } from '../util/prng'
import { createPrng } from '../util/prng'
import { drawComment, drawEvidence, drawValue } from './answers'
import type { FirmProfile } from './answers'
import {
  ASSESSOR_NAMES,
  FACTOR_COMMENTS,
  FINDING_ACTIONS,
  FINDING_OWNERS,
  NA_JUSTIFICATIONS,
  NA_JUSTIFICATIONS_BY_QUESTION,
  SAMPLE_INSTITUTION,
  SAMPLE_NOTES,
  SYSTEMS
} from './catalog'
import type { SystemMinutes } from './catalog'
import { SYSTEM_BAND_WEIGHTS, alignOutages, drawFactorValues, drawFirmScale } from './factors'
import {
  DAY,
  MINUTE,
  addDays,
  addWorkMinutes,
  isoBeijing,
  previousTwelveMonths,
  toMillis
} from './time'

export interface SampleOptions {
  /** The same seed (with the same bank and `now`) always gives the same assessment. */
  seed: number
  /** A profile of the bank; default: the bank's default profile. */
  profileId?: string
  /** The moment the sample pretends to be made; default SAMPLE_BASE_DATE (never the clock). */
  now?: string | Date
}

/** The fixed "today" of samples: output must not depend on when it is generated. */
export const SAMPLE_BASE_DATE = '2025-07-14T09:30:00+08:00'

interface Draft {
  question: Question
  section: Section
  pillarIndex: number
  answer: Answer
}

/** Everything the steps below share: the random stream, people, clock and id counters. */
interface Context {
  prng: Prng
  seed: number
  assessors: string[]
  clock: number
  nextEvidenceId: () => string
}

function counter(prefix: string, width: number): () => string {
  let n = 0
  return () => `${prefix}${String(++n).padStart(width, '0')}`
}

/** The questions shown under the bank's skip logic for these answers (the scorer's own rule). */
function visibleIds(bank: Bank, assessment: Assessment, answers: Answer[]): Set<string> {
  const result = scoreAssessment(bank, { ...assessment, answers, factors: [] })
  return new Set(result.questions.filter((q) => q.visible).map((q) => q.id))
}

function draftAnswers(
  bank: Bank,
  ctx: Context,
  firm: FirmProfile,
  period: { start: string; end: string }
): Draft[] {
  const drafts: Draft[] = []
  bank.pillars.forEach((pillar, pillarIndex) => {
    for (const section of pillar.sections)
      for (const question of section.questions) {
        const answer: Answer = {
          questionId: question.id,
          value: drawValue(question, ctx.prng, firm, period),
          evidence: [],
          flagged: false,
          carriedOver: false
        }
        // Evidence questions are answered by their references; add them now, as skip logic may test them.
        if (question.type === 'evidence')
          answer.evidence = drawEvidence(
            section.id,
            ctx.prng.int(1, 3),
            ctx.prng,
            ctx.nextEvidenceId,
            ctx.seed
          )
        drafts.push({ question, section, pillarIndex, answer })
      }
  })
  return drafts
}

/**
 * Makes numeric answers meet the bank's `compare` rules between two questions (e.g. RTO ≥ RPO):
 * a sample should show the warnings real data would cause, not ones the generator made up.
 */
function honourCompareRules(bank: Bank, drafts: Draft[]): void {
  const byId = new Map(drafts.map((d) => [d.question.id, d.answer]))
  for (const rule of bank.consistencyRules) {
    if (rule.kind !== 'compare' || !('question' in rule.left) || !('question' in rule.right))
      continue
    const left = byId.get(rule.left.question)
    const right = byId.get(rule.right.question)
    if (typeof left?.value !== 'number' || typeof right?.value !== 'number') continue
    const [l, r] = [left.value, right.value]
    const holds = { eq: l === r, ne: l !== r, gt: l > r, gte: l >= r, lt: l < r, lte: l <= r }[
      rule.op
    ]
    if (!holds)
      left.value =
        rule.op === 'ne'
          ? r + 1
          : rule.op === 'gt' || rule.op === 'lt'
            ? r + (rule.op === 'gt' ? 1 : -1)
            : r
  }
}

/**
 * Keeps only answers to questions that are visible, evaluating skip logic as the answers stand.
 * Dropping a hidden question's answer never changes visibility (a condition on a hidden question
 * is false either way), so a few rounds reach a stable set.
 */
function keepVisible(bank: Bank, base: Assessment, drafts: Draft[]): Draft[] {
  let kept = drafts
  for (let round = 0; round < 5; round++) {
    const visible = visibleIds(
      bank,
      base,
      kept.map((d) => d.answer)
    )
    const next = kept.filter((d) => visible.has(d.question.id))
    if (next.length === kept.length) return kept
    kept = next
  }
  return kept
}

/** A couple of justified N/A answers where the bank allows N/A. */
function markNotApplicable(drafts: Draft[], ctx: Context): void {
  const candidates = drafts.filter((d) => d.question.allowNA && d.question.type !== 'evidence')
  const count = Math.min(candidates.length, ctx.prng.int(1, 2))
  const generic = ctx.prng.shuffle(NA_JUSTIFICATIONS)
  ctx.prng
    .shuffle(candidates)
    .slice(0, count)
    .forEach((draft, i) => {
      draft.answer.value = null
      draft.answer.na = {
        justification:
          NA_JUSTIFICATIONS_BY_QUESTION[draft.question.id] ?? generic[i % generic.length]!
      }
    })
}

/**
 * Evidence on most maturity answers at level 3 and above, but deliberately none on one or two of
 * them, so the unevidenced-maturity gate has something to show; some yes answers carry evidence too.
 */
function attachEvidence(drafts: Draft[], ctx: Context): void {
  const high = drafts.filter(
    (d) =>
      d.question.type === 'maturity' && typeof d.answer.value === 'number' && d.answer.value >= 3
  )
  const without = new Set(
    ctx.prng.shuffle(high).slice(0, Math.min(high.length, ctx.prng.int(1, 2)))
  )
  for (const draft of drafts) {
    const { question, answer, section } = draft
    const wants =
      (question.type === 'maturity' && high.includes(draft) && !without.has(draft)) ||
      (question.type === 'maturity' && answer.value === 2 && ctx.prng.chance(0.3)) ||
      (question.type === 'yesPartialNo' && answer.value === 'yes' && ctx.prng.chance(0.35))
    if (wants)
      answer.evidence = drawEvidence(
        section.id,
        ctx.prng.int(1, 2),
        ctx.prng,
        ctx.nextEvidenceId,
        ctx.seed
      )
  }
}

/** Comments, who answered and when: assessors split the pillars and work in office hours. */
function finishAnswers(drafts: Draft[], ctx: Context): void {
  for (const draft of drafts) {
    const { answer, question } = draft
    const comment =
      answer.na === undefined ? drawComment(question, answer.value, ctx.prng) : undefined
    if (comment !== undefined) answer.comment = comment
    ctx.clock = addWorkMinutes(ctx.clock, ctx.prng.int(3, 25))
    answer.answeredBy = ctx.assessors[draft.pillarIndex % ctx.assessors.length]!
    answer.answeredAt = isoBeijing(ctx.clock)
  }
}

function factorEntries(
  bank: Bank,
  ctx: Context,
  systems: readonly KeySystem[],
  minutes: ReadonlyMap<string, SystemMinutes>
): FactorEntry[] {
  const scale = drawFirmScale(ctx.prng)
  return bank.factors.map((factor) => {
    const entry: FactorEntry =
      factor.perSystem === undefined
        ? { factorId: factor.id, values: drawFactorValues(factor, scale, ctx.prng), evidence: [] }
        : {
            factorId: factor.id,
            values: {},
            bySystem: Object.fromEntries(
              systemsInScope(factor.perSystem, systems).map((system) => [
                system.id,
                drawFactorValues(
                  factor,
                  scale,
                  ctx.prng,
                  SYSTEM_BAND_WEIGHTS,
                  minutes.get(system.id)
                )
              ])
            ),
            evidence: []
          }
    if (ctx.prng.chance(0.3)) entry.comment = ctx.prng.pick(FACTOR_COMMENTS)
    if (ctx.prng.chance(0.5))
      entry.evidence = drawEvidence(factor.feeds, 1, ctx.prng, ctx.nextEvidenceId, ctx.seed)
    ctx.clock = addWorkMinutes(ctx.clock, ctx.prng.int(5, 30))
    entry.updatedBy = ctx.prng.pick(ctx.assessors)
    entry.updatedAt = isoBeijing(ctx.clock)
    return entry
  })
}

/** Remediation records for the top findings the engine reports. */
function findingRecords(result: ScoringResult, ctx: Context, periodEnd: string): FindingRecord[] {
  const top = result.findings.slice(0, ctx.prng.int(5, 8))
  return top.map((finding) => ({
    findingId: finding.id,
    owner: ctx.prng.pick(FINDING_OWNERS),
    dueDate: addDays(periodEnd, ctx.prng.int(60, 270)),
    action: ctx.prng.pick(
      finding.kind === 'question' ? FINDING_ACTIONS.question : FINDING_ACTIONS.factor
    ),
    status: ctx.prng.weighted(['open', 'inProgress', 'done', 'accepted'] as const, [40, 40, 15, 5])
  }))
}

function auditLog(assessment: Assessment, ctx: Context, createdAt: number): AuditEntry[] {
  const nextId = counter('au-', 4)
  const first = ctx.assessors[0]!
  const log: AuditEntry[] = [
    {
      id: nextId(),
      at: isoBeijing(createdAt),
      by: first,
      action: 'assessment.create',
      newValue: {
        institution: assessment.metadata.institution,
        bank: `${assessment.bank.id} ${assessment.bank.version}`
      }
    }
  ]
  const answered = assessment.answers.filter((a) => a.answeredAt !== undefined)
  for (const answer of answered.filter((_, i) => i % 7 === 0).slice(0, 12))
    log.push({
      id: nextId(),
      at: answer.answeredAt!,
      by: answer.answeredBy ?? first,
      action: 'answer.set',
      target: `question:${answer.questionId}`,
      newValue: answer.value
    })
  for (const entry of assessment.factors.slice(0, 3))
    log.push({
      id: nextId(),
      at: entry.updatedAt!,
      by: entry.updatedBy ?? first,
      action: 'factor.set',
      target: `factor:${entry.factorId}`,
      newValue: entry.values
    })
  const finding = assessment.findings[0]
  if (finding !== undefined) {
    ctx.clock = addWorkMinutes(ctx.clock, ctx.prng.int(10, 40))
    log.push({
      id: nextId(),
      at: isoBeijing(ctx.clock),
      by: first,
      action: 'finding.set',
      target: `finding:${finding.findingId}`,
      newValue: { owner: finding.owner, dueDate: finding.dueDate }
    })
  }
  if (assessment.status === 'inReview') {
    ctx.clock = addWorkMinutes(ctx.clock, ctx.prng.int(30, 120))
    log.push({
      id: nextId(),
      at: isoBeijing(ctx.clock),
      by: first,
      action: 'status.change',
      oldValue: 'draft',
      newValue: 'inReview',
      reason: '初评完成，提交复核'
    })
  }
  // Chronological (ids are assigned in creation order and stay as they are).
  return log.sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
}

/**
 * A complete, realistic, deterministic assessment of an invented securities firm against `bank`:
 * every visible question answered (skip logic evaluated with the scoring engine), mostly maturity
 * levels 2–3 with some 4 and a few 1, a couple of justified N/A answers, evidence on most
 * answers at level 3 and above (deliberately not on one or two), comments, plausible factor inputs
 * that meet the entry checks (the capacity multiple breaches its red line for some seeds),
 * remediation records for the top findings and a short audit log.
 * The same seed, bank, profile and `now` give a byte-identical file: no clock, no Math.random.
 */
export function generateSampleAssessment(bank: Bank, options: SampleOptions): Assessment {
  const profile = findProfile(bank, options.profileId)
  if (profile === undefined)
    throw new Error(
      `sample: bank ${bank.id} has no profile "${options.profileId ?? bank.defaultProfileId}"`
    )
  const prng = createPrng(options.seed)
  const now = toMillis(options.now ?? SAMPLE_BASE_DATE)
  const createdAt = addWorkMinutes(now + prng.int(0, 3) * DAY, prng.int(0, 90))
  const period = previousTwelveMonths(now)
  const assessors = prng.shuffle(ASSESSOR_NAMES).slice(0, prng.int(2, 3))
  const ctx: Context = {
    prng,
    seed: options.seed,
    assessors,
    clock: createdAt,
    nextEvidenceId: counter('ev-', 3)
  }
  const firm = prng.weighted<FirmProfile>(['developing', 'typical', 'advanced'], [25, 50, 25])
  const inScope = SYSTEMS.filter((_, i) => i < 6 || prng.chance(0.5)).map((sample, i) => ({
    ...sample,
    id: `sys-${i + 1}`
  }))
  const systems: KeySystem[] = inScope.map(({ id, system }) => ({ id, ...system }))
  const minutes = new Map(inScope.map(({ id, minutes }) => [id, minutes]))

  const assessment: Assessment = {
    id: `sample-${options.seed < 0 ? `n${-options.seed}` : options.seed}`,
    createdAt: isoBeijing(createdAt),
    updatedAt: isoBeijing(createdAt),
    metadata: { institution: SAMPLE_INSTITUTION, systems, period, assessors, notes: SAMPLE_NOTES },
    bank: bankRef(bank),
    profile,
    status: prng.chance(0.5) ? 'draft' : 'inReview',
    answers: [],
    factors: [],
    findings: [],
    auditLog: []
  }
  const drafts = draftAnswers(bank, ctx, firm, period)
  honourCompareRules(bank, drafts)
  const shown = keepVisible(bank, assessment, drafts)
  markNotApplicable(shown, ctx)
  const final = keepVisible(bank, assessment, shown)
  attachEvidence(final, ctx)
  finishAnswers(final, ctx)
  assessment.answers = final.map((d) => d.answer)
  assessment.factors = alignOutages(factorEntries(bank, ctx, systems, minutes))
  assessment.findings = findingRecords(scoreAssessment(bank, assessment), ctx, period.end)
  assessment.auditLog = auditLog(assessment, ctx, createdAt)
  assessment.updatedAt = isoBeijing(Math.max(ctx.clock, createdAt + MINUTE))
  return assessment
}
