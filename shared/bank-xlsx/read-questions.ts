/** Workbook → questions (into their sections) and their options from the choices sheet. */
import { QUESTION_TYPES, type QuestionType } from '../bank/question'
import { SHEET_ROWS, WORKBOOK_KEYS } from '../issues/catalogue/terms'
import { issueText } from '../util/issue-codes'
import { RED_LINE_CLASSES } from '../bank/primitives'
import { parseQuestionReplaces } from './replaces-syntax'
import { RecordBuilder } from './cell-map'
import { parseCondition, parseValueList } from './condition-syntax'
import { parseBands } from './formula-syntax'
import { parseReferences } from './list-syntax'
import type { SectionEntry } from './read-content'
import { nextItem, rowsOf, skipRow, UniqueKeys, type ReadContext } from './read-context'
import type { RowReader } from './row-reader'
import { DIRECTIONS, SOURCE_TAGS } from './specs-content'

export interface QuestionEntry {
  path: string
  type: QuestionType | undefined
  /** The options array of a choice question, filled by the choices reader. */
  options: unknown[]
}

const ANCHOR_COLUMNS = [0, 1, 2, 3, 4].flatMap((l) => [`anchor${l}::zh-CN`, `anchor${l}::en-US`])
const SCORING_COLUMNS = ['scoring_direction', 'scoring_target', 'scoring_bands']

/** Columns only some question types use, and which types. */
const TYPE_COLUMNS: Array<[readonly string[], readonly QuestionType[]]> = [
  [['unit::zh-CN', 'unit::en-US', 'min', 'max', 'integer'], ['number']],
  [SCORING_COLUMNS, ['number', 'percentage']],
  [['within_days'], ['date']],
  [['multiline'], ['text']],
  [ANCHOR_COLUMNS, ['maturity']]
]

/** Reads the questions sheet into the sections; returns every question by id. */
export function readQuestions(
  context: ReadContext,
  sections: Map<string, SectionEntry>
): Map<string, QuestionEntry> {
  const questions = new Map<string, QuestionEntry>()
  const ids = new UniqueKeys()
  for (const reader of rowsOf(context, 'questions')) {
    const sectionId = reader.id('section', true)
    const id = reader.id('id', true)
    const section = sectionId === undefined ? undefined : sections.get(sectionId)
    if (sectionId !== undefined && section === undefined)
      reader.drop('section', issueText('bankXlsx.unknownSection', { id: sectionId }))
    if (id !== undefined && !ids.claim(reader, 'id', id)) continue
    if (section === undefined) {
      skipRow(context)
      continue
    }
    const path = `${section.path}.questions[${section.questions.length}]`
    const entry = readQuestion(context, reader, path, id)
    section.questions.push(entry.value)
    if (id !== undefined) questions.set(id, entry.entry)
  }
  return questions
}

function readQuestion(
  context: ReadContext,
  reader: RowReader,
  path: string,
  id: string | undefined
): { value: Record<string, unknown>; entry: QuestionEntry } {
  const b = new RecordBuilder(context.map, path, reader)
  const type = reader.oneOf('type', QUESTION_TYPES, true)
  b.set('id', 'id', id).set('type', 'type', type)
  b.text('text', 'text', true).text('guidance', 'guidance')
  b.set('weight', 'weight', reader.number('weight', { positive: true }))
  b.set('critical', 'critical', reader.bool('critical'))
  b.set('required', 'required', reader.bool('required'))
  b.set('allowNA', 'allow_na', reader.bool('allow_na'))
  b.set('source', 'source', reader.oneOf('source', SOURCE_TAGS, true))
  b.set('references', 'references', reader.parsed('references', parseReferences))
  b.set('visibleWhen', 'visible_when', reader.parsed('visible_when', parseCondition))
  b.set('replaces', 'replaces', reader.parsed('replaces', parseQuestionReplaces))
  readRedLine(reader, b)
  readFindingWording(reader, b)
  const entry: QuestionEntry = { path, type, options: [] }
  if (type !== undefined) {
    for (const [columns, types] of TYPE_COLUMNS) {
      if (!types.includes(type))
        reader.rejectFilled(
          columns,
          issueText('bankXlsx.columnForOtherTypes', {
            types: { 'zh-CN': types.join(' 和 '), 'en-US': types.join(' and ') },
            type
          })
        )
    }
    readTypeSpecific(reader, b, type, entry)
  }
  return { value: b.value, entry }
}

function readRedLine(reader: RowReader, b: RecordBuilder): void {
  const columns = [
    'red_line',
    'red_line_values',
    'red_line_message::zh-CN',
    'red_line_message::en-US',
    'red_line_class'
  ]
  b.point('.redLine', 'red_line').point('.redLine.id', 'red_line')
  b.point('.redLine.whenAnswerIn', 'red_line_values')
  b.point('.redLine.class', 'red_line_class')
  b.point('.redLine.message', 'red_line_message::zh-CN')
  b.point('.redLine.message.zh-CN', 'red_line_message::zh-CN')
  b.point('.redLine.message.en-US', 'red_line_message::en-US')
  if (!columns.some((column) => reader.has(column))) return
  b.value.redLine = {
    id: reader.id('red_line', true),
    class: reader.oneOf('red_line_class', RED_LINE_CLASSES),
    whenAnswerIn: reader.parsed('red_line_values', parseValueList, true),
    message: reader.localized('red_line_message', true)
  }
}

