/**
 * The evidence column: one name per line. Written references are plain names; attached files are
 * listed as `[附件] name` / `[file] name` so the filler sees them, but a form cannot carry files,
 * so file lines are never imported (and deleting one does not delete the file).
 */
import type { EvidenceRef } from '../assessment/assessment'
import type { Locale } from '../bank/primitives'

const FILE_PREFIX: Record<Locale, string> = { 'zh-CN': '[附件]', 'en-US': '[file]' }
/** `[附件]`, `[file]` (any case, full-width brackets too) followed by the file's name. */
const FILE_LINE = /^\s*[[［]\s*(附件|file)\s*[\]］]\s*(.*)$/i
/** Names are separated by line breaks or semicolons (half- or full-width). */
const SEPARATOR = /[\r\n;；]+/
/** The schema's limits on a reference evidence name and on evidence per answer. */
export const MAX_EVIDENCE_NAME = 500
export const MAX_EVIDENCE_ITEMS = 200

/** Splits names the way the reader does, so what was written compares equal to what is read. */
export function splitNames(text: string): string[] {
  return text
    .split(SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => name !== '')
}

/** The names of an answer's written references, as the reader would see them. */
export function referenceNames(evidence: readonly EvidenceRef[]): string[] {
  return splitNames(
    evidence
      .filter((ref) => ref.kind === 'reference')
      .map((ref) => ref.name)
      .join('\n')
  )
}

/** The evidence cell of an answer: file lines first, then one reference name per line. */
export function evidenceCellText(evidence: readonly EvidenceRef[], locale: Locale): string {
  const files = evidence
    .filter((ref) => ref.kind === 'file')
    .map((ref) => `${FILE_PREFIX[locale]} ${ref.name.replace(/[\r\n]+/g, ' ')}`)
  return [...files, ...referenceNames(evidence)].join('\n')
}

export interface ParsedEvidenceCell {
  references: string[]
  /** File lines naming no file of the answer: the filler tried to attach a file. */
  unknownFiles: string[]
}

/** Reads an evidence cell: reference names, and file lines that match no attached file. */
export function parseEvidenceCell(
  text: string | undefined,
  evidence: readonly EvidenceRef[]
): ParsedEvidenceCell {
  const files = new Set(
    evidence.filter((ref) => ref.kind === 'file').map((ref) => ref.name.replace(/[\r\n]+/g, ' '))
  )
  const references: string[] = []
  const unknownFiles: string[] = []
  // File names may contain semicolons, so file lines are recognised before splitting at them.
  for (const line of (text ?? '').split(/[\r\n]+/)) {
    const file = FILE_LINE.exec(line)
    if (file !== null) {
      const name = (file[2] ?? '').trim()
      if (!files.has(name)) unknownFiles.push(name)
    } else references.push(...splitNames(line))
  }
  return { references, unknownFiles }
}
