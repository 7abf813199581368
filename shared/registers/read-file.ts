/**
 * A register file in: an .xlsx workbook (the streaming sheet reader of shared/xlsx) with a sheet
 * per register named as in the template (zh-CN or en-US), or a CSV file holding one register
 * (which one is told by its header). Every problem is coded and placed; a file with problems is
 * refused whole unless the user leaves out exactly the rows named. The file's name, SHA-256, size
 * and import time are kept with what was read.
 */
import { issueText, listParam } from '../util/issue-codes'
import { sha256Hex } from '../util/sha256'
import { issueAt, wholeFileIssue, type ValidationIssue } from '../util/validation'
import { columnLetter } from '../xlsx/address'
// The modules themselves, not the '../xlsx' door: it also exports the exceljs loader, which
// would follow into the register worker's bundle (+0.9 MB) though registers never use exceljs.
import { WORKBOOK_LIMITS, type WorkbookLimits } from '../xlsx/gate'
import { noCachedValue, readWorkbookSheets, type StreamedSheet } from '../xlsx/sheet-stream'
import { decodeCsv, eachCsvRow, type CsvEncoding } from './csv'
import type { PackedRegisterTable } from './packed'
import { registersTooLargeToSave } from './stored-size'
import {
  REGISTER_KIND_TABLE,
  REGISTER_KINDS,
  type RegisterKind,
  type RegisterKindId
} from './kinds'
import {
  readRegisterTable,
  registerTableReader,
  REGISTER_LIMITS,
  type GridRow,
  type RegisterTable,
  type RegisterTableReader
} from './read-table'
import { headerFields, headerKey } from './register-header'

const MiB = 1024 * 1024
/** A CSV register of 200,000 rows of a dozen columns is some 30 MiB. */
export const MAX_CSV_BYTES = 64 * MiB

/**
 * The limits of a register workbook, read by the streaming reader (shared/xlsx/sheet-stream.ts),
 * never by exceljs: a year of a large broker's changes is 100,000 rows of seven columns, far past
 * the default door's 40,000 rows and 150,000 cells (sized for what exceljs builds of banks and
 * questionnaires). 250,000 rows and 2,000,000 cells over the register sheets read, as many shared
 * strings, 32 MiB of file and 128 MiB unpacked (100,000 changes are some 3 MiB, 20 MiB unpacked).
 * Every other workbook reader keeps WORKBOOK_LIMITS.
 */
export const REGISTER_WORKBOOK_LIMITS: WorkbookLimits = {
  ...WORKBOOK_LIMITS,
  maxBytes: 32 * MiB,
  maxInflatedBytes: 128 * MiB,
  maxRows: 250_000,
  maxCells: 2_000_000,
  maxStrings: 2_000_000
}

export interface RegisterSource {
  name: string
  sha256: string
  bytes: number
  importedAt: string
  encoding?: CsvEncoding
}

export interface RegisterImport {
  source: RegisterSource
  tables: RegisterTable[]
}

export interface ReadRegistersOptions {
  /** When the import happens (ISO date-time); the caller's clock. */
  importedAt: string
  /** What the rows may take saved (stored-size.ts); the default is the limit of a saved part. */
  maxStoredChars?: number
  /** Per register kind: the firm's header → template field id. */
  mapping?: Partial<Record<RegisterKindId, Readonly<Record<string, string>>>>
  /**
   * The file's SHA-256 (lower-case hex) when the caller has it already — the register worker
   * hashes with WebCrypto (sha256HexAsync), natively; otherwise it is computed here.
   */
  sha256?: string
  /** Per sheet (workbook) or for the file (CSV, key ''): rows to leave out. */
  leaveOut?: Readonly<Record<string, readonly number[]>>
}

/**
 * A sheet (or CSV file) whose columns could not all be told from their headers: the header row
 * it most likely has, for the user to map the firm's column names onto the template's fields.
 */
export interface UnmappedSheet {
  sheet: string
  /** The register the sheet is (a workbook sheet's name says it); null: a CSV file not recognised. */
  kind: RegisterKindId | null
  /** The texts of its likely header row, column A first. */
  headers: string[]
}

export type RegisterImportResult =
  | { ok: true; value: RegisterImport }
  | {
      ok: false
      issues: ValidationIssue[]
      rowsWithProblems: Record<string, number[]>
      /** Sheets a column mapping may fix (absent: none). */
      unmapped?: UnmappedSheet[]
    }

/** Problems a mapping of the firm's column names fixes: no header row, a required column missing. */
const MAPPING_CODES = new Set(['register.noHeader', 'register.requiredColumn', 'register.csvKind'])

/** The likeliest header row among the first rows: the one with the most texts. */
function likelyHeaders(rows: readonly GridRow[]): string[] {
  let best: string[] = []
  for (const row of rows.slice(0, REGISTER_LIMITS.headerSearchRows)) {
    const texts = row.cells.map((c) => (typeof c === 'string' ? c.trim() : ''))
    if (texts.filter((t) => t !== '').length > best.filter((t) => t !== '').length) best = texts
  }
  return best
}

