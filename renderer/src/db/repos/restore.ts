import type { BackupContents } from '@shared/backup'
import type { StabilityDatabase } from '../database'
import { guardStorage } from '../storage-error'
import { packedRegisters } from './assessments'
import { splitRegisters } from './register-store'

/** Rows per bulkAdd while restoring: each chunk is one short task of the page (PERF-DB-4). */
const RESTORE_CHUNK_ROWS = 250
/**
 * Evidence per bulkAdd while restoring, weighed as its bytes plus RESTORE_FILE_WEIGHT per file:
 * making and storing a Blob costs the page time of its own however small the file, so a chunk
 * holds at most 64 files (and about 1 MiB).
 */
const RESTORE_CHUNK_BYTES = 1024 * 1024
const RESTORE_FILE_WEIGHT = RESTORE_CHUNK_BYTES / 64

/**
 * Adds rows made from `items` in chunks. On the page (`queued` undefined) each chunk is added once
 * the one before is written: awaiting IndexedDB's own requests keeps the transaction open, and
 * each chunk starts in a task of its own, so the page paints and answers input between chunks of
 * one atomic restore. In a worker every chunk is requested at once and its completion put in
 * `queued`: the database writes one chunk while the next is being prepared and cloned.
 */
async function addInChunks<I, R>(
  table: { bulkAdd(rows: R[]): PromiseLike<unknown> },
  items: Iterable<I>,
  rowsOf: (item: I) => readonly R[],
  chunkWeight: number,
  weigh: (row: R) => number = () => 1,
  queued?: Array<PromiseLike<unknown>>
): Promise<void> {
  let chunk: R[] = []
  let weight = 0
  const add = async (rows: R[]) => {
    if (queued === undefined) await table.bulkAdd(rows)
    else queued.push(table.bulkAdd(rows))
  }
  for (const item of items)
    for (const row of rowsOf(item)) {
      chunk.push(row)
      weight += weigh(row)
      if (weight >= chunkWeight) {
        await add(chunk)
        chunk = []
        weight = 0
      }
    }
  if (chunk.length > 0) await add(chunk)
}

type RestoredItem = BackupContents['assessments'][number]

/** The assessment row of a restored assessment (its lists go to their own tables). */
function assessmentRow({ assessment, deletedAt }: RestoredItem) {
  const {
    answers: _a,
    factors: _f,
    findings: _g,
    auditLog: _l,
    registers: _r,
    ...header
  } = assessment
  return [deletedAt === undefined ? header : { ...header, deletedAt }]
}

/** The rows of one of an assessment's lists, each marked with the assessment's id. */
const withId = <T>(item: RestoredItem, rows: readonly T[]) =>
  rows.map((row) => ({ ...row, assessmentId: item.assessment.id }))

/** A restored assessment's registers, split as stored: the heads, and each register's rows. */
const splitOnce = new WeakMap<RestoredItem, ReturnType<typeof splitRegisters>>()
function registersSplit(item: RestoredItem) {
  const { registers, id } = item.assessment
  if (registers === undefined) return undefined
  const split = splitOnce.get(item) ?? splitRegisters(packedRegisters(id, registers))
  splitOnce.set(item, split)
  return split
}
const registersRow = (item: RestoredItem) => {
  const split = registersSplit(item)
  return split ? [split.heads] : []
}
const registerRowsRows = (item: RestoredItem) => registersSplit(item)?.rows ?? []

/** How much each bulkAdd of a restore takes: rows, and evidence weighed as its bytes. */
export interface RestoreChunks {
  rows: number
  evidenceBytes: number
  /** Every chunk requested without waiting for the one before (addInChunks). */
  pipelined?: true
}
const PAGE_CHUNKS: RestoreChunks = { rows: RESTORE_CHUNK_ROWS, evidenceBytes: RESTORE_CHUNK_BYTES }
/**
 * In a worker (features/file-check/held-backup.ts) no chunk holds the page up: large chunks, all
 * requested at once, so the restore costs little more than the writes themselves.
 */
export const WORKER_CHUNKS: RestoreChunks = {
  rows: 20_000,
  evidenceBytes: 32 * 1024 * 1024,
  pipelined: true
}

/**
 * Replaces the whole database with a checked backup, in ONE transaction: either every table holds
 * exactly the backup afterwards, or (on any error) nothing changed. Rows go in chunks (on the
 * page, each takes one short task: addInChunks), so the page keeps responding while 100,000
 * answers are written. Only call after the user confirmed what the backup holds. The home list's
 * lines are rebuilt lazily from the restored data.
 */
export async function restoreBackup(
  db: StabilityDatabase,
  contents: BackupContents,
  chunks: RestoreChunks = PAGE_CHUNKS
): Promise<void> {
  performance.mark('restore:start')
  await guardStorage(() =>
    db.transaction('rw', db.tables, async () => {
      await Promise.all(db.tables.map((table) => table.clear()))
      performance.mark('restore:cleared')
      await db.banks.bulkAdd(
        contents.banks.map((item) => ({
          contentHash: item.contentHash,
          id: item.bank.id,
          version: item.bank.version,
          origin: item.origin,
          installedAt: item.installedAt,
          bank: item.bank
        }))
      )
      const items = contents.assessments
      const { rows } = chunks
      const queued: Array<PromiseLike<unknown>> | undefined = chunks.pipelined ? [] : undefined
      const add = <I, R>(
        table: { bulkAdd(rows: R[]): PromiseLike<unknown> },
        from: Iterable<I>,
        rowsOf: (item: I) => readonly R[],
        weight: number = rows,
        weigh?: (row: R) => number
      ) => addInChunks(table, from, rowsOf, weight, weigh, queued)
      await add(db.assessments, items, assessmentRow, rows / 10)
      await add(db.answers, items, (i) => withId(i, i.assessment.answers))
      await add(db.factorInputs, items, (i) => withId(i, i.assessment.factors))
      await add(db.findings, items, (i) => withId(i, i.assessment.findings))
      await add(db.auditLog, items, (i) => withId(i, i.assessment.auditLog))
      await add(db.registers, items, registersRow)
      await add(db.registerRows, items, registerRowsRows)
      performance.mark('restore:rows-written')
      await add(
        db.evidence,
        contents.evidence,
        ([sha256, item]) => [
          {
            sha256,
            blob: new Blob([item.bytes as Uint8Array<ArrayBuffer>], { type: item.mimeType }),
            size: item.bytes.length,
            mimeType: item.mimeType,
            storedAt: item.storedAt
          }
        ],
        chunks.evidenceBytes,
        (row) => row.size + RESTORE_FILE_WEIGHT
      )
      await db.settings.bulkAdd(contents.settings.map(({ key, value }) => ({ key, value })))
      // Pipelined: the marks above say when each phase was requested; this, when all is written.
      await Promise.all(queued ?? [])
      performance.mark('restore:written')
    })
  )
  performance.mark('restore:committed')
}
