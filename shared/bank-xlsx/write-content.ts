/** Bank → rows of the content sheets (settings, pillars, sections, questions, choices, anchors, references). */
import type { Bank } from '../bank/bank'
import { printQuestionReplaces } from './replaces-syntax'
import type { LocalizedText, RegulatoryReference } from '../bank/primitives'
import type { Question } from '../bank/question'
import { printCondition, printValueList } from './condition-syntax'
import { printBands } from './formula-syntax'
import { printReferences } from './list-syntax'
import type { CellInput, RowInput } from './sheet-writer'

/** `{ base::zh-CN, base::en-US }` cells of an optional bilingual text. */
export function localizedCells(base: string, text: LocalizedText | undefined): RowInput {
  return { [`${base}::zh-CN`]: text?.['zh-CN'], [`${base}::en-US`]: text?.['en-US'] }
}

/** An empty reference list is written as an empty cell (the default). */
export function referenceCell(references: readonly RegulatoryReference[]): CellInput {
  return references.length === 0 ? undefined : printReferences(references)
}

/** The single `settings` row. */
export function settingsRows(bank: Bank): RowInput[] {
  return [
    {
      id: bank.id,
      version: bank.version,
      schema_version: bank.schemaVersion,
      ...localizedCells('title', bank.title),
      ...localizedCells('status', bank.status),
      ...localizedCells('description', bank.description),
      published_at: bank.publishedAt,
      default_profile: bank.defaultProfileId
    }
  ]
}

/** One `pillars` row per pillar. */
export function pillarRows(bank: Bank): RowInput[] {
  return bank.pillars.map((pillar) => ({
    id: pillar.id,
    ...localizedCells('title', pillar.title),
    ...localizedCells('description', pillar.description)
  }))
}

/** One `sections` row per section, in bank order. */
export function sectionRows(bank: Bank): RowInput[] {
  return bank.pillars.flatMap((pillar) =>
    pillar.sections.map((section) => ({
      pillar: pillar.id,
      id: section.id,
      kind: section.kind,
      ...localizedCells('title', section.title),
      ...localizedCells('description', section.description),
      provisional: section.provisional,
      source: section.source
    }))
  )
}

/** One `questions` row per question, in bank order. */
export function questionRows(bank: Bank): RowInput[] {
  return bank.pillars.flatMap((pillar) =>
    pillar.sections.flatMap((section) => section.questions.map((q) => questionRow(section.id, q)))
  )
}

function questionRow(sectionId: string, question: Question): RowInput {
  return {
    section: sectionId,
    id: question.id,
    type: question.type,
    ...localizedCells('text', question.text),
    ...localizedCells('guidance', question.guidance),
    ...localizedCells('finding_description', question.finding?.description),
    ...localizedCells('finding_recommendation', question.finding?.recommendation),
    weight: question.weight,
    critical: question.critical,
    required: question.required,
    allow_na: question.allowNA,
    source: question.source,
    references: referenceCell(question.references),
    visible_when: question.visibleWhen && printCondition(question.visibleWhen),
    red_line: question.redLine?.id,
    red_line_values: question.redLine && printValueList(question.redLine.whenAnswerIn),
    ...localizedCells('red_line_message', question.redLine?.message),
    red_line_class: question.redLine?.class,
    replaces: question.replaces && printQuestionReplaces(question.replaces),
    ...typeSpecificCells(question)
  }
}

/** The columns only some question types use. */
function typeSpecificCells(question: Question): RowInput {
  switch (question.type) {
    case 'maturity':
      return Object.fromEntries(
        (question.anchors ?? []).flatMap((anchor, level) =>
          Object.entries(localizedCells(`anchor${level}`, anchor))
        )
      )
    case 'number':
      return {
        ...localizedCells('unit', question.unit),
        min: question.min,
        max: question.max,
        integer: question.integer,
        ...numericScoringCells(question.scoring)
      }
    case 'percentage':
      return numericScoringCells(question.scoring)
    case 'date':
      return { within_days: question.scoring?.withinDays }
    case 'text':
      return { multiline: question.multiline }
    case 'yesPartialNo':
    case 'singleChoice':
    case 'multiChoice':
    case 'evidence':
      return {}
  }
}

function numericScoringCells(scoring: Extract<Question, { type: 'number' }>['scoring']): RowInput {
  return {
    scoring_direction: scoring?.direction,
    scoring_target: scoring?.target,
    scoring_bands: scoring?.bands && printBands(scoring.bands)
  }
}

/** One `choices` row per option of every choice question. */
export function choiceRows(bank: Bank): RowInput[] {
  return bank.pillars.flatMap((pillar) =>
    pillar.sections.flatMap((section) =>
      section.questions.flatMap((question) =>
        question.type === 'singleChoice' || question.type === 'multiChoice'
          ? question.options.map((option) => ({
              question: question.id,
              id: option.id,
              ...localizedCells('label', option.label),
              score: option.score,
              exclusive: option.exclusive
            }))
          : []
      )
    )
  )
}

/** The five default maturity anchors, by level. */
export function anchorRows(bank: Bank): RowInput[] {
  return bank.maturityAnchors.map((anchor, level) => ({ level, ...localizedCells('text', anchor) }))
}

/** One `references` row per catalogued document. */
export function referenceRows(bank: Bank): RowInput[] {
  return bank.references.map((document) => ({
    id: document.id,
    ...localizedCells('title', document.title),
    ...localizedCells('status', document.status),
    url: document.url
  }))
}