/** The finding's and the recommendation's standard wording, each a bilingual pair of cells. */
function readFindingWording(reader: RowReader, b: RecordBuilder): void {
  b.point('.finding', 'finding_description::zh-CN')
  b.point('.finding.description', 'finding_description::zh-CN')
  b.point('.finding.recommendation', 'finding_recommendation::zh-CN')
  const description = reader.localized('finding_description')
  const recommendation = reader.localized('finding_recommendation')
  if (description === undefined && recommendation === undefined) return
  b.value.finding = {
    ...(description === undefined ? {} : { description }),
    ...(recommendation === undefined ? {} : { recommendation })
  }
}

function readTypeSpecific(
  reader: RowReader,
  b: RecordBuilder,
  type: QuestionType,
  entry: QuestionEntry
): void {
  switch (type) {
    case 'maturity':
      return readAnchors(reader, b)
    case 'singleChoice':
    case 'multiChoice':
      b.list('options', entry.options, SHEET_ROWS.options)
      return
    case 'number':
      b.text('unit', 'unit')
      b.set('min', 'min', reader.number('min'))
      b.set('max', 'max', reader.number('max'))
      b.set('integer', 'integer', reader.bool('integer'))
      return readNumericScoring(reader, b)
    case 'percentage':
      return readNumericScoring(reader, b)
    case 'date': {
      const withinDays = reader.number('within_days', { integer: true, positive: true })
      b.point('.scoring', 'within_days').point('.scoring.withinDays', 'within_days')
      if (withinDays !== undefined) b.value.scoring = { withinDays }
      return
    }
    case 'text':
      b.set('multiline', 'multiline', reader.bool('multiline'))
      return
    case 'yesPartialNo':
    case 'evidence':
      return
  }
}

function readAnchors(reader: RowReader, b: RecordBuilder): void {
  for (let level = 0; level < 5; level++) {
    b.point(`.anchors[${level}]`, `anchor${level}::zh-CN`)
    b.point(`.anchors[${level}].zh-CN`, `anchor${level}::zh-CN`)
    b.point(`.anchors[${level}].en-US`, `anchor${level}::en-US`)
  }
  b.point('.anchors', 'anchor0::zh-CN')
  if (!ANCHOR_COLUMNS.some((column) => reader.has(column))) return
  b.value.anchors = [0, 1, 2, 3, 4].map((level) => reader.localized(`anchor${level}`, true))
}

function readNumericScoring(reader: RowReader, b: RecordBuilder): void {
  b.point('.scoring', 'scoring_direction')
  b.point('.scoring.direction', 'scoring_direction')
  b.point('.scoring.target', 'scoring_target')
  b.point('.scoring.bands', 'scoring_bands')
  if (!SCORING_COLUMNS.some((column) => reader.has(column))) return
  const scoring: Record<string, unknown> = {
    direction: reader.oneOf('scoring_direction', DIRECTIONS, true),
    target: reader.number('scoring_target', { required: true, positive: true })
  }
  const bands = reader.parsed('scoring_bands', parseBands)
  if (bands !== undefined) scoring.bands = bands
  b.value.scoring = scoring
}

/** Reads the choices sheet into the options of single- and multiple-choice questions. */
export function readChoices(context: ReadContext, questions: Map<string, QuestionEntry>): void {
  const ids = new UniqueKeys(WORKBOOK_KEYS.optionId)
  for (const reader of rowsOf(context, 'choices')) {
    const questionId = reader.id('question', true)
    const id = reader.id('id', true)
    const question = questionId === undefined ? undefined : questions.get(questionId)
    if (questionId !== undefined && question === undefined) {
      reader.drop('question', issueText('bankXlsx.unknownQuestion', { id: questionId }))
      skipRow(context)
      continue
    }
    if (question === undefined) {
      skipRow(context)
      continue
    }
    if (question.type !== 'singleChoice' && question.type !== 'multiChoice') {
      if (question.type === undefined) {
        skipRow(context)
        continue
      } // its type cell is already reported
      const type = question.type
      reader.drop(
        'question',
        issueText('bankXlsx.notChoiceQuestion', { id: String(questionId), type })
      )
      skipRow(context)
      continue
    }
    if (id !== undefined && !ids.claim(reader, 'id', `${questionId}\u0000${id}`, id)) {
      skipRow(context)
      continue
    }
    const b = nextItem(context, reader, `${question.path}.options`, question.options)
    b.set('id', 'id', id).text('label', 'label', true)
    b.set('score', 'score', reader.number('score', { required: true, min: 0, max: 100 }))
    b.set('exclusive', 'exclusive', reader.bool('exclusive'))
    question.options.push(b.value)
  }
}
