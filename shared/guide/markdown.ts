/**
 * The small part of Markdown the user guide (docs/guide) is written in, read into blocks the app
 * shows offline: headings, `<a id>` anchors, pictures on their own line, tables, lists and
 * paragraphs. Inline text keeps **bold**, `code` and [links](target) as spans.
 */
export type InlineSpan =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string }

export type GuideBlock =
  | { kind: 'heading'; level: number; text: InlineSpan[] }
  | { kind: 'anchor'; id: string }
  | { kind: 'image'; alt: string; src: string }
  | { kind: 'table'; header: InlineSpan[][]; rows: InlineSpan[][][] }
  | { kind: 'list'; ordered: boolean; items: InlineSpan[][] }
  | { kind: 'paragraph'; text: InlineSpan[] }

const INLINE = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)]+)\)/g

export function parseInline(text: string): InlineSpan[] {
  const spans: InlineSpan[] = []
  let last = 0
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) spans.push({ kind: 'text', text: text.slice(last, match.index) })
    if (match[1] !== undefined) spans.push({ kind: 'strong', text: match[1] })
    else if (match[2] !== undefined) spans.push({ kind: 'code', text: match[2] })
    else spans.push({ kind: 'link', text: match[3]!, href: match[4]! })
    last = match.index + match[0].length
  }
  if (last < text.length) spans.push({ kind: 'text', text: text.slice(last) })
  return spans
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => parseInline(cell.trim()))

const LIST_ITEM = /^(?:(-)|\d+\.)\s+(.*)$/

export function parseGuide(markdown: string): GuideBlock[] {
  const blocks: GuideBlock[] = []
  const lines = markdown.split(/\r?\n/)
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!.trim()
    const heading = /^(#{1,4})\s+(.*)$/.exec(line)
    const anchor = /^<a id="([^"]+)"><\/a>$/.exec(line)
    const image = /^!\[([^\]]*)\]\(([^)]+)\)$/.exec(line)
    const item = LIST_ITEM.exec(line)
    const single: GuideBlock | null = heading
      ? { kind: 'heading', level: heading[1]!.length, text: parseInline(heading[2]!) }
      : anchor
        ? { kind: 'anchor', id: anchor[1]! }
        : image
          ? { kind: 'image', alt: image[1]!, src: image[2]! }
          : null
    if (line === '' || single) {
      if (single) blocks.push(single)
      i++
    } else if (line.startsWith('|')) {
      const rows: InlineSpan[][][] = []
      while (i < lines.length && lines[i]!.trim().startsWith('|')) {
        const row = lines[i++]!.trim()
        if (!/^\|[\s|:-]+\|$/.test(row)) rows.push(cells(row))
      }
      blocks.push({ kind: 'table', header: rows[0] ?? [], rows: rows.slice(1) })
    } else if (item) {
      const ordered = item[1] === undefined
      const items: InlineSpan[][] = []
      let text = ''
      while (i < lines.length && lines[i]!.trim() !== '') {
        const next = LIST_ITEM.exec(lines[i]!.trim())
        if (next) {
          if (text) items.push(parseInline(text))
          text = next[2]!
        } else text += (/[\u3000-\u9fff]$/.test(text) ? '' : ' ') + lines[i]!.trim()
        i++
      }
      if (text) items.push(parseInline(text))
      blocks.push({ kind: 'list', ordered, items })
    } else {
      let text = line
      i++
      while (i < lines.length && lines[i]!.trim() !== '' && !isBlockStart(lines[i]!.trim()))
        text += (/[\u3000-\u9fff]$/.test(text) ? '' : ' ') + lines[i++]!.trim()
      blocks.push({ kind: 'paragraph', text: parseInline(text) })
    }
  }
  return blocks
}

function isBlockStart(line: string): boolean {
  return /^(#{1,4}\s|<a id=|!\[|\|)/.test(line) || LIST_ITEM.test(line)
}
