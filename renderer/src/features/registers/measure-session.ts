/**
 * The registers' heavy work, done where the rows are (the register worker, or this thread where
 * no Worker exists): a file read and checked, every figure measured before and after it, and the
 * rows behind each figure handed out a page at a time. The page only ever receives counts,
 * figures and the page of rows it shows — a 100,000-row register never crosses to the UI thread:
 * the session stores an import itself and reads stored registers from the database (RegisterStore).
 */
import type { CountedRow, ExcludedRow, Figure } from '@shared/registers/compute'
import {
  figureChanges,
  figureKey,
  registerRowChanges,
  replaceRegisters,
  type FigureWrite
} from '@shared/registers/factor-writes'
import type { ComputedInput } from '@shared/registers/inputs'
import { sha256HexAsync } from '@shared/util/sha256-native'
import {
  readRegisterTables,
  refusedTooLargeToSave,
  type RegisterImport,
  type RegisterImportResult
} from '@shared/registers/read-file'
import type { RegisterTable } from '@shared/registers/read-table'
import {
  packTable,
  unpackTable,
  type PackedRegister,
  type PackedRegisterTable
} from '@shared/registers/packed'
import {
  PROBLEMS_SENT,
  type FigureSummary,
  type HeldRegisters,
  type MeasureScope,
  type PackedImport,
  type ReadOutcome,
  type ReadRefusal,
  type ReadRequest,
  type RegistersAt,
  type RowsPage,
  type RowsRequest,
  type StoreReply,
  type StoreRequest
} from './measure-messages'
import { measureRegisters } from './measure-registers'
import { phase } from './register-phase'
import { measuredFor, registerIdentity } from './register-identity'

/**
 * The database as the session uses it (worker-database.ts): read an assessment's stored
 * registers, and store a register file read with the figures it gives, in one transaction.
 */
export interface RegisterStore {
  /** Opens the database ahead of a save (while the user looks at the preview). */
  warm?(at: RegistersAt): void
  load(at: RegistersAt): Promise<PackedRegister[]>
  save(at: RegistersAt, read: PackedImport, writes: FigureWrite[], by: string): Promise<void>
}

const refusal = (result: Extract<RegisterImportResult, { ok: false }>): ReadRefusal => ({
  ...result,
  issues: result.issues.slice(0, PROBLEMS_SENT),
  problems: result.issues.length
})

/** The session needs the tables sent: it does not hold the registers named. */
export class RegistersNotHeld extends Error {
  constructor() {
    super('the register session does not hold these registers')
  }
}

/** Measurements kept: the figures shown, the preview's before and after, one more. */
const KEPT_MEASUREMENTS = 4

function summarise(
  measurement: number,
  computed: readonly ComputedInput[],
  writes: readonly FigureWrite[],
  metadata: MeasureScope['metadata']
): { summaries: FigureSummary[]; rows: Map<string, Figure> } {
  const inputs = new Map(computed.map((c) => [`${c.factorId}.${c.inputId}`, c.figure]))
  const names = new Map(metadata.systems.map((s) => [s.id, s.name]))
  const rows = new Map<string, Figure>()
  const summaries = writes.map((write): FigureSummary => {
    const figure = inputs.get(`${write.factorId}.${write.inputId}`)!
    const systemName = write.systemId === null ? null : (names.get(write.systemId) ?? null)
    const behind = systemName === null ? figure.pooled : figure.bySystem[systemName]!
    const key = figureKey(write)
    rows.set(key, behind)
    return {
      ...write,
      key,
      measurement,
      systemName,
      measure: figure.measure,
      counted: behind.size.counted,
      excluded: behind.size.excluded
    }
  })
  return { summaries, rows }
}

/** Registers in force: their ids, rows and rows packed as stored (what sizes them, what is stored). */
interface Registers {
  ids: string[]
  tables: RegisterTable[]
  packed: PackedRegisterTable[]
}

/**
 * A register file read, waiting for `take`: the registers in force after it (the stored ones it
 * keeps, packed as they are), and its own registers packed once it is (Pending.packed).
 */
