/**
 * Reads the systems sheet: changes to the key systems in scope (name, class, real-time, service
 * window, each taken on its own like a question row's fields) and new systems written in the empty
 * rows. A row with a problem is left out; the others are read.
 */
import { issueText } from '../util/issue-codes'
import { keySystemSchema, type Assessment, type KeySystem } from '../assessment/assessment'
import { nextSystemId } from '../assessment/key-systems'
import { RowReader, shown, type SheetTable } from '../bank-xlsx/index'
import { parseBaseline, systemRowContent, takesField, type SystemRowContent } from './content'
import type { FormIssues } from './form-issues'
import { readSystemClass, readYesPartialNo, systemClassChoices } from './labels'
import { NEW_SYSTEM_KEY } from './write-systems'

const MAX_TEXT = 300
/** As the assessment schema allows. */
const MAX_SYSTEMS = 500

export interface SystemChange {
  systemId: string
  row: number
  /** The fields taken from the form; a new system takes all it has. */
  fields: Array<keyof SystemRowContent>
  added: boolean
}

export interface SystemsRead {
  /** The key systems after the form's changes; undefined when the form changes none. */
  systems?: KeySystem[]
  changes: SystemChange[]
  rows: number
}

/** A short text cell (name, window): trimmed, null when empty; undefined when too long. */
function shortText(reader: RowReader, column: string): string | null | undefined {
  const text = reader.text(column)?.trim()
  if (text === undefined || text === '') return null
  if (text.length > MAX_TEXT)
    return reader.fail(
      column,
      issueText('form.tooLong', { length: text.length, maximum: MAX_TEXT })
    )
  return text
}

/** What a row says, or undefined when a cell is wrong (reported at the cell). */
function readContent(reader: RowReader): SystemRowContent | undefined {
  const name = shortText(reader, 'name')
  const window = shortText(reader, 'service_window')
  const classText = reader.text('class')
  const systemClass = classText === undefined ? null : readSystemClass(classText)
  if (systemClass === undefined)
    reader.fail(
      'class',
      issueText('form.notSystemClass', { value: shown(classText), choices: systemClassChoices() })
    )
  const realTimeText = reader.text('real_time')?.trim()
  const yesNo =
    realTimeText === undefined || realTimeText === '' ? null : readYesPartialNo(realTimeText)
  if (yesNo === undefined || yesNo === 'partial')
    reader.fail('real_time', issueText('form.notYesNo', { value: shown(realTimeText) }))
  if (
    name === undefined ||
    window === undefined ||
    systemClass === undefined ||
    yesNo === undefined ||
    yesNo === 'partial'
  )
    return undefined
  return {
    name,
    class: systemClass,
    realTime: yesNo === null ? null : yesNo === 'yes',
    serviceWindow: window
  }
}

/** A stored key system from a row's content (empty fields left out). */
function toSystem(id: string, content: SystemRowContent): KeySystem | undefined {
  const parsed = keySystemSchema.safeParse({
    id,
    name: content.name ?? '',
    ...(content.class === null ? {} : { class: content.class }),
    ...(content.realTime === null ? {} : { realTime: content.realTime }),
    ...(content.serviceWindow === null ? {} : { serviceWindow: content.serviceWindow })
  })
  return parsed.success ? parsed.data : undefined
}

const FIELDS: ReadonlyArray<keyof SystemRowContent> = ['name', 'class', 'realTime', 'serviceWindow']

/** What has been read so far, shared by the row readers below. */
class SystemsReading {
  readonly byId: Map<string, KeySystem>
  readonly updated = new Map<string, KeySystem>()
  readonly added: KeySystem[] = []
  readonly changes: SystemChange[] = []
  readonly seen = new Map<string, number>()
  /** Which system holds each name, and its row in the sheet. */
  readonly names = new Map<string, { id: string; row: number }>()

  constructor(
    readonly current: readonly KeySystem[],
    table: SheetTable
  ) {
    this.byId = new Map(current.map((system) => [system.id, system]))
    const rowOfId = new Map<string, number>()
    for (const row of table.rows) {
      const id = row.cells.get('system')
      if (typeof id === 'string' && !rowOfId.has(id.trim())) rowOfId.set(id.trim(), row.row)
    }
    for (const system of current)
      this.names.set(system.name.trim(), { id: system.id, row: rowOfId.get(system.id) ?? 0 })
  }

