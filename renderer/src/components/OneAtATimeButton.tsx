import { Button, type ButtonProps } from 'antd'

/**
 * The button of one of several actions that run one at a time: loading while its own action runs,
 * disabled while another one does.
 */
export function OneAtATimeButton<K extends string>({
  action,
  busy,
  ...props
}: Omit<ButtonProps, 'loading' | 'disabled'> & { action: K; busy: K | null }) {
  return <Button {...props} loading={busy === action} disabled={busy !== null && busy !== action} />
}
