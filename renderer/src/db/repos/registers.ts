import type { AssessmentMetadata, AuditEntry, FactorEntry } from '@shared/assessment/assessment'
import {
  figuresNotOverridden,
  figureValues,
  registerImportAudit,
  registersAfterImport
} from '@shared/registers/apply'
import {
  figureChanges,
  figureKey,
  putFigures,
  type FigureWrite
} from '@shared/registers/factor-writes'
import {
  packTable,
  splitPacked,
  unpackRegister,
  type PackedRegisterTable
} from '@shared/registers/packed'
import type { RegisterSource } from '@shared/registers/read-file'
import type { RegisterTable } from '@shared/registers/read-table'
import type { StabilityDatabase } from '../database'
import type { FactorRow, FigureOverride, RegisterHeadsRow, RegistersRow } from '../schema'
import { changeAssessment, editReading } from './audited-change'
import { readPackedRegisters, registerTables } from './register-store'

/** The registers of an assessment with every row unpacked (none imported: no row): for exports. */
export async function readRegisters(
  db: StabilityDatabase,
  assessmentId: string
): Promise<RegistersRow | undefined> {
  const row = await readPackedRegisters(db, assessmentId)
  return row && { ...row, registers: row.registers.map(unpackRegister) }
}

/** The factor entries with the figures written in (only the entries that change). */
const withFigures = (
  entries: readonly FactorRow[],
  writes: readonly FigureWrite[],
  assessmentId: string,
  by: string,
  at: string
): FactorRow[] =>
  putFigures(
    entries,
    writes,
    (factorId) => ({ assessmentId, factorId, values: {}, evidence: [] }),
    by,
    at
  )

export interface RegisterImportChange {
  source: RegisterSource
  /** The registers the file holds (packed by the register worker, or not): each replaces the stored one of its kind. */
  incoming: Array<RegisterTable | PackedRegisterTable>
  /** Every figure all registers give after the import (overridden ones stay as typed). */
  writes: FigureWrite[]
}

/** An import or override: reads the registers and the factor entries; every one is its own entry. */
function registersEdit(db: StabilityDatabase, assessmentId: string, by: string, now: Date) {
  return editReading(
    { by, now },
    [...registerTables(db), db.factorInputs],
    () =>
      Promise.all([
        db.registers.get(assessmentId),
        db.factorInputs.where('assessmentId').equals(assessmentId).toArray()
      ]),
    false
  )
}

/**
 * Stores the imported registers (each taken whole, replacing its kind: its head in `registers`,
 * its rows in `registerRows`) and writes the figures they give into the factor entries — except
 * those the assessor overrode — in one transaction, with one audit entry naming the file, its
 * SHA-256 and the figures written: all or nothing. Needs no window: the register worker calls it
 * with the rows it read, so they never cross to the page.
 */
export function importRegisters(
  db: StabilityDatabase,
  assessmentId: string,
  change: RegisterImportChange,
  by: string,
  now: Date = new Date()
): Promise<void> {
  const options = registersEdit(db, assessmentId, by, now)
  return changeAssessment(db, assessmentId, options, (_row, at, [stored, entries]) => {
    const overrides = stored?.overrides ?? {}
    const writes = figuresNotOverridden(change.writes, overrides)
    const changed = withFigures(entries, writes, assessmentId, by, at)
    const incoming = change.incoming.map((table) =>
      splitPacked({ source: change.source, table: 'rows' in table ? packTable(table) : table })
    )
    const heads = incoming.map(({ head }) => head.table)
    const row: RegisterHeadsRow = {
      assessmentId,
      registers: registersAfterImport(stored?.registers ?? [], change.source, heads),
      overrides
    }
    const rows = incoming.map(({ head, rowsJson }) => ({
      assessmentId,
      kind: head.table.kind,
      rowsJson
    }))
    return {
      audit: registerImportAudit(change.source, writes),
      writes: [
        db.registers.put(row),
        db.registerRows.bulkPut(rows),
        ...(changed.length ? [db.factorInputs.bulkPut(changed)] : [])
      ]
    }
  })
}

/**
 * Types a figure over the register's (reason required), or — `override` null — takes the
 * register's figure back. Either way the factor entry holds the figure in force and the audit
 * trail says who did it and why.
 */
export function overrideFigure(
  db: StabilityDatabase,
  assessmentId: string,
  figure: FigureWrite,
  override: { value: number | null; reason: string } | null,
  by: string,
  now: Date = new Date()
): Promise<void> {
  const key = figureKey(figure)
  const options = registersEdit(db, assessmentId, by, now)
  return changeAssessment(db, assessmentId, options, (_row, at, [stored, entries]) => {
    if (stored === undefined) throw new Error(`assessment ${assessmentId} has no registers`)
    if (override !== null && override.reason.trim() === '')
      throw new Error('an override needs a reason')
    const overrides = { ...stored.overrides }
    const previous = overrides[key]
    if (override === null) delete overrides[key]
    else
      overrides[key] = {
        value: override.value,
        reason: override.reason.trim(),
        by,
        at
      } satisfies FigureOverride
    const value = override === null ? figure.value : override.value
    const changed = withFigures(entries, [{ ...figure, value }], assessmentId, by, at)
    return {
      audit: {
        action: 'factor.set',
        target: `factor:${key}`,
        oldValue: previous?.value ?? figure.value,
        newValue: value,
        reason:
          override === null
            ? `恢复台账计算值 / back to the register's figure (${previous?.reason ?? ''})`
            : `覆盖台账计算值 / overrides the register's figure ${figure.value ?? '—'}: ${override.reason.trim()}`
      },
      writes: [
        db.registers.put({ ...stored, overrides }),
        ...(changed.length ? [db.factorInputs.bulkPut(changed)] : [])
      ]
    }
  })
}

