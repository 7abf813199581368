/**
 * A register file taken into an assessment — the one way the app (renderer/src/db/repos/registers)
 * and `ledger apply` both do it: each register the file holds replaces the stored one of its kind
 * (taken whole), the overrides stay, the figures all registers now give are written into the
 * factor entries except those the assessor overrode (with a reason), and one audit entry names the
 * file, its SHA-256 and every figure written. So an assessment file written by `ledger apply`
 * opens in the app with the same registers, figures and rows as an import there.
 */
import type { Assessment, AuditEntry, FactorEntry } from '../assessment/assessment'
import { appendToAuditChain } from '../assessment/audit-chain'
import type { FigureOverride } from '../assessment/registers-record'
import { figureKey, putFigures, replaceRegisters, type FigureWrite } from './factor-writes'
import type { RegisterKindId } from './kinds'
import type { RegisterSource } from './read-file'
import type { RegisterTable } from './read-table'

/** A register kept with the file it came from (its rows as a list, or packed by the app's store). */
export interface SourcedRegister<T extends { kind: RegisterKindId }> {
  source: RegisterSource
  table: T
}

/** The registers after a file's import: the file's replace the stored ones of their kinds. */
export function registersAfterImport<T extends { kind: RegisterKindId }>(
  stored: readonly SourcedRegister<T>[],
  source: RegisterSource,
  incoming: readonly T[]
): SourcedRegister<T>[] {
  const replaced = new Set(incoming.map((t) => t.kind))
  return [
    ...stored.filter((r) => !replaced.has(r.table.kind)),
    ...incoming.map((table) => ({ source, table }))
  ]
}

/** The figures an import writes: every one the registers give except those overridden. */
export const figuresNotOverridden = (
  writes: readonly FigureWrite[],
  overrides: Readonly<Record<string, FigureOverride>>
): FigureWrite[] => writes.filter((w) => overrides[figureKey(w)] === undefined)

/** The figures by key (`F01.N_mon`: 29), as an audit entry names them. */
export const figureValues = (writes: readonly FigureWrite[]): Record<string, number | null> =>
  Object.fromEntries(writes.map((w) => [figureKey(w), w.value]))

/** The audit entry of a register file's import (its time, author and id are the writer's). */
export const registerImportAudit = (
  source: RegisterSource,
  written: readonly FigureWrite[]
): Omit<AuditEntry, 'id' | 'at' | 'by'> => ({
  action: 'factor.set',
  target: `registers:${source.name}`,
  newValue: figureValues(written),
  reason: `台账导入 / registers imported: ${source.name} (SHA-256 ${source.sha256})`
})

export interface AssessmentImportContext {
  by: string
  /** ISO date-time with offset. */
  at: string
  /** A fresh audit entry id. */
  newId: () => string
}

/**
 * The assessment with a register file imported as the app imports it: registers replaced by
 * kind and stored in `assessment.registers`, the figures `measure` gives over all registers
 * after the import written (overridden ones stay as typed), one chained audit entry. Pure.
 */
export function importRegisterFile(
  assessment: Assessment,
  file: { source: RegisterSource; tables: readonly RegisterTable[] },
  measure: (tables: readonly RegisterTable[]) => FigureWrite[],
  context: AssessmentImportContext
): Assessment {
  const stored = assessment.registers ?? { registers: [], overrides: {} }
  const tables = replaceRegisters(
    stored.registers.map((r) => r.table),
    file.tables
  )
  const written = figuresNotOverridden(measure(tables), stored.overrides)
  const changed = putFigures(
    assessment.factors,
    written,
    (factorId): FactorEntry => ({ factorId, values: {}, evidence: [] }),
    context.by,
    context.at
  )
  const byId = new Map(assessment.factors.map((e) => [e.factorId, e]))
  for (const entry of changed) byId.set(entry.factorId, entry)
  const entry: AuditEntry = {
    id: context.newId(),
    at: context.at,
    by: context.by,
    ...registerImportAudit(file.source, written)
  }
  // The entry joins the tamper-evident chain (docs/review.md).
  const chained = appendToAuditChain(assessment.auditLog, assessment.auditHead, [entry])
  return {
    ...assessment,
    factors: [...byId.values()],
    registers: {
      registers: registersAfterImport(stored.registers, file.source, file.tables),
      overrides: stored.overrides
    },
    auditLog: chained.entries,
    auditHead: chained.head,
    updatedAt: context.at
  }
}