  /** Reports (at the name) a name another system already has; true when it does. */
  nameTaken(reader: RowReader, name: string, id: string): boolean {
    const holder = this.names.get(name)
    if (holder === undefined || holder.id === id) return false
    reader.fail('name', issueText('form.systemNameTwice', { name: shown(name), first: holder.row }))
    return true
  }

  /** An empty row offered for a new system: left empty, or a new system with a name. */
  readNew(reader: RowReader, content: SystemRowContent | undefined): void {
    if (content === undefined || FIELDS.every((field) => content[field] === null)) return
    if (content.name === null) {
      reader.fail('name', issueText('form.newSystemNeedsName'))
      return
    }
    const id = nextSystemId([...this.current, ...this.added])
    if (this.nameTaken(reader, content.name, id)) return
    const system = toSystem(id, content)
    if (system === undefined) return
    this.names.set(content.name, { id, row: reader.row.row })
    this.added.push(system)
    const fields = FIELDS.filter((field) => content[field] !== null)
    this.changes.push({ systemId: id, row: reader.row.row, fields, added: true })
  }

  /** A key system's row: ids checked, then each field taken when the filler changed it. */
  readKnown(
    reader: RowReader,
    id: string,
    content: SystemRowContent | undefined,
    baselineText: string | undefined
  ): void {
    const known = this.byId.get(id)
    const baseline = parseBaseline(baselineText, 4)
    if (known === undefined)
      return void reader.fail('system', issueText('form.unknownSystem', { id: shown(id) }))
    const first = this.seen.get(id)
    if (first !== undefined)
      return void reader.fail('system', issueText('form.systemTwice', { id, first }))
    this.seen.set(id, reader.row.row)
    if (baseline !== undefined && baseline.key !== id)
      return void reader.fail('system', issueText('form.rowOfOtherInput', { key: baseline.key }))
    if (content === undefined) return
    if (content.name === null) return void reader.fail('name', issueText('form.systemNameMissing'))
    const now = systemRowContent(known)
    const taken = FIELDS.filter((field, i) =>
      takesField(content[field], now[field], baseline?.fingerprints[i])
    )
    if (taken.length === 0) return
    const next: SystemRowContent = { ...now }
    for (const field of taken) (next as unknown as Record<string, unknown>)[field] = content[field]
    if (taken.includes('name')) {
      if (this.nameTaken(reader, content.name, id)) return
      this.names.delete(known.name.trim())
      this.names.set(content.name, { id, row: reader.row.row })
    }
    const system = toSystem(id, next)
    if (system === undefined) return
    this.updated.set(id, system)
    this.changes.push({ systemId: id, row: reader.row.row, fields: taken, added: false })
  }
}

/** Reads every row of the systems sheet against the assessment's key systems as they stand. */
export function readSystems(
  table: SheetTable,
  assessment: Assessment,
  issues: FormIssues
): SystemsRead {
  const current = assessment.metadata.systems
  const reading = new SystemsReading(current, table)
  for (const row of table.rows) {
    const reader = new RowReader(table, row, issues)
    const id = reader.text('system')?.trim()
    const content = readContent(reader)
    const baselineText = reader.text('baseline')
    if (id !== undefined && baselineText?.trim() === NEW_SYSTEM_KEY)
      reader.fail('system', issueText('form.idInNewRow'))
    else if (id === undefined) reading.readNew(reader, content)
    else reading.readKnown(reader, id, content, baselineText)
  }
  const { changes, updated, added } = reading
  const result: SystemsRead = { changes, rows: table.rows.length }
  if (changes.length === 0) return result
  const systems = [...current.map((system) => updated.get(system.id) ?? system), ...added]
  if (systems.length > MAX_SYSTEMS) {
    issues.add(
      table.spec.name,
      issueText('form.tooManySystems', { count: systems.length, maximum: MAX_SYSTEMS })
    )
    return { changes: [], rows: table.rows.length }
  }
  result.systems = systems
  return result
}
