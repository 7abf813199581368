import { useState } from 'react'
import { useSectionTranslation } from './section-translation'
import type { AnswerValue } from '@shared/assessment/assessment'
import type { QuestionOfType } from '@shared/bank/question'
import type { Locale } from '@shared/bank/primitives'

/*
 * Typed answers are uncontrolled: the field keeps what is typed, and every input event is written
 * through autosave (coalesced per question). Re-renders from stored data can never overwrite a
 * keystroke, and a reload shows exactly what was stored.
 */

interface FieldProps {
  name: string
  /** The id of the element naming the field (the question's text). */
  labelId?: string
  value: AnswerValue
  readOnly: boolean
  onPick: (value: number | string | null) => void
}

/** The hints under a number field, as message keys of `questionnaire.answer` with their values. */
type NumberHint =
  | { key: 'percentHint' | 'integer' }
  | { key: 'numberRange'; values: { min: number; max: number } }
  | { key: 'numberMin'; values: { min: number } }
  | { key: 'numberMax'; values: { max: number } }

function numberHints(
  question: QuestionOfType<'number'> | QuestionOfType<'percentage'>
): NumberHint[] {
  if (question.type === 'percentage') return [{ key: 'percentHint' }]
  const { min, max } = question
  const hints: NumberHint[] = []
  if (min !== undefined && max !== undefined)
    hints.push({ key: 'numberRange', values: { min, max } })
  else if (min !== undefined) hints.push({ key: 'numberMin', values: { min } })
  else if (max !== undefined) hints.push({ key: 'numberMax', values: { max } })
  if (question.integer) hints.push({ key: 'integer' })
  return hints
}

/** A number or percentage, with its unit and allowed range; out-of-range values are stored and flagged. */
export function NumberField(
  props: FieldProps & {
    question: QuestionOfType<'number'> | QuestionOfType<'percentage'>
    language: Locale
  }
) {
  const { t } = useSectionTranslation()
  const [notANumber, setNotANumber] = useState(false)
  const { question } = props
  const isPercent = question.type === 'percentage'
  const unit = isPercent ? '%' : question.unit?.[props.language]
  const min = isPercent ? 0 : question.min
  const max = isPercent ? 100 : question.max
  const integer = !isPercent && question.integer
  return (
    <div className="q-number">
      <input
        className="q-input"
        type="number"
        name={props.name}
        defaultValue={typeof props.value === 'number' ? props.value : ''}
        min={min}
        max={max}
        step={integer ? 1 : 'any'}
        disabled={props.readOnly}
        aria-invalid={notANumber || undefined}
        aria-labelledby={props.labelId}
        aria-describedby={`${props.name}-hint`}
        onChange={(event) => {
          const input = event.currentTarget
          // "1e" or "-" on the way to a number: nothing storable yet, and nothing to lose.
          setNotANumber(input.validity.badInput)
          if (!input.validity.badInput)
            props.onPick(input.value === '' ? null : input.valueAsNumber)
        }}
      />
      {unit && <span>{unit}</span>}
      <span className="q-hint" id={`${props.name}-hint`}>
        {notANumber
          ? t('questionnaire.answer.notANumber')
          : numberHints(question)
              .map((hint) =>
                t(`questionnaire.answer.${hint.key}`, 'values' in hint ? hint.values : {})
              )
              .join(' · ')}
      </span>
    </div>
  )
}

/** A calendar date (stored as YYYY-MM-DD). */
export function DateField(props: FieldProps) {
  return (
    <input
      className="q-input"
      type="date"
      name={props.name}
      aria-labelledby={props.labelId}
      defaultValue={typeof props.value === 'string' ? props.value : ''}
      disabled={props.readOnly}
      onChange={(event) => props.onPick(event.currentTarget.value || null)}
    />
  )
}

/** Free text, written on every input event. */
export function TextField(props: FieldProps & { multiline: boolean }) {
  const { t } = useSectionTranslation()
  const shared = {
    name: props.name,
    'aria-labelledby': props.labelId,
    defaultValue: typeof props.value === 'string' ? props.value : '',
    disabled: props.readOnly,
    placeholder: t('questionnaire.answer.textPlaceholder')
  }
  const onText = (text: string) => props.onPick(text === '' ? null : text)
  return props.multiline ? (
    <textarea
      {...shared}
      className="q-input q-textarea"
      rows={3}
      onChange={(event) => onText(event.currentTarget.value)}
    />
  ) : (
    <input
      {...shared}
      className="q-input q-textarea"
      type="text"
      onChange={(event) => onText(event.currentTarget.value)}
    />
  )
}
