import { useSectionTranslation } from './section-translation'

/** N/A for question types without radios: a checkbox whose value is `na`. */
export function NaToggle(props: {
  checked: boolean
  readOnly: boolean
  onChange: (checked: boolean) => void
}) {
  const { t } = useSectionTranslation()
  return (
    <label className="q-na-toggle">
      <input
        type="checkbox"
        value="na"
        checked={props.checked}
        disabled={props.readOnly}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      {t('questionnaire.answer.na')}
      <span className="q-choice-key">X</span>
    </label>
  )
}