const kindOfSheet = (name: string): RegisterKind | undefined =>
  REGISTER_KINDS.map((id) => REGISTER_KIND_TABLE[id]).find(
    (kind) =>
      headerKey(kind.sheet['zh-CN']) === headerKey(name) ||
      headerKey(kind.sheet['en-US']) === headerKey(name)
  )

/**
 * A streamed sheet's rows as the table reader takes them; a formula without a cached value is
 * placed as a problem at its cell and read as empty.
 */
function sheetRows(sheet: StreamedSheet, issues: ValidationIssue[]): GridRow[] {
  return sheet.rows.map(({ row, cells }) => ({
    row,
    cells: cells.map((cell, index) => {
      if (!noCachedValue(cell)) return cell
      issues.push(
        issueAt(
          { sheet: sheet.name, row, column: columnLetter(index + 1) },
          issueText('register.formulaNoValue')
        )
      )
      return null
    })
  }))
}

function source(
  name: string,
  bytes: Uint8Array,
  importedAt: string,
  encoding?: CsvEncoding,
  sha256: string = sha256Hex(bytes)
): RegisterSource {
  const base = { name, sha256, bytes: bytes.length, importedAt }
  return encoding === undefined ? base : { ...base, encoding }
}

function readWorkbookRegisters(
  name: string,
  bytes: Uint8Array,
  options: ReadRegistersOptions
): RegisterImportResult {
  const loaded = readWorkbookSheets(bytes, {
    limits: REGISTER_WORKBOOK_LIMITS,
    wanted: (sheet) => kindOfSheet(sheet) !== undefined,
    maxColumns: REGISTER_LIMITS.maxColumns
  })
  if (!loaded.ok) return { ok: false, issues: loaded.issues, rowsWithProblems: {} }
  const issues: ValidationIssue[] = []
  const rowsWithProblems: Record<string, number[]> = {}
  const tables: RegisterTable[] = []
  const unmapped: UnmappedSheet[] = []
  for (const sheet of loaded.value) {
    const kind = kindOfSheet(sheet.name)
    if (kind === undefined) continue
    if (sheet.widest !== undefined) {
      const max = REGISTER_LIMITS.maxColumns
      issues.push(
        issueAt(
          { sheet: sheet.name },
          issueText('register.tooManyColumns', { count: sheet.widest, max })
        )
      )
      continue
    }
    const leaveOut = new Set(options.leaveOut?.[sheet.name] ?? [])
    const formulas: ValidationIssue[] = []
    const rows = sheetRows(sheet, formulas)
    const formulaRows = formulas
      .map((i) => ('row' in i.place ? (i.place.row ?? 0) : 0))
      .filter((row) => !leaveOut.has(row))
    issues.push(...formulas.filter((i) => !leaveOut.has('row' in i.place ? (i.place.row ?? 0) : 0)))
    const read = readRegisterTable(kind, sheet.name, rows, {
      mapping: options.mapping?.[kind.id],
      leaveOut
    })
    const problemRows = new Set([...formulaRows, ...(read.ok ? [] : read.rowsWithProblems)])
    if (problemRows.size > 0)
      rowsWithProblems[sheet.name] = [...problemRows].toSorted((a, b) => a - b)
    // A sheet left blank (the template's sheets one does not need) is no register: an empty
    // 变更台账 is "not given", never "no changes in the period".
    if (!read.ok) {
      issues.push(...read.issues)
      if (read.issues.some((i) => MAPPING_CODES.has(i.code)))
        unmapped.push({ sheet: sheet.name, kind: kind.id, headers: likelyHeaders(rows) })
    } else if (read.value.rows.length > 0 || read.value.leftOut.length > 0) tables.push(read.value)
  }
  if (tables.length === 0 && issues.length === 0) {
    const sheets = listParam(REGISTER_KINDS.map((id) => REGISTER_KIND_TABLE[id].sheet['zh-CN']))
    issues.push(wholeFileIssue(issueText('register.noRegisters', { sheets })))
  }
  if (issues.length > 0)
    return { ok: false, issues, rowsWithProblems, ...(unmapped.length > 0 ? { unmapped } : {}) }
  return {
    ok: true,
    value: { source: source(name, bytes, options.importedAt, undefined, options.sha256), tables }
  }
}

/** The register kind a CSV file's header names: all required columns found, most columns first. */
function kindOfCsv(
  rows: readonly GridRow[],
  options: ReadRegistersOptions
): RegisterKind | undefined {
  let best: { kind: RegisterKind; found: number } | undefined
  for (const id of REGISTER_KINDS) {
    const kind = REGISTER_KIND_TABLE[id]
    for (const row of rows.slice(0, REGISTER_LIMITS.headerSearchRows)) {
      const found = headerFields(kind, row.cells, options.mapping?.[id])
      if (!kind.fields.every((f) => !f.required || found.has(f.id))) continue
      if (best === undefined || found.size > best.found) best = { kind, found: found.size }
    }
  }
  return best?.kind
}

/**
 * A CSV file's register read as the file is parsed: its first rows (where the header is) tell
 * which register it is; from then on each row is read and checked as the parser ends it, and no
 * grid of the file's texts is kept.
 */
