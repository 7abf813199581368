import type { Block } from './document'

/** A written text as paragraphs: one per non-empty line (an assessor's line breaks are kept). */
export function paragraphsOf(text: string, indent = true): Block[] {
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ kind: 'paragraph', text: line, indent }))
}
