/**
 * Fixtures for the report tests: a variant of the default bank whose factors use `expression`
 * formulas, and seeded random assessments that exercise every path the workbook's formulas must
 * reproduce — unanswered, N/A (valid and invalid), invalid values, skip logic, unevidenced
 * maturity, missing/invalid/zero-denominator/constraint-breaking factor inputs, linear scoring,
 * gates on and off, questionnaire shares at the extremes.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Answer, Assessment, FactorEntry } from '../../shared/assessment/assessment'
import { loadBank } from '../../shared/bank'
import type { Bank } from '../../shared/bank/bank'
import type { Question } from '../../shared/bank/question'
import { generateSampleAssessment } from '../../shared/sample'
import { createPrng, type Prng } from '../../shared/util/prng'

const BANK_FILE = resolve(import.meta.dirname, '../../resources/banks/sac-stability-2025.json')

/**
 * The default bank with three factors rewritten as `expression` formulas (min, max, unary minus,
 * nested division), so the Excel rendering of the expression AST is exercised end to end.
 */
export function expressionBank(): Bank {
  const raw = JSON.parse(readFileSync(BANK_FILE, 'utf8')) as {
    version: string
    factors: Array<{ id: string; formula: unknown }>
  }
  const formulas: Record<string, string> = {
    F10: 'min(C_order / P_order / 3, C_trade / P_trade / 3, C_bw / P_bw / 2)',
    F06: '-(-T_detect) / max(N_fault, 0)',
    F12: '(I_auto + 0.5 * 0) / I_total - -0'
  }
  for (const factor of raw.factors) {
    const expression = formulas[factor.id]
    if (expression !== undefined) factor.formula = { kind: 'expression', expression }
  }
  raw.version = '1.0.0-expr'
  const loaded = loadBank(raw)
  if (!loaded.ok) throw new Error(`expression bank: ${JSON.stringify(loaded.issues.slice(0, 3))}`)
  return loaded.value.bank
}

/**
 * The default bank with N/A allowed on every question: with many N/A answers, sections lose
 * coverage or have nothing left to score, and pillars lose coverage — the coverage gate's paths.
 */
export function allowNABank(): Bank {
  const raw = JSON.parse(readFileSync(BANK_FILE, 'utf8')) as {
    version: string
    pillars: Array<{ sections: Array<{ questions: Array<{ allowNA?: boolean }> }> }>
  }
  for (const pillar of raw.pillars)
    for (const section of pillar.sections) for (const q of section.questions) q.allowNA = true
  raw.version = '1.0.0-na'
  const loaded = loadBank(raw)
  if (!loaded.ok) throw new Error(`N/A bank: ${JSON.stringify(loaded.issues.slice(0, 3))}`)
  return loaded.value.bank
}

/**
 * The N/A-allowing bank with every question repeated `copies` times in its own section (ids
 * `<id>-2`, `<id>-3`, …; texts marked with the copy number; red lines stay on the originals): a
 * bank large enough for a report of hundreds of findings, as a firm's own extended bank could be.
 */
export function widenedBank(copies: number): Bank {
  const raw = JSON.parse(readFileSync(BANK_FILE, 'utf8')) as {
    version: string
    pillars: Array<{
      sections: Array<{
        questions: Array<{
          id: string
          allowNA?: boolean
          redLine?: unknown
          text: Record<string, string>
        }>
      }>
    }>
  }
  for (const pillar of raw.pillars)
    for (const section of pillar.sections) {
      const extra = section.questions.flatMap((q) =>
        Array.from({ length: copies - 1 }, (_, k) => ({
          ...structuredClone(q),
          id: `${q.id}-${k + 2}`,
          redLine: undefined,
          text: Object.fromEntries(
            Object.entries(q.text).map(([lang, text]) => [lang, `${text}（${k + 2}）`])
          )
        }))
      )
      section.questions.push(...extra)
      for (const q of section.questions) q.allowNA = true
    }
  raw.version = `1.0.0-x${copies}`
  const loaded = loadBank(raw)
  if (!loaded.ok) throw new Error(`widened bank: ${JSON.stringify(loaded.issues.slice(0, 3))}`)
  return loaded.value.bank
}

function randomValue(question: Question, prng: Prng, periodEnd: string): Answer['value'] {
  switch (question.type) {
    case 'maturity':
      return prng.int(0, 4)
    case 'yesPartialNo':
      return prng.pick(['yes', 'partial', 'no'])
    case 'singleChoice':
      return prng.pick(question.options).id
    case 'multiChoice': {
      const plain = question.options.filter((o) => o.exclusive !== true)
      const exclusive = question.options.find((o) => o.exclusive === true)
      if (exclusive !== undefined && prng.chance(0.2)) return [exclusive.id]
      const chosen = prng.shuffle(plain).slice(0, prng.int(1, Math.max(1, plain.length)))
      return chosen.map((o) => o.id)
    }
    case 'number': {
      const min = question.min ?? 0
      const max = question.max ?? min + 500
      const n = min + prng.next() * (max - min)
      return question.integer ? Math.round(n) : Math.round(n * 100) / 100
    }
    case 'percentage':
      return prng.int(0, 1000) / 10
    case 'date': {
      const end = Date.parse(`${periodEnd}T00:00:00Z`)
      return new Date(end - prng.int(-60, 500) * 86_400_000).toISOString().slice(0, 10)
    }
    case 'text':
      return `说明 ${prng.int(1, 999)}`
    case 'evidence':
      return null
  }
}

