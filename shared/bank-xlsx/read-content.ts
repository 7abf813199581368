/** Workbook → the bank's identity, anchors, reference catalogue, pillars and sections. */
import { SHEET_ROWS, WORKBOOK_KEYS } from '../issues/catalogue/terms'
import { issueText, listParam } from '../util/issue-codes'
import { RecordBuilder } from './cell-map'
import { rowsOf, skipRow, UniqueKeys, type ReadContext } from './read-context'
import { SOURCE_TAGS } from './specs-content'

/** The `settings` row as bank fields (id, version, titles, default profile…). */
export function readSettings(context: ReadContext): Record<string, unknown> {
  const [first, ...extra] = rowsOf(context, 'settings')
  for (const reader of extra)
    context.issues.add(`settings row ${reader.row.row}`, issueText('bankXlsx.settingsExtraRow'), {
      sheet: 'settings',
      row: reader.row.row
    })
  if (first === undefined) {
    if (context.tables.has('settings'))
      context.issues.add('settings', issueText('bankXlsx.settingsEmpty'))
    skipRow(context)
    return {}
  }
  const b = new RecordBuilder(context.map, '', first)
  b.set(
    'schemaVersion',
    'schema_version',
    first.number('schema_version', { required: true, integer: true })
  )
  b.set('id', 'id', first.id('id', true))
  b.set('version', 'version', first.text('version', true)?.trim())
  b.text('title', 'title', true)
  b.text('status', 'status', true)
  b.text('description', 'description')
  b.set('publishedAt', 'published_at', first.text('published_at')?.trim())
  b.set('defaultProfileId', 'default_profile', first.id('default_profile', true))
  return b.value
}

/** The five default maturity anchors, ordered by the `level` column. */
export function readAnchors(context: ReadContext): unknown[] | undefined {
  const anchors: unknown[] = []
  const levels = new UniqueKeys(WORKBOOK_KEYS.level)
  for (const reader of rowsOf(context, 'anchors')) {
    const level = reader.number('level', { required: true, integer: true, min: 0, max: 4 })
    if (level === undefined || !levels.claim(reader, 'level', String(level))) {
      skipRow(context)
      continue
    }
    const b = new RecordBuilder(context.map, `maturityAnchors[${level}]`, reader, 'level')
    const text = reader.localized('text', true)
    b.point('.zh-CN', 'text::zh-CN').point('.en-US', 'text::en-US')
    anchors[level] = text
  }
  if (!context.tables.has('anchors')) return undefined
  const missing = [0, 1, 2, 3, 4].filter((level) => !(level in anchors))
  if (missing.length > 0) {
    context.issues.add(
      'anchors',
      issueText('bankXlsx.anchorsMissing', { levels: listParam(missing.map(String)) })
    )
    skipRow(context)
  }
  return missing.length > 0 ? undefined : anchors
}

/** The reference catalogue (`references` sheet). */
export function readReferences(context: ReadContext): unknown[] {
  const ids = new UniqueKeys()
  return rowsOf(context, 'references').flatMap((reader, index) => {
    const id = reader.id('id', true)
    if (id !== undefined && !ids.claim(reader, 'id', id)) return []
    const b = new RecordBuilder(context.map, `references[${index}]`, reader)
    b.set('id', 'id', id).text('title', 'title', true).text('status', 'status')
    b.set('url', 'url', reader.text('url')?.trim())
    return [b.value]
  })
}

/** A section as assembled, with the JSON path its questions are appended under. */
export interface SectionEntry {
  path: string
  questions: unknown[]
}

/** Pillars with their sections (questions are added by the questions reader). */
export function readStructure(context: ReadContext): {
  pillars: unknown[]
  sections: Map<string, SectionEntry>
} {
  const pillars: unknown[] = []
  const pillarSections = new Map<string, { path: string; sections: unknown[] }>()
  const pillarIds = new UniqueKeys()
  for (const reader of rowsOf(context, 'pillars')) {
    const id = reader.id('id', true)
    if (id !== undefined && !pillarIds.claim(reader, 'id', id)) continue
    const path = `pillars[${pillars.length}]`
    const b = new RecordBuilder(context.map, path, reader)
    b.set('id', 'id', id).text('title', 'title', true).text('description', 'description')
    const sections: unknown[] = []
    b.list('sections', sections, SHEET_ROWS.sections)
    pillars.push(b.value)
    if (id !== undefined) pillarSections.set(id, { path, sections })
  }

  const sections = new Map<string, SectionEntry>()
  const sectionIds = new UniqueKeys()
  for (const reader of rowsOf(context, 'sections')) {
    const pillarId = reader.id('pillar', true)
    const id = reader.id('id', true)
    const pillar = pillarId === undefined ? undefined : pillarSections.get(pillarId)
    if (pillarId !== undefined && pillar === undefined)
      reader.drop('pillar', issueText('bankXlsx.unknownPillar', { id: pillarId }))
    if (id !== undefined && !sectionIds.claim(reader, 'id', id)) continue
    if (pillar === undefined) {
      skipRow(context)
      continue
    }
    const path = `${pillar.path}.sections[${pillar.sections.length}]`
    const b = new RecordBuilder(context.map, path, reader)
    b.set('id', 'id', id)
    b.set('kind', 'kind', reader.oneOf('kind', ['section', 'process'], true))
    b.text('title', 'title', true).text('description', 'description')
    b.set('provisional', 'provisional', reader.bool('provisional'))
    b.set('source', 'source', reader.oneOf('source', SOURCE_TAGS, true))
    const questions: unknown[] = []
    b.list('questions', questions, SHEET_ROWS.questions)
    pillar.sections.push(b.value)
    if (id !== undefined) sections.set(id, { path, questions })
  }
  return { pillars, sections }
}
