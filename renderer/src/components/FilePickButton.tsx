import { LoadingOutlined } from '@ant-design/icons'
import { theme } from 'antd'
import type { ChangeEvent, CSSProperties, ReactNode } from 'react'
import './file-pick-button.css'

interface FilePickButtonProps {
  /** Accepted extensions without the dot, e.g. `['json', 'xlsx']`. */
  accept: readonly string[]
  onFile: (file: File) => void
  icon?: ReactNode
  busy?: boolean
  /** What a long-running pick is doing now (`data-phase` on the label, for tests and styling). */
  phase?: string
  /** Goes on the label: a click opens the picker, and Playwright's setInputFiles follows the label to its input. */
  testId?: string
  children: string
}

/**
 * A button that opens the file picker: a `<label>` styled like antd's default button around a
 * real (visually hidden) `<input type=file>`. Clicks, the keyboard (focus shows on the label) and
 * test tools that set files on the input all work alike, in the browser and in Electron.
 */
export function FilePickButton({
  accept,
  onFile,
  icon,
  busy,
  phase,
  testId,
  children
}: FilePickButtonProps) {
  const { token } = theme.useToken()
  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0]
    // Cleared, so picking the same file again (after fixing it) fires a change again.
    event.target.value = ''
    if (file) onFile(file)
  }
  const vars = {
    '--fpb-border': token.colorBorder,
    '--fpb-radius': `${token.borderRadius}px`,
    '--fpb-text': token.colorText,
    '--fpb-primary': token.colorPrimary,
    '--fpb-focus': token.colorPrimaryBorder
  } as CSSProperties
  return (
    <label
      className="file-pick-button"
      data-testid={testId}
      data-phase={phase}
      aria-disabled={busy}
      aria-busy={busy}
      style={vars}
    >
      {busy ? <LoadingOutlined /> : icon}
      <span>{children}</span>
      <input
        type="file"
        accept={accept.map((extension) => `.${extension}`).join(',')}
        disabled={busy}
        onChange={onChange}
      />
    </label>
  )
}
