/**
 * Choice answers: an option is named by its label in either language or by its id. A multiple
 * choice lists several, separated by ；, ;, 、, commas or line breaks; because labels may contain
 * those characters themselves, the reader matches the longest known name at each position rather
 * than splitting first.
 */
import { issueText, type IssueText } from '../util/issue-codes'
import type { AnswerValue } from '../assessment/assessment'
import type { Question } from '../bank/question'
import { shown, type CellData } from '../bank-xlsx/index'
import { NA_LABEL, normalizeWord } from './labels'

type ChoiceQuestion = Extract<Question, { type: 'singleChoice' | 'multiChoice' }>

const SEPARATORS = /^[\s;；,，、]+/

/** Every name of every option, longest first, for greedy matching. */
function vocabulary(question: ChoiceQuestion): Array<{ word: string; id: string }> {
  const words = question.options.flatMap((option) =>
    [option.label['zh-CN'], option.label['en-US'], option.id].map((name) => ({
      word: normalizeWord(name),
      id: option.id
    }))
  )
  return words.filter((w) => w.word !== '').sort((a, b) => b.word.length - a.word.length)
}

/** `集中交易委托 / 网上及移动交易 / …`: the labels, for messages. */
function labelList(question: ChoiceQuestion): string {
  const labels = question.options.map((option) => option.label['zh-CN'])
  if (question.allowNA && question.type === 'singleChoice') labels.push(NA_LABEL['zh-CN'])
  return labels.join(' / ')
}

/** Reads a choice answer cell: one option id, or a list of ids in option order. */
export function readChoices(
  question: ChoiceQuestion,
  raw: CellData
): { value: AnswerValue } | { problem: IssueText } {
  const text = normalizeWord(typeof raw === 'string' ? raw : String(raw))
  const words = vocabulary(question)
  if (question.type === 'singleChoice') {
    const match = words.find((w) => w.word === text)
    return match === undefined
      ? { problem: issueText('form.notOneOf', { value: shown(raw), choices: labelList(question) }) }
      : { value: match.id }
  }
  const chosen = new Set<string>()
  let rest = text
  while (rest !== '') {
    rest = rest.replace(SEPARATORS, '')
    if (rest === '') break
    const match = words.find(
      (w) =>
        rest.startsWith(w.word) &&
        (rest.length === w.word.length || SEPARATORS.test(rest.slice(w.word.length)))
    )
    if (match === undefined) {
      const item = rest.split(/[\n;；,，、]/)[0]?.trim() ?? rest
      return {
        problem: issueText('form.multiNotOneOf', {
          value: shown(item),
          choices: labelList(question)
        })
      }
    }
    if (chosen.has(match.id))
      return { problem: issueText('form.chosenTwice', { value: shown(match.word) }) }
    chosen.add(match.id)
    rest = rest.slice(match.word.length)
  }
  const selected = question.options.filter((o) => chosen.has(o.id))
  const exclusive = selected.find((o) => o.exclusive === true)
  if (exclusive !== undefined && selected.length > 1)
    return {
      problem: issueText('form.exclusive', { value: shown(exclusive.label['zh-CN']) })
    }
  return { value: selected.map((o) => o.id) }
}
