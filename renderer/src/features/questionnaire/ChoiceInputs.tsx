import { useSectionTranslation } from './section-translation'
import type { AnswerValue } from '@shared/assessment/assessment'
import type { ChoiceOption } from '@shared/bank/question'
import type { Locale } from '@shared/bank/primitives'

interface NaChoice {
  allowNA: boolean
  checked: boolean
}

interface RadioProps {
  name: string
  value: AnswerValue
  na: NaChoice
  readOnly: boolean
  onNA: () => void
}

const YPN = ['yes', 'partial', 'no'] as const
const YPN_KEYS = { yes: 'Y', partial: 'P', no: 'N' } as const

/** One radio whose `value` attribute is exactly what gets stored. */
function Radio(props: {
  name: string
  value: string
  checked: boolean
  disabled: boolean
  onPick: () => void
  label: string
  keyHint?: string
}) {
  return (
    <label className="q-choice">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.checked}
        disabled={props.disabled}
        onChange={props.onPick}
      />
      <span>{props.label}</span>
      {props.keyHint && <span className="q-choice-key">{props.keyHint}</span>}
    </label>
  )
}

function NaRadio({ name, na, readOnly, onNA }: Omit<RadioProps, 'value'>) {
  const { t } = useSectionTranslation()
  if (!na.allowNA) return null
  return (
    <Radio
      name={name}
      value="na"
      checked={na.checked}
      disabled={readOnly}
      onPick={onNA}
      label={t('questionnaire.answer.na')}
      keyHint="X"
    />
  )
}

/** Yes / partial / no (keys Y, P, N), plus N/A where allowed. */
export function YesPartialNoRadios(props: RadioProps & { onPick: (value: string) => void }) {
  const { t } = useSectionTranslation()
  return (
    <div className="q-choices" role="radiogroup">
      {YPN.map((option) => (
        <Radio
          key={option}
          name={props.name}
          value={option}
          checked={!props.na.checked && props.value === option}
          disabled={props.readOnly}
          onPick={() => props.onPick(option)}
          label={t(`questionnaire.answer.${option}`)}
          keyHint={YPN_KEYS[option]}
        />
      ))}
      <NaRadio {...props} />
    </div>
  )
}

/** Single choice: one radio per option (keys 1–9), plus N/A where allowed. */
export function ChoiceRadios(
  props: RadioProps & {
    options: readonly ChoiceOption[]
    language: Locale
    onPick: (value: string) => void
  }
) {
  return (
    <div className="q-choices q-choices-vertical" role="radiogroup">
      {props.options.map((option, i) => (
        <Radio
          key={option.id}
          name={props.name}
          value={option.id}
          checked={!props.na.checked && props.value === option.id}
          disabled={props.readOnly}
          onPick={() => props.onPick(option.id)}
          label={option.label[props.language]}
          keyHint={i < 9 ? String(i + 1) : undefined}
        />
      ))}
      <NaRadio {...props} />
    </div>
  )
}

/** The selection after ticking or unticking `option`: an exclusive option clears the others. */
export function toggleOption(
  options: readonly ChoiceOption[],
  selected: readonly string[],
  option: ChoiceOption,
  on: boolean
): string[] {
  if (!on) return selected.filter((id) => id !== option.id)
  if (option.exclusive) return [option.id]
  const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.id))
  const kept = selected.filter((id) => !exclusive.has(id) && id !== option.id)
  // Stored in the bank's option order, so the same choice always looks the same.
  return options.map((o) => o.id).filter((id) => id === option.id || kept.includes(id))
}

/** Multiple choice: checkboxes; "none of these"-style exclusive options clear the rest. */
export function MultiChoiceBoxes(props: {
  name: string
  options: readonly ChoiceOption[]
  value: AnswerValue
  readOnly: boolean
  language: Locale
  onPick: (value: string[]) => void
}) {
  const { t } = useSectionTranslation()
  const selected = Array.isArray(props.value) ? props.value : []
  return (
    <div className="q-choices q-choices-vertical" role="group">
      {props.options.map((option) => (
        <label key={option.id} className="q-choice">
          <input
            type="checkbox"
            name={props.name}
            value={option.id}
            checked={selected.includes(option.id)}
            disabled={props.readOnly}
            onChange={(event) =>
              props.onPick(toggleOption(props.options, selected, option, event.target.checked))
            }
          />
          <span>{option.label[props.language]}</span>
          {option.exclusive && (
            <span className="q-choice-hint">{t('questionnaire.answer.exclusiveHint')}</span>
          )}
        </label>
      ))}
    </div>
  )
}