function csvRegisterSink(name: string, options: ReadRegistersOptions) {
  const head: GridRow[] = []
  let told: { kind: RegisterKind; reader: RegisterTableReader } | { kind: undefined } | undefined
  const tell = () => {
    // A CSV file holds one register: a mapping given for one kind says which (so a column it
    // leaves unmapped is named as missing, rather than the register not being recognised).
    const mappedKinds = Object.keys(options.mapping ?? {}) as RegisterKindId[]
    const kind =
      mappedKinds.length === 1 ? REGISTER_KIND_TABLE[mappedKinds[0]!] : kindOfCsv(head, options)
    if (kind === undefined) return (told = { kind })
    const reader = registerTableReader(kind, name, head, {
      mapping: options.mapping?.[kind.id],
      leaveOut: new Set(options.leaveOut?.[''] ?? options.leaveOut?.[name] ?? [])
    })
    for (const row of head) reader.add(row)
    return (told = { kind, reader })
  }
  return {
    head,
    add: (row: GridRow): void => {
      if (told !== undefined) {
        if (told.kind !== undefined) told.reader.add(row)
        // The parser refills the row it gives (eachCsvRow's reuse): the head's rows are copies.
      } else if (
        head.push({ row: row.row, cells: [...row.cells] }) === REGISTER_LIMITS.headerSearchRows
      )
        tell()
    },
    done: () => told ?? tell()
  }
}

function readCsvRegister(
  name: string,
  bytes: Uint8Array,
  options: ReadRegistersOptions
): RegisterImportResult {
  const refuse = (problem: Parameters<typeof wholeFileIssue>[0]): RegisterImportResult => ({
    ok: false,
    issues: [wholeFileIssue(problem)],
    rowsWithProblems: {}
  })
  if (bytes.length > MAX_CSV_BYTES)
    return refuse(
      issueText('register.tooLarge', {
        size: Math.ceil(bytes.length / MiB),
        max: MAX_CSV_BYTES / MiB
      })
    )
  const decoded = decodeCsv(bytes)
  if ('problem' in decoded) return refuse(decoded.problem)
  const sink = csvRegisterSink(name, options)
  const parsed = eachCsvRow(decoded.text, sink.add, true)
  if ('problem' in parsed) return refuse(parsed.problem)
  const { head } = sink
  const told = sink.done()
  if (told.kind === undefined) {
    const example = listParam(
      REGISTER_KIND_TABLE.incidents.fields.filter((f) => f.required).map((f) => f.header['zh-CN'])
    )
    return {
      ok: false,
      issues: [wholeFileIssue(issueText('register.csvKind', { example }))],
      rowsWithProblems: {},
      unmapped: [{ sheet: name, kind: null, headers: likelyHeaders(head) }]
    }
  }
  const { kind, reader } = told
  const read = reader.result()
  if (!read.ok) {
    const mappable = read.issues.some((i) => MAPPING_CODES.has(i.code))
    return {
      ok: false,
      issues: read.issues,
      rowsWithProblems: read.rowsWithProblems.length > 0 ? { [name]: read.rowsWithProblems } : {},
      ...(mappable
        ? { unmapped: [{ sheet: name, kind: kind.id, headers: likelyHeaders(head) }] }
        : {})
    }
  }
  return {
    ok: true,
    value: {
      source: source(name, bytes, options.importedAt, decoded.encoding, options.sha256),
      tables: [read.value]
    }
  }
}

/**
 * What cannot be saved with the assessment is refused at import, not at export (stored-size.ts):
 * the refusal when `tables` — a file's registers with the stored ones they join — would not fit.
 */
export function refusedTooLargeToSave(
  tables: ReadonlyArray<RegisterTable | PackedRegisterTable>,
  maxStoredChars?: number
): Extract<RegisterImportResult, { ok: false }> | undefined {
  const tooLarge = registersTooLargeToSave(tables, maxStoredChars)
  return tooLarge === undefined
    ? undefined
    : { ok: false, issues: [wholeFileIssue(tooLarge)], rowsWithProblems: {} }
}

/**
 * Reads a register file (.xlsx or .csv, told by its name) without the saved-size check — for a
 * caller that checks the registers read together with those they join (refusedTooLargeToSave).
 * Never throws; never half reads.
 */
export async function readRegisterTables(
  name: string,
  bytes: Uint8Array,
  options: ReadRegistersOptions
): Promise<RegisterImportResult> {
  const lower = name.toLowerCase()
  if (lower.endsWith('.xlsx')) return readWorkbookRegisters(name, bytes, options)
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return readCsvRegister(name, bytes, options)
  return {
    ok: false,
    issues: [wholeFileIssue(issueText('register.notRegisterFile', { name }))],
    rowsWithProblems: {}
  }
}

/** Reads a register file (.xlsx or .csv, told by its name). Never throws; never half reads. */
export async function readRegisterFile(
  name: string,
  bytes: Uint8Array,
  options: ReadRegistersOptions
): Promise<RegisterImportResult> {
  const read = await readRegisterTables(name, bytes, options)
  if (!read.ok) return read
  return refusedTooLargeToSave(read.value.tables, options.maxStoredChars) ?? read
}
