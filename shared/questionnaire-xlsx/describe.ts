/** The read-only help columns of a question row: how to answer, and when it is asked. */
import type { Bank } from '../bank/bank'
import type { Condition } from '../bank/conditions'
import type { Locale } from '../bank/primitives'
import type { Question } from '../bank/question'
import { printCondition } from '../bank-xlsx/index'
import { MATURITY_NAMES, NA_LABEL, YES_PARTIAL_NO, YPN_LABELS } from './labels'

const words = {
  'zh-CN': {
    levels: '成熟度分级（选择或填写前面的数字）：',
    pickOne: '选择一项：',
    pickMany: '可多选，用“；”分隔：',
    exclusive: '（与其他选项互斥）',
    number: '填写数字',
    integer: '（整数）',
    percentage: '填写 0–100 的数字，85 表示 85%',
    date: '填写日期 YYYY-MM-DD',
    text: '填写文字',
    evidence: '本题以证据作答：在 evidence 列逐行填写文件或记录名称',
    na: (label: string) => `不适用时填“${label}”并在 na_justification 列说明理由`,
    onlyIf: (condition: string) => `仅当 ${condition} 时作答`
  },
  'en-US': {
    levels: 'Maturity levels (pick, or type the leading digit):',
    pickOne: 'Pick one:',
    pickMany: 'Pick any, separated by ";":',
    exclusive: ' (excludes the others)',
    number: 'Enter a number',
    integer: ' (whole number)',
    percentage: 'Enter 0–100; 85 means 85%',
    date: 'Enter a date YYYY-MM-DD',
    text: 'Enter text',
    evidence: 'Answered by evidence: list document or record names in the evidence column',
    na: (label: string) => `If not applicable, enter "${label}" and explain in na_justification`,
    onlyIf: (condition: string) => `Only if ${condition}`
  }
} as const

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` ${min}–${max}`
  if (min !== undefined) return ` ≥ ${min}`
  if (max !== undefined) return ` ≤ ${max}`
  return ''
}

/** The how_to_answer cell: the choices, the maturity level descriptions, unit and range. */
export function howToAnswer(bank: Bank, question: Question, locale: Locale): string {
  const w = words[locale]
  const lines: string[] = []
  switch (question.type) {
    case 'maturity': {
      const anchors = question.anchors ?? bank.maturityAnchors
      lines.push(w.levels)
      anchors.forEach((anchor, level) => {
        const name = MATURITY_NAMES[level]?.[locale] ?? ''
        lines.push(`${level} ${name} — ${anchor[locale]}`)
      })
      break
    }
    case 'yesPartialNo':
      lines.push(w.pickOne, YES_PARTIAL_NO.map((v) => YPN_LABELS[v][locale]).join(' / '))
      break
    case 'singleChoice':
    case 'multiChoice':
      lines.push(question.type === 'singleChoice' ? w.pickOne : w.pickMany)
      for (const option of question.options)
        lines.push(`• ${option.label[locale]}${option.exclusive === true ? w.exclusive : ''}`)
      break
    case 'number': {
      const unit = question.unit === undefined ? '' : ` (${question.unit[locale]})`
      lines.push(
        `${w.number}${unit}${range(question.min, question.max)}${question.integer ? w.integer : ''}`
      )
      break
    }
    case 'percentage':
    case 'date':
    case 'text':
    case 'evidence':
      lines.push(w[question.type])
      break
  }
  if (question.allowNA) lines.push(w.na(NA_LABEL[locale]))
  return lines.join('\n')
}

/** `>=` as `≥` (and so on) outside quoted values, for people rather than parsers. */
function prettyOperators(source: string): string {
  return source
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/ >= /g, ' ≥ ').replace(/ <= /g, ' ≤ ').replace(/ != /g, ' ≠ ')
    )
    .join('"')
}

/** The shown_when cell: "only if C7.01 ≥ 2", or nothing for a question that is always asked. */
export function shownWhen(condition: Condition | undefined, locale: Locale): string | undefined {
  if (condition === undefined) return undefined
  return words[locale].onlyIf(prettyOperators(printCondition(condition)))
}
