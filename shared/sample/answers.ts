import type { AnswerValue, EvidenceRef } from '../assessment/assessment'
import type { Question } from '../bank/question'
import type { Prng } from '../util/prng'
import { sha256Hex, utf8Bytes } from '../util/sha256'
import {
  COMMENTS,
  DOCUMENT_LOCATIONS,
  DOCUMENTS,
  FALLBACK_DOCUMENTS,
  FILE_TYPES,
  GENERIC_TEXT,
  INTERVIEWEES,
  NUMBER_RANGES,
  TEXT_ANSWERS
} from './catalog'
import { addDays, daysBetween } from './time'

/** How mature the invented firm is overall; shifts the maturity distribution per seed. */
export type FirmProfile = 'developing' | 'typical' | 'advanced'

/** Relative weights of maturity levels 0..4: mostly 2–3, some 4, a few 1. */
const MATURITY_WEIGHTS: Record<FirmProfile, readonly number[]> = {
  developing: [1, 10, 42, 36, 11],
  typical: [1, 6, 35, 42, 16],
  advanced: [0, 3, 27, 47, 23]
}

/** A plausible value for a question; null for evidence questions (answered by references). */
export function drawValue(
  question: Question,
  prng: Prng,
  firm: FirmProfile,
  period: { start: string; end: string }
): AnswerValue {
  switch (question.type) {
    case 'maturity': {
      const weights = MATURITY_WEIGHTS[firm]
      // Firms put critical practices in place first, so levels 0–1 are rarer there.
      const adjusted = question.critical
        ? weights.map((w, level) => (level <= 1 ? w / 2 : w))
        : weights
      return prng.weighted([0, 1, 2, 3, 4], adjusted)
    }
    case 'yesPartialNo': {
      if (question.redLine !== undefined) {
        const breach = question.redLine.whenAnswerIn.find(
          (v) => v === 'yes' || v === 'partial' || v === 'no'
        )
        if (breach !== undefined && prng.chance(0.08)) return breach
        return (
          ['yes', 'partial', 'no'].find((v) => !question.redLine!.whenAnswerIn.includes(v)) ?? 'yes'
        )
      }
      return prng.weighted(['yes', 'partial', 'no'], [72, 20, 8])
    }
    case 'singleChoice':
      return prng.weighted(
        question.options.map((o) => o.id),
        question.options.map((o) => o.score + 10)
      )
    case 'multiChoice': {
      const regular = question.options.filter((o) => o.exclusive !== true)
      const chosen = regular.filter(() => prng.chance(0.6)).map((o) => o.id)
      if (chosen.length > 0) return chosen
      const exclusive = question.options.find((o) => o.exclusive === true)
      return [exclusive?.id ?? regular[0]?.id ?? question.options[0]!.id]
    }
    case 'number':
      return drawNumber(question, prng)
    case 'percentage': {
      if (question.scoring?.direction === 'lower') return Math.round(prng.next() * 120) / 10
      return prng.chance(0.7)
        ? 85 + Math.round(prng.next() * 150) / 10
        : 60 + Math.round(prng.next() * 250) / 10
    }
    case 'date': {
      const span = Math.max(1, daysBetween(period.start, period.end))
      return addDays(period.start, prng.int(Math.floor(span / 4), span))
    }
    case 'text':
      return TEXT_ANSWERS[question.id] ?? GENERIC_TEXT
    case 'evidence':
      return null
  }
}

function drawNumber(question: Extract<Question, { type: 'number' }>, prng: Prng): number {
  const known = NUMBER_RANGES[question.id]
  const min = Math.max(question.min ?? 0, known?.[0] ?? -Infinity)
  const max = Math.min(question.max ?? min + 120, known?.[1] ?? Infinity)
  const value = min + prng.next() * (max - min)
  const rounded = question.integer ? Math.round(value) : Math.round(value * 10) / 10
  return Math.min(max, Math.max(min, rounded))
}

/** The media type of the sample's stand-in evidence files. */
export const SAMPLE_EVIDENCE_MIME_TYPE = 'text/plain'

/**
 * The bytes of the sample's stand-in evidence file `name` (seed `seed`): a short bilingual note
 * saying it is a stand-in, so nobody mistakes it for a real document.
 */
export function sampleEvidenceBytes(name: string, seed: number): Uint8Array {
  return utf8Bytes(
    `示例证据文件（演示用，并非真实文件）\nSample evidence file (a stand-in, not a real document)\n\n${name}\nseed ${seed}\n`
  )
}

/** Evidence references for an answer in a section: mostly written references, sometimes a file. */
export function drawEvidence(
  sectionId: string,
  count: number,
  prng: Prng,
  nextId: () => string,
  seed: number
): EvidenceRef[] {
  const documents = DOCUMENTS[sectionId] ?? FALLBACK_DOCUMENTS
  const refs: EvidenceRef[] = []
  for (let i = 0; i < count; i++) {
    const document = documents[i % documents.length]!
    if (prng.chance(0.2)) {
      // A real (small, plain-text) stand-in file, so the app can store its bytes and the sample
      // exports, backs up and verifies like any assessment. The type and size are still drawn so
      // the rest of the generated sample, and the figures documented from it, stay the same.
      const type = prng.pick(FILE_TYPES)
      prng.int(type.min, type.max)
      const name = `${document.replace(/[《》]/g, '')}（示例）.txt`
      const bytes = sampleEvidenceBytes(name, seed)
      refs.push({
        kind: 'file',
        id: nextId(),
        name,
        sha256: sha256Hex(bytes),
        size: bytes.length,
        mimeType: SAMPLE_EVIDENCE_MIME_TYPE
      })
    } else {
      const ref: EvidenceRef = {
        kind: 'reference',
        id: nextId(),
        name: documents[i % documents.length]!
      }
      ref.location = prng.pick(DOCUMENT_LOCATIONS)
      if (prng.chance(0.4)) ref.page = `第${prng.int(2, 9)}–${prng.int(10, 30)}页`
      if (prng.chance(0.2)) ref.interviewee = prng.pick(INTERVIEWEES)
      refs.push(ref)
    }
  }
  return refs
}

/** A comment that fits the answer, or undefined (most answers carry none). */
export function drawComment(
  question: Question,
  value: AnswerValue,
  prng: Prng
): string | undefined {
  if (!prng.chance(0.15)) return undefined
  if (question.type === 'maturity' && typeof value === 'number') {
    if (value <= 1) return prng.pick(COMMENTS.low)
    if (value === 2) return prng.pick(COMMENTS.mid)
    return prng.pick(COMMENTS.high)
  }
  if (value === 'partial') return prng.pick(COMMENTS.partial)
  if (value === 'no') return prng.pick(COMMENTS.no)
  if (value === 'yes') return prng.pick(COMMENTS.yes)
  return undefined
}
