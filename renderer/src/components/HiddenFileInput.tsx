import type { Ref } from 'react'

interface HiddenFileInputProps {
  /** A menu item or a button opens the picker with `ref.current?.click()`. */
  ref: Ref<HTMLInputElement>
  /** Accepted extensions with the dot, e.g. `.xlsx`. */
  accept: string
  testId: string
  onFile: (file: File) => void
}

/**
 * A hidden `<input type=file>` opened from elsewhere (a menu item, a button). It stays mounted, so
 * test tools can set files on it; it hands the picked file on and clears itself, so picking the
 * same file again (after fixing it) fires again.
 */
export function HiddenFileInput({ ref, accept, testId, onFile }: HiddenFileInputProps) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      hidden
      data-testid={testId}
      onChange={(event) => {
        const file = event.target.files?.[0]
        event.target.value = ''
        if (file) onFile(file)
      }}
    />
  )
}
