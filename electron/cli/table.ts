/**
 * Plain-text tables for the terminal. Chinese text is the normal case here, and CJK characters
 * take two columns in a terminal, so widths are measured in display columns, not code units.
 */

/** Whether a code point is shown two columns wide (East Asian Wide/Fullwidth, emoji). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0x303e) || // CJK radicals, Kangxi, CJK symbols and punctuation
    (code >= 0x3041 && code <= 0x33ff) || // Hiragana, Katakana, Bopomofo, CJK compatibility
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0xa000 && code <= 0xa4cf) || // Yi
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // Fullwidth forms (（）、：，)
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) || // emoji
    (code >= 0x20000 && code <= 0x3fffd) // CJK extensions B and beyond
  )
}

/** Zero-width: combining marks and joiners, which add no column. */
function isZeroWidth(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    code === 0x200b ||
    code === 0x200c ||
    code === 0x200d ||
    (code >= 0xfe00 && code <= 0xfe0f)
  )
}

/** Terminal columns a string takes. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code < 0x20 || isZeroWidth(code)) continue
    width += isWide(code) ? 2 : 1
  }
  return width
}

/** Cuts text to at most `max` columns, marking the cut with `…`. */
export function truncateToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text
  let out = ''
  let width = 0
  for (const char of text) {
    const w = displayWidth(char)
    if (width + w > max - 1) break
    out += char
    width += w
  }
  return `${out}…`
}

export type Align = 'left' | 'right'

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return align === 'right' ? fill + text : text + fill
}

export interface TableOptions {
  /** Per column; default left. */
  align?: readonly Align[]
  /** Per column maximum width in display columns; longer cells are truncated with `…`. */
  maxWidth?: ReadonlyArray<number | undefined>
  /** Leading spaces before every line. */
  indent?: number
}

/**
 * Renders rows under a header with a rule, columns separated by two spaces, aligned by display
 * width. Trailing spaces are trimmed so the output diffs cleanly.
 */
export function renderTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  options: TableOptions = {}
): string {
  const columns = header.length
  const cell = (row: readonly string[], c: number): string => {
    // Line breaks would break the grid; leading spaces are kept (they indent sub-rows).
    const text = (row[c] ?? '').replace(/[\r\n\t]+/g, ' ')
    const max = options.maxWidth?.[c]
    return max === undefined ? text : truncateToWidth(text, max)
  }
  const all = [header, ...rows].map((row) =>
    Array.from({ length: columns }, (_, c) => cell(row, c))
  )
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(...all.map((row) => displayWidth(row[c]!)))
  )
  const indent = ' '.repeat(options.indent ?? 0)
  const line = (row: string[]): string =>
    (
      indent + row.map((text, c) => pad(text, widths[c]!, options.align?.[c] ?? 'left')).join('  ')
    ).trimEnd()
  const rule = indent + widths.map((w) => '-'.repeat(w)).join('  ')
  return [line(all[0]!), rule, ...all.slice(1).map(line)].join('\n') + '\n'
}
