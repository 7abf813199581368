import { strFromU8, unzipSync } from 'fflate'

/**
 * Reading a generated .docx back in tests, the way any reader would: unzip, then look at the XML
 * parts. Independent of the writer (no docx package), so a test cannot agree with itself.
 */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes)
  const out: Record<string, string> = {}
  for (const [name, data] of Object.entries(files))
    if (/\.(xml|rels)$/.test(name)) out[name] = strFromU8(data)
  return out
}

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')

/** The text of an XML fragment: its `w:t` contents, with `w:br`/`w:tab` as line break and tab. */
export function wText(xml: string): string {
  let out = ''
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)) {
    if (match[0] === '<w:br/>') out += '\n'
    else if (match[0] === '<w:tab/>') out += '\t'
    else out += decode(match[1] ?? '')
  }
  return out
}

/** The body's paragraphs with their style: what a reader sees as headings and text. */
export function paragraphs(documentXml: string): Array<{ style: string | null; text: string }> {
  return [...documentXml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)].map(([xml]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? null,
    text: wText(xml)
  }))
}

/** Every table: its grid's column count and each row's cell texts. */
export function tables(documentXml: string): Array<{ gridCols: number; rows: string[][] }> {
  return [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([xml]) => {
    const grid = /<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(xml)?.[1] ?? ''
    const rows = [...xml.matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)].map(([row]) =>
      [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) => wText(tc))
    )
    return { gridCols: (grid.match(/<w:gridCol /g) ?? []).length, rows }
  })
}

/** Every field instruction the document holds (`TOC …`, `PAGEREF …`, `PAGE`, `NUMPAGES`). */
export function fieldInstructions(parts: Record<string, string>): string[] {
  return Object.values(parts).flatMap((xml) => [
    ...[...xml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) =>
      decode(m[1] ?? '').trim()
    ),
    ...[...xml.matchAll(/<w:fldSimple [^>]*w:instr="([^"]*)"/g)].map((m) =>
      decode(m[1] ?? '').trim()
    )
  ])
}
