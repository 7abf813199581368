/**
 * The messages between the page and the register session (measure-session.ts, in the register
 * worker): what a read, a store, the figures and a page of rows ask for, and what they answer.
 * Counts, figures and a page of rows only: a register's rows never cross to the page.
 */
import type { AssessmentMetadata } from '@shared/assessment/assessment'
import type { Bank } from '@shared/bank/bank'
import type { FigureChange, FigureWrite } from '@shared/registers/factor-writes'
import type { RegisterKindId } from '@shared/registers/kinds'
import type { RegisterMeasure } from '@shared/registers/measure'
import type {
  ReadRegistersOptions,
  RegisterImportResult,
  RegisterSource
} from '@shared/registers/read-file'
import type { PackedRegisterTable } from '@shared/registers/packed'

/** What a figure is measured under: the bank's measures, the assessment's period and key systems. */
export interface MeasureScope {
  bank: Pick<Bank, 'id' | 'version' | 'factors'>
  metadata: Pick<AssessmentMetadata, 'period' | 'systems'>
}

/**
 * The registers in force, named by what makes them what they are (kind, file, import time, rows
 * kept and left out). When the session does not hold them it reads them `from` the database
 * itself (or takes `tables`, packed, when given): the page never sends the rows.
 */
export interface HeldRegisters {
  /** One per register, in order (registerIdentity). */
  ids: string[]
  /** Packed as stored: one string per register to copy, unpacked here. */
  tables?: PackedRegisterTable[]
  /** The assessment whose registers these are, in which database. */
  from?: RegistersAt
}

/** An assessment's registers in a database (by name: the session opens it where it runs). */
export interface RegistersAt {
  database: string
  assessmentId: string
}

/** Storing the file read last: where, by whom, and every figure the registers give after it. */
export interface StoreRequest {
  at: RegistersAt
  by: string
  writes: FigureWrite[]
}

/** One figure measured from the registers, as the page shows it: its value and how many rows. */
export interface FigureSummary extends FigureWrite {
  key: string
  /** The measurement it comes from (the rows behind it are asked for by it). */
  measurement: number
  /** The key system's name (per-system figures). */
  systemName: string | null
  measure: RegisterMeasure
  counted: number
  excluded: number
}

/** Rows per register a re-import changes: before, after, and how many it adds, removes, changes. */
export interface RowChangeCounts {
  kind: RegisterKindId
  before: number
  after: number
  added: number
  removed: number
  changed: number
}

/** A register read in the session: what the preview shows (its rows stay in the session). */
export interface ReadPreview {
  source: RegisterSource
  tables: Array<{ kind: RegisterKindId; sheet: string; rows: number; leftOut: number }>
  rows: RowChangeCounts[]
  figures: FigureChange[]
  /** Every figure all registers give once the import is taken. */
  writes: FigureWrite[]
}

/**
 * A refusal as the page gets it: at most PROBLEMS_SENT of its problems (the problem table pages
 * through them) and how many there are; every row with a problem, to leave out, is still named.
 */
export type ReadRefusal = Extract<RegisterImportResult, { ok: false }> & { problems: number }

export type ReadOutcome = { ok: true; preview: ReadPreview } | ReadRefusal

/**
 * Problems a refusal sends to the page: a file whose every row is wrong has hundreds of thousands,
 * and copying them all to the page (and building a table of them) would be a long task there.
 */
export const PROBLEMS_SENT = 1000

export interface ReadRequest {
  name: string
  /**
   * The file as picked (a File is a Blob): it crosses to the worker as a handle, and its bytes are
   * read here — never on the page, where reading and copying 6 MiB was a long task.
   */
  file: Blob
  options: ReadRegistersOptions
  scope: MeasureScope
  held: HeldRegisters
}

export interface RowsRequest {
  measurement: number
  key: string
  which: 'counted' | 'excluded'
  offset: number
  limit: number
}

export interface RowsPage<Row> {
  rows: Row[]
  total: number
}

/** A register file stored: the registers in force after it (their ids) and every figure they give. */
export interface StoreReply {
  ids: string[]
  figures: FigureSummary[]
}

/** A register file read, packed to store. */
export interface PackedImport {
  source: RegisterSource
  tables: PackedRegisterTable[]
}
