import type { LevelDefinition } from '../bank/profile'
import type { LocalizedText } from '../bank/primitives'
import { formatScore } from './format'
import { localized } from './issues'
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
  const text = binding
    ? localized(
        `${h}，因关键项 ${lowest.questionId}（${item}）封顶为 ${cap}`,
        `${h}, capped to ${cap} by critical item ${lowest.questionId} (${item})`
      )
    : localized(
        `${h}（关键项 ${lowest.questionId} 为 ${item}，上限 ${cap}，未触发封顶）`,
        `${h} (critical item ${lowest.questionId} is ${item}; cap ${cap} not binding)`
      )
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
  const en = ids.length === 1 ? `red line ${ids[0]}` : `red lines ${ids.join(', ')}`
  return localized(`因红线 ${ids.join('、')} 封顶为 ${cap}`, `capped to ${cap} by ${en}`)
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
    ? localized(`${h}，${clause['zh-CN']}`, `${h}, ${clause['en-US']}`)
    : localized(
        `${h}（已触发红线 ${ids.join('、')}，上限 ${cap}，未影响评级）`,
        `${h} (${ids.length === 1 ? 'red line' : 'red lines'} ${ids.join(', ')} breached; cap ${cap} not binding)`
      )
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
  const en =
    pillarIds.length === 1
      ? `pillar ${pillarIds[0]} has insufficient coverage`
      : `pillars ${pillarIds.join(', ')} have insufficient coverage`
  return localized(`因支柱 ${pillarIds.join('、')} 覆盖不足，暂不评定等级`, `level withheld: ${en}`)
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
      : localized(
          `${head(input.score, input.rawLevel, input.levels)}，${clause['zh-CN']}`,
          `${head(input.score, input.rawLevel, input.levels)}, ${clause['en-US']}`
        )
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
  if (input.score === null || input.rawLevel === null)
    return localized('无可计分内容，不评定等级', 'nothing to score; no level')
  const h = head(input.score, input.rawLevel, input.levels)
  const zh: string[] = []
  const en: string[] = []
  if (input.redLine !== null) {
    const ids = uniqueIds(input.redLine.breaches.map((b) => b.sourceId))
    const cap = levelCode(input.levels, input.redLine.capLevel)
    if (input.redLine.binding) {
      const clause = redLineClause(ids, cap)
      zh.push(clause['zh-CN'])
      en.push(clause['en-US'])
    } else {
      zh.push(`已触发红线 ${ids.join('、')}（上限 ${cap}，未影响评级）`)
      en.push(
        `${ids.length === 1 ? 'red line' : 'red lines'} ${ids.join(', ')} breached (cap ${cap} not binding)`
      )
    }
  }
  if (input.coverage !== null) {
    const clause = coverageClause(input.coverage.pillarIds)
    zh.push(clause['zh-CN'])
    en.push(clause['en-US'])
  }
  const internal = uniqueIds(input.internalRedLineIds ?? [])
  if (internal.length > 0) {
    zh.push(`已触发内部红线 ${internal.join('、')}（非监管红线，不影响评级）`)
    en.push(
      `internal ${internal.length === 1 ? 'red line' : 'red lines'} ${internal.join(', ')} breached (not regulatory; no cap)`
    )
  }
  if (zh.length === 0) return localized(h, h)
  return localized(`${h}，${zh.join('；')}`, `${h}, ${en.join('; ')}`)
}
