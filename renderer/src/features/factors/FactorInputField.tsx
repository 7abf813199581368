import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FactorInput } from '@shared/bank/factor'
import { useLanguage } from '../../i18n/useLanguage'

interface FactorInputFieldProps {
  factorId: string
  input: FactorInput
  value: number | null
  /** An entry check faults this input. */
  invalid: boolean
  readOnly: boolean
  onValue: (value: number | null) => void
}

/**
 * One figure of a factor, with its unit. Uncontrolled like the questionnaire's typed answers:
 * every input event is written through autosave, and nothing typed is overwritten by a re-render.
 */
export function FactorInputField(props: FactorInputFieldProps) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [notANumber, setNotANumber] = useState(false)
  const { input, factorId } = props
  const id = `fi-${factorId}-${input.id}`
  const hints = [
    input.integer ? t('factors.integer') : null,
    input.min !== 0 ? t('factors.min', { min: input.min }) : null
  ].filter(Boolean)

  return (
    <div className="factor-input">
      <label htmlFor={id}>
        {input.label[language]}
        <span className="factor-input-code">{input.id}</span>
      </label>
      <div className="q-number">
        <input
          id={id}
          className="q-input"
          type="number"
          data-testid={`factor-input-${factorId}-${input.id}`}
          defaultValue={props.value ?? ''}
          min={input.min}
          max={input.max}
          step={input.integer ? 1 : 'any'}
          disabled={props.readOnly}
          aria-invalid={props.invalid || notANumber || undefined}
          onChange={(event) => {
            const field = event.currentTarget
            setNotANumber(field.validity.badInput)
            if (!field.validity.badInput)
              props.onValue(field.value === '' ? null : field.valueAsNumber)
          }}
        />
        <span>{input.unit[language]}</span>
        {(notANumber || hints.length > 0) && (
          <span className="q-hint">{notANumber ? t('factors.notANumber') : hints.join(' · ')}</span>
        )}
      </div>
      {input.description && <p className="factor-input-help">{input.description[language]}</p>}
    </div>
  )
}