interface Pending {
  read: RegisterImport
  after: Omit<Registers, 'packed'> & { keptPacked: PackedRegisterTable[] }
  packed?: PackedRegisterTable[]
  /** What it was measured under (storeRead sends the figures under it). */
  scope: MeasureScope
}

export class RegisterMeasureSession {
  private held: Registers = { ids: [], tables: [], packed: [] }
  /** A file read, the registers in force once it is taken, and its registers packed to store. */
  private pending: Pending | undefined
  /** The latest measurements, newest last (a drill-down may still page through an older one). */
  private measured: Array<{
    for: string
    serial: number
    writes: FigureWrite[]
    summaries: FigureSummary[]
    rows: Map<string, Figure>
  }> = []
  private serial = 0

  constructor(private readonly store?: RegisterStore) {}

  /**
   * Makes sure the session holds the registers named: read from the database when it does not
   * (after a restart of the worker, an undo, another window's import).
   */
  async ensureHeld(held: HeldRegisters): Promise<void> {
    const { from } = held
    if (held.tables !== undefined || from === undefined || this.store === undefined) return
    if (held.ids.join('|') === this.held.ids.join('|')) return
    const stored = await this.store.load(from)
    const ids = stored.map(registerIdentity)
    // The page named what it saw; a store that changed since is measured when the page sees it.
    if (ids.join('|') !== held.ids.join('|')) throw new RegistersNotHeld()
    this.hold({ ids, tables: stored.map((r) => r.table) })
  }

  private hold(held: HeldRegisters): void {
    const { tables } = held
    if (tables !== undefined)
      this.held = {
        ids: held.ids,
        tables: phase('unpack', () => tables.map(unpackTable)),
        packed: tables
      }
    else if (held.ids.join('|') !== this.held.ids.join('|')) throw new RegistersNotHeld()
  }

  private measure(ids: readonly string[], tables: readonly RegisterTable[], scope: MeasureScope) {
    const key = measuredFor(ids, scope)
    const known = this.measured.find((m) => m.for === key)
    if (known) return known
    const { computed, writes } = phase('measure', () =>
      measureRegisters(scope.bank, scope.metadata, tables)
    )
    const serial = ++this.serial
    const made = {
      for: key,
      serial,
      writes,
      ...summarise(serial, computed, writes, scope.metadata)
    }
    this.measured = [...this.measured.slice(-(KEPT_MEASUREMENTS - 1)), made]
    return made
  }

