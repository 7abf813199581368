import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FactorInput } from '@shared/bank/factor'
import { useLanguage } from '../../i18n/useLanguage'

interface FactorInputFieldProps {
  factorId: string
  /** A per-system factor's cell: the system it belongs to (the table shows its name and the input's label). */
  system?: { id: string; name: string }
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
  const { input, factorId, system } = props
  const id = system ? `fi-${factorId}-${system.id}-${input.id}` : `fi-${factorId}-${input.id}`
  const testId = system
    ? `factor-input-${factorId}-${system.id}-${input.id}`
    : `factor-input-${factorId}-${input.id}`
  const hints = [
    input.integer ? t('factors.integer') : null,
    input.min !== 0 ? t('factors.min', { min: input.min }) : null
  ].filter(Boolean)

  return (
    <div className={system ? 'factor-input factor-input-cell' : 'factor-input'}>
      {system ? null : (
        <label htmlFor={id}>
          {input.label[language]}
          <span className="factor-input-code">{input.id}</span>
        </label>
      )}
      <div className="q-number">
        <input
          id={id}
          className="q-input"
          type="number"
          aria-label={system ? `${system.name} · ${input.label[language]}` : undefined}
          data-testid={testId}
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
        {(notANumber || (!system && hints.length > 0)) && (
          <span className="q-hint">{notANumber ? t('factors.notANumber') : hints.join(' · ')}</span>
        )}
      </div>
      {!system && input.description && (
        <p className="factor-input-help">{input.description[language]}</p>
      )}
    </div>
  )
}
