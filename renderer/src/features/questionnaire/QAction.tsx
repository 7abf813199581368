import type { ButtonHTMLAttributes } from 'react'

/** The questionnaire's small text action under a question or a piece of evidence. */
export function QAction(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" className="q-action" {...props} />
}
