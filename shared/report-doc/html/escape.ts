/**
 * Text for the print view: every user text goes through these, so it is only ever text in the
 * page — never markup, a script, a link or a style.
 */
import { printable } from '../printable'

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/** Escaped for HTML text and attribute values; control characters shown as U+FFFD. */
export function html(text: string): string {
  return printable(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch] as string)
}

/** Escaped text with its line breaks kept. */
export function htmlLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(html)
    .join('<br>')
}

/** A CSS string literal's content (for `content: "…"` in the page margin boxes). */
export function cssString(text: string): string {
  let out = ''
  for (const ch of printable(text)) {
    const code = ch.codePointAt(0) as number
    if (ch === '"' || ch === '\\') out += `\\${ch}`
    else if (code < 0x20 || code === 0x7f || ch === '<' || ch === '>')
      out += `\\${code.toString(16)} `
    else out += ch
  }
  return out
}
