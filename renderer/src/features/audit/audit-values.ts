import type { BankIndex } from '@shared/bank/lookup'
import type { Locale } from '@shared/bank/primitives'
import type { ScoringProfile } from '@shared/bank/profile'
import type { Question } from '@shared/bank/question'
import { levelText } from '../results/format'

/** What rendering a stored value needs: the bank for labels, the language, and a few fixed words. */
export interface ValueContext {
  index: BankIndex
  profile: ScoringProfile
  locale: Locale
  words: {
    empty: string
    /** Between the items of a list: 、 or , */
    listSeparator: string
    /** After a label: ： or : */
    colon: string
    /** Between the clauses of one value: ； or ; */
    clauseSeparator: string
    /** Words in brackets after a name: （…） or (…) */
    parenthetical: (text: string) => string
    evidenceDate: (date: string) => string
    yes: string
    partial: string
    no: string
    on: string
    off: string
    na: (reason: string) => string
    items: (count: number) => string
    sealed: (hash: string) => string
    periodRange: (start: string, end: string) => string
    status: (status: string) => string
    findingStatus: (status: string) => string
  }
}

const MAX_TEXT = 120

export function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** A value of no particular kind, readably (never raw JSON braces unless nothing else fits). */
export function plainValue(value: unknown, context: ValueContext): string {
  if (value === undefined || value === null || value === '') return context.words.empty
  if (typeof value === 'boolean') return value ? context.words.on : context.words.off
  if (typeof value === 'string' || typeof value === 'number') return clip(String(value))
  if (Array.isArray(value)) {
    if (value.length === 0) return context.words.empty
    const names = value.map((item) =>
      isRecord(item) && typeof item.name === 'string' ? item.name : plainValue(item, context)
    )
    return clip(names.join(context.words.listSeparator))
  }
  if (isRecord(value) && typeof value.name === 'string') return clip(namedValue(value, context))
  return clip(JSON.stringify(value))
}

/** A named thing, with an evidence item's date and caption when it has them. */
function namedValue(value: Record<string, unknown>, context: ValueContext): string {
  const details = [
    typeof value.effectiveDate === 'string' ? context.words.evidenceDate(value.effectiveDate) : '',
    typeof value.caption === 'string' ? value.caption : ''
  ].filter((part) => part !== '')
  const name = String(value.name)
  return details.length === 0
    ? name
    : name + context.words.parenthetical(details.join(context.words.clauseSeparator))
}

/** An answer value as the question shows it: level names, yes/partly/no, option labels, units. */
export function answerValue(
  question: Question | undefined,
  value: unknown,
  context: ValueContext
): string {
  const { words, locale } = context
  if (value === undefined || value === null || value === '') return words.empty
  if (!question) return plainValue(value, context)
  switch (question.type) {
    case 'maturity':
      return typeof value === 'number'
        ? levelText(context.profile, value, locale)
        : plainValue(value, context)
    case 'yesPartialNo':
      return value === 'yes'
        ? words.yes
        : value === 'partial'
          ? words.partial
          : value === 'no'
            ? words.no
            : plainValue(value, context)
    case 'singleChoice':
      return (
        question.options.find((o) => o.id === value)?.label[locale] ?? plainValue(value, context)
      )
    case 'multiChoice': {
      if (!Array.isArray(value)) return plainValue(value, context)
      const labels = value.map(
        (id) => question.options.find((o) => o.id === id)?.label[locale] ?? String(id)
      )
      return labels.length === 0 ? words.empty : clip(labels.join(words.listSeparator))
    }
    case 'number':
      return question.unit
        ? `${String(value)} ${question.unit[locale]}`
        : plainValue(value, context)
    case 'percentage':
      return typeof value === 'number' ? `${value}%` : plainValue(value, context)
    case 'date':
    case 'text':
    case 'evidence':
      return plainValue(value, context)
  }
}