function invalidValue(question: Question): Answer['value'] {
  return question.type === 'maturity' ? 7 : question.type === 'text' ? 42 : 'not-an-option'
}

function randomAnswer(
  question: Question,
  prng: Prng,
  naRate: number,
  periodEnd: string
): Answer | null {
  if (prng.chance(0.12)) return null
  const evidence = prng.chance(0.5)
    ? [
        {
          kind: 'reference' as const,
          id: `ev-${question.id.replace('.', '-')}`,
          name: `《${question.id} 记录》`
        }
      ]
    : []
  const base = { questionId: question.id, evidence, flagged: false, carriedOver: false }
  if (question.allowNA && prng.chance(naRate)) {
    // Now and then an N/A without a justification: invalid, counted as unanswered.
    const justification = prng.chance(0.1) ? ' ' : '不涉及该业务'
    return { ...base, value: null, na: { justification } }
  }
  if (prng.chance(0.03)) return { ...base, value: invalidValue(question) }
  return { ...base, value: randomValue(question, prng, periodEnd) }
}

function randomFactorEntry(bank: Bank, factorId: string, prng: Prng): FactorEntry | null {
  const factor = bank.factors.find((f) => f.id === factorId)
  if (factor === undefined || prng.chance(0.08)) return null
  const values: Record<string, number | null> = {}
  for (const input of factor.inputs) {
    const roll = prng.next()
    if (roll < 0.05) values[input.id] = null
    else if (roll < 0.15) values[input.id] = 0
    else if (roll < 0.18) values[input.id] = input.integer ? 2.5 : -1
    else values[input.id] = input.integer ? prng.int(1, 400) : prng.int(1, 400000) / 100
  }
  for (const c of factor.constraints) {
    const l = values[c.left]
    const r = values[c.right]
    // Mostly keep numerator ≤ denominator; sometimes break it; sometimes hit a threshold exactly.
    if (typeof l === 'number' && typeof r === 'number' && l > r && prng.chance(0.9)) {
      values[c.left] = r
      values[c.right] = l
    }
    if (typeof r === 'number' && r > 0 && prng.chance(0.1) && Number.isInteger(r))
      values[c.left] = Math.round(r * 0.95)
  }
  return { factorId, values, evidence: [] }
}

/** Options varying the profile, so gates, modes and shares are exercised. */
function randomProfile(bank: Bank, prng: Prng): Assessment['profile'] {
  const profile = structuredClone(prng.pick(bank.profiles))
  profile.factorScoring = prng.chance(0.35) ? 'linear' : 'bands'
  profile.questionnaireShare = prng.pick([0.6, 0.6, 0.5, 1, 0, 0.35])
  profile.gates.criticalItem.enabled = prng.chance(0.8)
  profile.gates.criticalItem.levelsAbove = prng.pick([1, 1, 0, 2])
  profile.gates.redLine.enabled = prng.chance(0.8)
  profile.gates.coverage.enabled = prng.chance(0.8)
  profile.gates.coverage.maxNAWeightShare = prng.pick([0.5, 0.5, 0.25, 0])
  profile.gates.unevidencedMaturity.enabled = prng.chance(0.8)
  return profile
}

/**
 * A seeded random assessment of `bank`: the sample generator's metadata and shape, then answers
 * and factor inputs redrawn at random (see the module comment).
 */
export function randomAssessment(
  bank: Bank,
  seed: number,
  options: { naRate?: number } = {}
): Assessment {
  const prng = createPrng(seed)
  const assessment = generateSampleAssessment(bank, { seed })
  const naRate = options.naRate ?? prng.pick([0.05, 0.15, 0.6])
  const periodEnd = assessment.metadata.period.end
  const answers: Answer[] = []
  for (const pillar of bank.pillars)
    for (const section of pillar.sections)
      for (const question of section.questions) {
        const answer = randomAnswer(question, prng, naRate, periodEnd)
        if (answer !== null) answers.push(answer)
      }
  const factors = bank.factors
    .map((f) => randomFactorEntry(bank, f.id, prng))
    .filter((e): e is FactorEntry => e !== null)
  return {
    ...assessment,
    id: `random-${seed}`,
    profile: randomProfile(bank, prng),
    answers,
    factors
  }
}
