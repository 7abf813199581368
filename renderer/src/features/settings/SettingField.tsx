import { Form } from 'antd'
import type { CSSProperties, ReactNode } from 'react'
import { SaveHint } from './SaveHint'
import type { SaveState } from './useSettingSaver'

/** The ids a setting's control carries: its label points at `id`; tests find it by `data-testid`. */
export interface SettingControlProps {
  id: string
  'data-testid': string
  'aria-describedby'?: string
}

/**
 * One setting saved as soon as it changes: its label, the control, and under it the help text
 * followed by "Saving…" / "Saved" / why not. Every id derives from `name`: the control is
 * `settings-<name>`, the save hint `<name>-state`; with `describedBy` the help is the span
 * `settings-<name>-help` that the control names in aria-describedby.
 */
export function SettingField({
  name,
  label,
  help,
  saver,
  describedBy = false,
  style,
  children
}: {
  name: string
  label: ReactNode
  help: ReactNode
  saver: { state: SaveState; error: unknown }
  describedBy?: boolean
  style?: CSSProperties
  children: (control: SettingControlProps) => ReactNode
}) {
  const id = `settings-${name}`
  const helpId = describedBy ? `${id}-help` : undefined
  const extra = (
    <>
      {help} <SaveHint testId={`${name}-state`} state={saver.state} error={saver.error} />
    </>
  )
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      extra={helpId ? <span id={helpId}>{extra}</span> : extra}
      style={style}
    >
      {children({ id, 'data-testid': id, ...(helpId && { 'aria-describedby': helpId }) })}
    </Form.Item>
  )
}
