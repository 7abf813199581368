import type { Bank, Pillar, Section } from './bank'
import type { EvaluationFactor } from './factor'
import type { LocalizedText, Locale, RegulatoryDocument } from './primitives'
import type { ScoringProfile } from './profile'
import type { Question } from './question'
import { firstByKey } from '../util/first-by-key'

export interface QuestionEntry {
  question: Question
  section: Section
  pillar: Pillar
  /** Position in bank order (0-based), for stable sorting in lists and reports. */
  order: number
}

export interface SectionEntry {
  section: Section
  pillar: Pillar
  /** Position in bank order (0-based). */
  order: number
}

/** Lookups over a bank, built once: everything the UI, the engine and the report look up by id. */
export interface BankIndex {
  questions: ReadonlyMap<string, QuestionEntry>
  sections: ReadonlyMap<string, SectionEntry>
  pillars: ReadonlyMap<string, Pillar>
  factors: ReadonlyMap<string, EvaluationFactor>
  references: ReadonlyMap<string, RegulatoryDocument>
  /** The factors feeding each section/process, in bank order (sections without factors are absent). */
  factorsBySection: ReadonlyMap<string, readonly EvaluationFactor[]>
  /** Every question in bank order (pillar by pillar, section by section). */
  orderedQuestions: readonly QuestionEntry[]
  /** Every section/process in bank order. */
  orderedSections: readonly SectionEntry[]
}

/**
 * Builds the id → entry maps of a bank. On a validated bank ids are unique; should a duplicate
 * slip through, the first occurrence wins (as in validation messages).
 */
export function indexBank(bank: Bank): BankIndex {
  const questions = new Map<string, QuestionEntry>()
  const sections = new Map<string, SectionEntry>()
  const pillars = new Map<string, Pillar>()
  const orderedQuestions: QuestionEntry[] = []
  const orderedSections: SectionEntry[] = []
  for (const pillar of bank.pillars) {
    if (!pillars.has(pillar.id)) pillars.set(pillar.id, pillar)
    for (const section of pillar.sections) {
      const sectionEntry: SectionEntry = { section, pillar, order: orderedSections.length }
      orderedSections.push(sectionEntry)
      if (!sections.has(section.id)) sections.set(section.id, sectionEntry)
      for (const question of section.questions) {
        const entry: QuestionEntry = { question, section, pillar, order: orderedQuestions.length }
        orderedQuestions.push(entry)
        if (!questions.has(question.id)) questions.set(question.id, entry)
      }
    }
  }
  const factors = new Map<string, EvaluationFactor>()
  const factorsBySection = new Map<string, EvaluationFactor[]>()
  for (const factor of bank.factors) {
    if (factors.has(factor.id)) continue
    factors.set(factor.id, factor)
    const list = factorsBySection.get(factor.feeds) ?? []
    list.push(factor)
    factorsBySection.set(factor.feeds, list)
  }
  const references = firstByKey(bank.references, (doc) => doc.id)
  return {
    questions,
    sections,
    pillars,
    factors,
    references,
    factorsBySection,
    orderedQuestions,
    orderedSections
  }
}

/** The text in the requested language (both languages are mandatory in a valid bank). */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale]
}

/** A profile by id, or the bank's default profile when no id is given. */
export function findProfile(bank: Bank, profileId?: string): ScoringProfile | undefined {
  const id = profileId ?? bank.defaultProfileId
  return bank.profiles.find((profile) => profile.id === id)
}