/**
 * The figures stored registers give under each of an assessment's periods and key systems, in
 * order (bank and measures are the caller's): measured where the rows are — the register worker —
 * so the page never unpacks a register to measure it.
 */
export type RegisterMeasurer = (
  stored: RegisterHeadsRow,
  scopes: readonly MeasuredMetadata[]
) => Promise<FigureWrite[][]>

type MeasuredMetadata = Pick<AssessmentMetadata, 'period' | 'systems'>

const sameScope = (a: MeasuredMetadata, b: MeasuredMetadata): boolean =>
  JSON.stringify([a.period, a.systems]) === JSON.stringify([b.period, b.systems])

/** The registers (kind and file) and the scopes figures were measured for: they hold only for these. */
const measuredFor = (
  stored: RegisterHeadsRow,
  before: MeasuredMetadata,
  after: MeasuredMetadata
): string =>
  JSON.stringify([
    stored.registers.map((r) => [r.table.kind, r.source.sha256, r.source.importedAt]),
    [before.period, before.systems, after.period, after.systems]
  ])

/**
 * The figures the stored registers give before and after a change of period or key systems,
 * measured (outside any transaction: the measurer is asynchronous) for `refigureRegisters`.
 * Undefined when there is nothing to measure again.
 */
export async function measureForScopeChange(
  stored: RegisterHeadsRow | undefined,
  before: MeasuredMetadata,
  after: MeasuredMetadata,
  measure: RegisterMeasurer
): Promise<ScopeFigures | undefined> {
  if (stored === undefined || stored.registers.length === 0 || sameScope(before, after))
    return undefined
  const [was, will] = await measure(stored, [before, after])
  return { measuredFor: measuredFor(stored, before, after), before: was!, after: will! }
}

/** Figures measured under the old and the new scope, and the registers they were measured from. */
export interface ScopeFigures {
  measuredFor: string
  before: FigureWrite[]
  after: FigureWrite[]
}

/**
 * When the period or the key systems change, so do the figures the registers give (rows move in
 * or out of the period, a system becomes real-time or gets the name the register uses). The
 * factor entries that change and the audit entry naming each figure's old and new value, as an
 * import would. Overridden figures stay as typed; a figure no longer measured (its system is no
 * longer in the registers' rows) is cleared, since the register gave it. Nothing when there are
 * no registers or neither the period nor the systems changed. `measured` must come from the
 * registers stored now (measureForScopeChange): if they changed in between, this throws.
 */
export function refigureRegisters(
  stored: RegisterHeadsRow | undefined,
  entries: readonly FactorRow[],
  before: MeasuredMetadata,
  after: MeasuredMetadata,
  measured: ScopeFigures | undefined,
  by: string,
  at: string
): { changed: FactorRow[]; audit?: Omit<AuditEntry, 'id' | 'at' | 'by'> } {
  if (stored === undefined || stored.registers.length === 0 || sameScope(before, after))
    return { changed: [] }
  if (measured === undefined || measured.measuredFor !== measuredFor(stored, before, after))
    throw new Error('the registers or the assessment changed while being measured: save again')
  const kept = new Set(after.systems.map((system) => system.id))
  const changes = figureChanges(measured.before, measured.after).filter(
    (c) => stored.overrides[c.key] === undefined && (c.systemId === null || kept.has(c.systemId))
  )
  if (changes.length === 0) return { changed: [] }
  const writes = changes.map(({ factorId, inputId, systemId, after: value }) => ({
    factorId,
    inputId,
    systemId,
    value: value ?? null
  }))
  const assessmentId = stored.assessmentId
  return {
    changed: withFigures(entries, writes, assessmentId, by, at),
    audit: {
      action: 'factor.set',
      target: 'registers',
      oldValue: Object.fromEntries(changes.map((c) => [c.key, c.before ?? null])),
      newValue: figureValues(writes),
      reason:
        '台账计算值按新的评估期与关键系统重算 / register figures measured again for the new period and key systems: ' +
        stored.registers.map((r) => `${r.source.name} (SHA-256 ${r.source.sha256})`).join(', ')
    }
  }
}

/** A factor entry's figure, firm-wide or of a key system (undefined: not entered). */
export const entryFigure = (
  entry: Pick<FactorEntry, 'values' | 'bySystem'> | undefined,
  inputId: string,
  systemId: string | null
): number | null | undefined =>
  systemId === null ? entry?.values[inputId] : entry?.bySystem?.[systemId]?.[inputId]
