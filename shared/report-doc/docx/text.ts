import { TextRun } from 'docx'
import type { IRunOptions } from 'docx'
import { printable } from '../printable'

/**
 * Runs for a text: each line a run (line breaks kept as breaks), in `w:t` only, so whatever the
 * text says (`{ MERGEFIELD }`, `HYPERLINK`, `=1+1`) it is shown, never interpreted.
 */
export function textRuns(
  text: string,
  options: Omit<IRunOptions, 'text' | 'children' | 'break'> = {}
): TextRun[] {
  return printable(text)
    .split(/\r\n|\r|\n/)
    .map((line, k) => new TextRun({ ...options, text: line, ...(k > 0 ? { break: 1 } : {}) }))
}
