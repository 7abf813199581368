import { useSectionTranslation } from './section-translation'
import type { MaturityAnchors, Question } from '@shared/bank/question'
import type { Locale } from '@shared/bank/primitives'
import { assertNever } from '@shared/util/assert-never'
import type { AnswerChange } from '../../db/repos/answers'
import type { AnswerView } from './answer-view'
import { ChoiceRadios, MultiChoiceBoxes, YesPartialNoRadios } from './ChoiceInputs'
import { focusJustificationSoon } from './focus'
import { MaturityLevels } from './MaturityLevels'
import { NaToggle } from './NaToggle'
import { DateField, NumberField, TextField } from './TypedInputs'

export interface AnswerInputProps {
  question: Question
  view: AnswerView
  defaultAnchors: MaturityAnchors
  readOnly: boolean
  language: Locale
  set: (change: AnswerChange) => void
}

/**
 * The input for the question's type. Choosing an answer clears N/A; radio types offer N/A as one
 * more radio (value `na`), the others as a checkbox beside the input.
 */
export function AnswerInput(props: AnswerInputProps) {
  const { question, view, readOnly, set } = props
  const { t } = useSectionTranslation()
  const pick = (value: AnswerChange['value']) => set({ value, na: undefined })
  const na = { allowNA: question.allowNA, checked: view.na !== undefined }
  const markNA = () => {
    set({ na: { justification: view.na?.justification ?? '' } })
    focusJustificationSoon(question.id)
  }
  // A typed field is named by its question's text (the card's heading).
  const common = { name: `q-${question.id}`, labelId: `q-text-${question.id}`, readOnly }
  // A radio type offers N/A as one more radio.
  const radios = { ...common, value: view.value, na, onPick: pick, onNA: markNA }
  const withToggle = (input: React.ReactNode) => (
    <>
      {view.na === undefined && input}
      {question.allowNA && (
        <NaToggle
          checked={na.checked}
          readOnly={readOnly}
          onChange={(on) => (on ? markNA() : set({ na: undefined }))}
        />
      )}
    </>
  )

  switch (question.type) {
    case 'maturity':
      return (
        <MaturityLevels
          {...radios}
          anchors={question.anchors ?? props.defaultAnchors}
          language={props.language}
        />
      )
    case 'yesPartialNo':
      return <YesPartialNoRadios {...radios} />
    case 'singleChoice':
      return <ChoiceRadios {...radios} options={question.options} language={props.language} />
    case 'multiChoice':
      return withToggle(
        <MultiChoiceBoxes
          {...common}
          options={question.options}
          value={view.value}
          language={props.language}
          onPick={pick}
        />
      )
    case 'number':
    case 'percentage':
      return withToggle(
        <NumberField
          {...common}
          question={question}
          value={view.value}
          language={props.language}
          onPick={pick}
        />
      )
    case 'date':
      return withToggle(<DateField {...common} value={view.value} onPick={pick} />)
    case 'text':
      return withToggle(
        <TextField {...common} multiline={question.multiline} value={view.value} onPick={pick} />
      )
    case 'evidence':
      return withToggle(<p className="q-hint">{t('questionnaire.answer.evidenceOnly')}</p>)
    default:
      return assertNever(question, 'question type')
  }
}
