import type { LevelDefinition } from '../bank/profile'
import type { LocalizedText } from '../bank/primitives'
import { formatScore } from './format'
import { RED_LINE_WORDS } from '../issues/catalogue/terms'
import { listParam } from '../util/issue-codes'
import { scoringText } from './issues'
import { levelCode } from './levels'
import type { CoverageGate, CriticalItemGate, RedLineBreach, RedLineGate } from './types'

/**
 * The level gates (C2M2-style): each returns a structured explanation with a bilingual text
 * such as "72.0 → L3，因红线 F10 封顶为 L2" / "72.0 → L3, capped to L2 by red line F10", so the
 * report can show the number and the gated level side by side with the reason.
 */

const head = (score: number, rawLevel: number, levels: readonly LevelDefinition[]): string =>
  `${formatScore(score)} → ${levelCode(levels, rawLevel)}`

const uniqueIds = (ids: readonly string[]): string[] => [...new Set(ids)]

const redLines = (count: number): LocalizedText =>
  count === 1 ? RED_LINE_WORDS.one : RED_LINE_WORDS.many

/** `head`, then the reasons in each language's list style. */
function withReasons(head: string, reasons: readonly LocalizedText[]): LocalizedText {
  if (reasons.length === 0) return { 'zh-CN': head, 'en-US': head }
  const joined = {
    'zh-CN': reasons.map((r) => r['zh-CN']).join('；'),
    'en-US': reasons.map((r) => r['en-US']).join('; ')
  }
  return scoringText('headWithReasons', { head, reasons: joined })
}

/** A critical item as the gate reads it: its level (unanswered critical items are L0). */
export interface CriticalItemLevel {
  questionId: string
  level: number
}

/**
 * Critical-item gate: a section or process is rated at most (lowest level among its visible,
 * applicable critical scored items) + `levelsAbove`. Null when there is no such item.
 * `items` must be in bank order: on a tie the first is named.
 */
export function criticalItemGate(input: {
  sectionId: string
  score: number
  rawLevel: number
  items: readonly CriticalItemLevel[]
  levelsAbove: number
  levels: readonly LevelDefinition[]
}): CriticalItemGate | null {
  let lowest: CriticalItemLevel | undefined
  for (const item of input.items)
    if (lowest === undefined || item.level < lowest.level) lowest = item
  if (lowest === undefined) return null
  const capLevel = Math.min(4, lowest.level + input.levelsAbove)
  const level = Math.min(input.rawLevel, capLevel)
  const binding = level < input.rawLevel
  const h = head(input.score, input.rawLevel, input.levels)
  const item = levelCode(input.levels, lowest.level)
  const cap = levelCode(input.levels, capLevel)
  const params = { head: h, question: lowest.questionId, item, cap }
  const text = scoringText(binding ? 'criticalCapped' : 'criticalNotBinding', params)
  return {
    gate: 'criticalItem',
    sectionId: input.sectionId,
    questionId: lowest.questionId,
    itemLevel: lowest.level,
    capLevel,
    rawLevel: input.rawLevel,
    level,
    binding,
    text
  }
}

function redLineClause(ids: readonly string[], cap: string): LocalizedText {
  return scoringText('redLineCapped', { redLines: redLines(ids.length), ids: listParam(ids), cap })
}

/**
 * Red-line gate: any breached regulatory red line (a factor's or a question's) caps the overall
 * level at `capLevel` (the caller passes the regulatory breaches only). Null when nothing is
 * breached.
 */
export function redLineGate(input: {
  score: number
  rawLevel: number
  breaches: readonly RedLineBreach[]
  capLevel: number
  levels: readonly LevelDefinition[]
}): RedLineGate | null {
  if (input.breaches.length === 0) return null
  const level = Math.min(input.rawLevel, input.capLevel)
  const binding = level < input.rawLevel
  const ids = uniqueIds(input.breaches.map((b) => b.sourceId))
  const h = head(input.score, input.rawLevel, input.levels)
  const cap = levelCode(input.levels, input.capLevel)
  const clause = redLineClause(ids, cap)
  const text = binding
    ? withReasons(h, [clause])
    : scoringText('redLineNotBinding', {
        head: h,
        redLines: redLines(ids.length),
        ids: listParam(ids),
        cap
      })
  return {
    gate: 'redLine',
    breaches: [...input.breaches],
    capLevel: input.capLevel,
    rawLevel: input.rawLevel,
    level,
    binding,
    text
  }
}

function coverageClause(pillarIds: readonly string[]): LocalizedText {
  const code = pillarIds.length === 1 ? 'coverageWithheld' : 'coverageWithheldMany'
  return scoringText(code, { ids: listParam(pillarIds) })
}

/**
 * Coverage gate: the overall level is withheld (null) while any pillar has insufficient
 * coverage. Null when every pillar is covered.
 */
export function coverageGate(input: {
  score: number | null
  rawLevel: number | null
  pillarIds: readonly string[]
  levels: readonly LevelDefinition[]
}): CoverageGate | null {
  if (input.pillarIds.length === 0) return null
  const clause = coverageClause(input.pillarIds)
  const text =
    input.score === null || input.rawLevel === null
      ? clause
      : withReasons(head(input.score, input.rawLevel, input.levels), [clause])
  return {
    gate: 'coverage',
    pillarIds: [...input.pillarIds],
    rawLevel: input.rawLevel,
    level: null,
    binding: true,
    text
  }
}

/**
 * The overall line of the report: "score → raw level", then every binding gate's reason, e.g.
 * "72.0 → L3，因红线 F10 封顶为 L2；因支柱 B 覆盖不足，暂不评定等级". A red line that does not lower
 * the level is still mentioned, so a breach is never invisible.
 */
export function overallText(input: {
  score: number | null
  rawLevel: number | null
  redLine: RedLineGate | null
  coverage: CoverageGate | null
  /** Sources (factor or question ids) of breached internal red lines: named, never capping. */
  internalRedLineIds?: readonly string[]
  levels: readonly LevelDefinition[]
}): LocalizedText {
  if (input.score === null || input.rawLevel === null) return scoringText('nothingToScore')
  const h = head(input.score, input.rawLevel, input.levels)
  const reasons: LocalizedText[] = []
  if (input.redLine !== null) {
    const ids = uniqueIds(input.redLine.breaches.map((b) => b.sourceId))
    const cap = levelCode(input.levels, input.redLine.capLevel)
    reasons.push(
      input.redLine.binding
        ? redLineClause(ids, cap)
        : scoringText('redLineBreachedClause', {
            redLines: redLines(ids.length),
            ids: listParam(ids),
            cap
          })
    )
  }
  if (input.coverage !== null) reasons.push(coverageClause(input.coverage.pillarIds))
  const internal = uniqueIds(input.internalRedLineIds ?? [])
  if (internal.length > 0)
    reasons.push(
      scoringText('internalRedLineClause', {
        redLines: redLines(internal.length),
        ids: listParam(internal)
      })
    )
  return withReasons(h, reasons)
}
