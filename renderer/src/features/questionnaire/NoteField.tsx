import type { ReactNode, TextareaHTMLAttributes } from 'react'

/**
 * A question's labelled note box (the N/A reason, the comment): the label, then a two-row text
 * area of the given id, in a block of `className`.
 */
export function NoteField({
  className,
  id,
  label,
  ...textarea
}: {
  className: string
  id: string
  label: ReactNode
} & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className={className}>
      <label className="q-field-label" htmlFor={id}>
        {label}
      </label>
      <textarea id={id} className="q-input q-textarea" rows={2} {...textarea} />
    </div>
  )
}