  /**
   * Reads a register file and what it would change; its rows wait here for `take`. Refused whole
   * when its registers, with the stored ones they join, could not be saved with the assessment.
   */
  async read(request: ReadRequest): Promise<ReadOutcome> {
    this.hold(request.held)
    this.pending = undefined
    // The connection a confirmation stores through opens while the file is read and previewed.
    if (request.held.from !== undefined) this.store?.warm?.(request.held.from)
    const started = performance.now()
    const bytes = new Uint8Array(await request.file.arrayBuffer())
    performance.measure('register:file read', { start: started, end: performance.now() })
    // WebCrypto hashes on its own thread while the file is read and checked here; the digest
    // is set on the source once both are done (the placeholder never leaves this function).
    const hashing = sha256HexAsync(bytes)
    const checking = performance.now()
    const options = { ...request.options, sha256: '' }
    const read = await readRegisterTables(request.name, bytes, options)
    performance.measure('register:read and check', { start: checking, end: performance.now() })
    if (!read.ok) return refusal(read)
    const waiting = performance.now()
    const sha256 = await hashing
    performance.measure('register:hash wait', { start: waiting, end: performance.now() })
    const result = { ...read, value: { ...read.value, source: { ...read.value.source, sha256 } } }
    const { held } = this
    const incoming = result.value.tables
    const replaced = new Set(incoming.map((t) => t.kind))
    const kept = (_: unknown, i: number) => !replaced.has(held.tables[i]!.kind)
    const keptPacked = held.packed.filter(kept)
    // Sized as read (rowsJsonChars: the JSON counted, not made); packed once the preview is sent.
    const tooLarge = phase('size', () =>
      refusedTooLargeToSave([...keptPacked, ...incoming], request.options.maxStoredChars)
    )
    if (tooLarge !== undefined) return refusal(tooLarge)
    const { source } = result.value
    // The registers after it, in the order the store will keep them (replaceRegisters).
    const after: Pending['after'] = {
      ids: [
        ...held.ids.filter(kept),
        ...incoming.map((t) =>
          registerIdentity({
            table: { kind: t.kind, rowCount: t.rows.length, leftOut: t.leftOut },
            source
          })
        )
      ],
      tables: replaceRegisters(held.tables, incoming),
      keptPacked
    }
    const before = this.measure(held.ids, held.tables, request.scope).writes
    const writes = this.measure(after.ids, after.tables, request.scope).writes
    const pending: Pending = { read: result.value, after, scope: request.scope }
    this.pending = pending
    // Packed while the preview is on screen (this runs after the reply is sent), or by `take`.
    setTimeout(() => {
      if (this.pending === pending) this.packed(pending)
    }, 0)
    return {
      ok: true,
      preview: {
        source: result.value.source,
        tables: incoming.map((t) => ({
          kind: t.kind,
          sheet: t.sheet,
          rows: t.rows.length,
          leftOut: t.leftOut.length
        })),
        rows: phase('row changes', () => registerRowChanges(held.tables, incoming)).map((c) => ({
          kind: c.kind,
          before: c.before,
          after: c.after,
          added: c.added.length,
          removed: c.removed.length,
          changed: c.changed.length
        })),
        figures: figureChanges(before, writes),
        writes
      }
    }
  }

  /**
   * The register read last, packed to store (storeRead hands it to the database); from now on the
   * session holds the registers after it.
   */
  take(): { read: PackedImport; ids: string[] } {
    const pending = this.pending
    if (pending === undefined) throw new Error('no register file read to take')
    const packed = this.packed(pending)
    this.pending = undefined
    const { ids, tables, keptPacked } = pending.after
    this.held = { ids, tables, packed: [...keptPacked, ...packed] }
    return { read: { source: pending.read.source, tables: packed }, ids }
  }

  /** The registers of a file read, packed to store: once, the first time they are asked for. */
  private packed(pending: Pending): PackedRegisterTable[] {
    pending.packed ??= phase('pack', () => pending.read.tables.map(packTable))
    return pending.packed
  }

  /**
   * Stores the register read last with the figures it gives (RegisterStore.save: one
   * transaction, all or nothing), here where its rows are; from then on the session holds the
   * registers after it. Only counts cross to the page: the registers' ids and their figures (the
   * preview measured them already), which the page shows without asking again.
   */
  async storeRead(request: StoreRequest): Promise<StoreReply> {
    const pending = this.pending
    if (pending === undefined) throw new Error('no register file read to take')
    if (this.store === undefined) throw new Error('the register session has no database')
    const read = { source: pending.read.source, tables: this.packed(pending) }
    await this.store.save(request.at, read, request.writes, request.by)
    // Stored: the session now holds what the database holds (a refusal leaves both as they were).
    const { ids } = this.take()
    return { ids, figures: this.figures({ ids }, pending.scope) }
  }

  /** Every figure the registers in force give. */
  figures(held: HeldRegisters, scope: MeasureScope): FigureSummary[] {
    this.hold(held)
    return this.measure(this.held.ids, this.held.tables, scope).summaries
  }

  /** A page of the rows behind a figure of a recent measurement (counted, or excluded with the reason). */
  rows(request: RowsRequest): RowsPage<CountedRow | ExcludedRow> {
    const measured = this.measured.find((m) => m.serial === request.measurement)
    const figure = measured?.rows.get(request.key)
    if (figure === undefined) return { rows: [], total: 0 }
    // Only the page's rows are made (figure-rows.ts): the figure keeps a code per register row.
    const { which, offset, limit } = request
    return { rows: figure.slice(which, offset, offset + limit), total: figure.size[which] }
  }
}
