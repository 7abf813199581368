import { NoteField } from './NoteField'
import { useSectionTranslation } from './section-translation'
import type { AnswerChange } from '../../db/repos/answers'

/** The written reason a question does not apply; required (scoring reports it as an error until given). */
export function NaJustification(props: {
  questionId: string
  justification: string
  readOnly: boolean
  set: (change: AnswerChange) => void
}) {
  const { t } = useSectionTranslation()
  const id = `q-na-${props.questionId}`
  return (
    <NoteField
      className="q-na"
      id={id}
      label={t('questionnaire.answer.naJustification')}
      data-na-justification=""
      defaultValue={props.justification}
      disabled={props.readOnly}
      placeholder={t('questionnaire.answer.naPlaceholder')}
      aria-required="true"
      aria-invalid={props.justification.trim() === '' || undefined}
      onChange={(event) => props.set({ na: { justification: event.currentTarget.value } })}
    />
  )
}
