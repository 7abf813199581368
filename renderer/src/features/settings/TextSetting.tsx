import { Input } from 'antd'
import { useState, type ReactNode } from 'react'
import { useAppSettings } from '../../app/startup/useAppSettings'
import { SettingField } from './SettingField'
import { useSettingSaver } from './useSettingSaver'

/** The settings whose value is text. */
type TextSettingKey = 'assessorName' | 'reportNumberPattern'

/**
 * A text setting saved, trimmed, as it is typed (with `required`, a blank is not saved). What was
 * typed stays shown while it is saved, so the field never jumps back mid-word; until then it shows
 * the stored value (the live query's first answer is what start-up read, not what is stored now).
 */
export function TextSetting({
  setting,
  name,
  label,
  help,
  maxLength,
  placeholder,
  required = false
}: {
  setting: TextSettingKey
  name: string
  label: ReactNode
  /** The help under the field, given what the field shows. */
  help: (shown: string) => ReactNode
  maxLength: number
  placeholder?: string
  required?: boolean
}) {
  const stored = useAppSettings()[setting]
  const saver = useSettingSaver(setting)
  const [typed, setTyped] = useState<string | null>(null)
  const shown = typed ?? stored
  return (
    <SettingField name={name} label={label} help={help(shown)} saver={saver}>
      {(control) => (
        <Input
          {...control}
          value={shown}
          maxLength={maxLength}
          placeholder={placeholder}
          style={{ maxWidth: 360 }}
          onChange={(event) => {
            setTyped(event.target.value)
            const value = event.target.value.trim()
            if (!required || value !== '') saver.save(value)
          }}
        />
      )}
    </SettingField>
  )
}
