import type { Table } from 'dexie'
import type { BankRef } from '@shared/bank/bank'
import type { ScoringProfile } from '@shared/bank/profile'
import type {
  Assessment,
  AssessmentMetadata,
  AssessmentStatus
} from '@shared/assessment/assessment'
import { packRegister, unpackRegister } from '@shared/registers/packed'
import type { StabilityDatabase } from '../database'
import type {
  AssessmentRow,
  AssessmentSummary,
  EvidenceBlobRow,
  FactorRow,
  PackedRegistersRow
} from '../schema'
import { guardStorage, StorageError } from '../storage-error'
import { appendAudit, sortAuditRows } from './audit'
import { changeAssessment, editReading, type AuditedChange } from './audited-change'
import { measureForScopeChange, refigureRegisters, type RegisterMeasurer } from './registers'
import {
  deleteRegisters,
  putPackedRegisters,
  readPackedRegisters,
  registerTables
} from './register-store'

/**
 * Every table an assessment's content lives in (the file format's parts): transactions that load
 * or write a whole assessment take them all.
 */
export const assessmentTables = (db: StabilityDatabase): Table[] => [
  db.assessments,
  db.answers,
  db.factorInputs,
  db.findings,
  db.auditLog,
  ...registerTables(db)
]

/** The file's `registers` part from the stored row (absent when none were imported). */
export function withRegisters(row: PackedRegistersRow | undefined): Pick<Assessment, 'registers'> {
  if (row === undefined) return {}
  const { assessmentId: _id, registers, overrides } = row
  return { registers: { registers: registers.map(unpackRegister), overrides } }
}

/** An assessment file's `registers` part as the registers table keeps it (rows packed). */
export const packedRegisters = (
  id: string,
  registers: NonNullable<Assessment['registers']>
): PackedRegistersRow => ({
  assessmentId: id,
  registers: registers.registers.map(packRegister),
  overrides: registers.overrides
})

/** Writes (or, absent, deletes) an assessment's registers; inside a transaction over them. */
export async function putRegisters(
  db: StabilityDatabase,
  id: string,
  registers: Assessment['registers']
): Promise<void> {
  if (registers === undefined) await deleteRegisters(db, id)
  else await putPackedRegisters(db, packedRegisters(id, registers))
}

export interface NewAssessment {
  metadata: AssessmentMetadata
  bank: BankRef
  profile: ScoringProfile
}

/** Creates a draft assessment and logs its creation; returns its id. */
export function createAssessment(
  db: StabilityDatabase,
  input: NewAssessment,
  by: string,
  now: Date = new Date()
): Promise<string> {
  return guardStorage(() =>
    db.transaction('rw', db.assessments, db.auditLog, async () => {
      const at = now.toISOString()
      const id = crypto.randomUUID()
      const row: AssessmentRow = {
        id,
        createdAt: at,
        updatedAt: at,
        metadata: input.metadata,
        bank: {
          id: input.bank.id,
          version: input.bank.version,
          contentHash: input.bank.contentHash
        },
        profile: input.profile,
        status: 'draft'
      }
      await db.assessments.add(row)
      await appendAudit(db, id, {
        at,
        by,
        action: 'assessment.create',
        newValue: { institution: input.metadata.institution }
      })
      return id
    })
  )
}

/** The whole assessment in the file format's shape (for scoring, export and the report). */
export function loadAssessment(db: StabilityDatabase, id: string): Promise<Assessment | undefined> {
  return guardStorage(() =>
    db.transaction('r', assessmentTables(db), async () => {
      const row = await db.assessments.get(id)
      if (!row) return undefined
      const [answers, factors, findings, auditLog, registers] = await Promise.all([
        db.answers.where('assessmentId').equals(id).toArray(),
        db.factorInputs.where('assessmentId').equals(id).toArray(),
        db.findings.where('assessmentId').equals(id).toArray(),
        db.auditLog.where('assessmentId').equals(id).sortBy('at').then(sortAuditRows),
        readPackedRegisters(db, id)
      ])
      const { deletedAt: _deletedAt, summary: _summary, ...header } = row
      return {
        ...header,
        answers: answers.map(({ assessmentId: _a, ...answer }) => answer),
        factors: factors.map(({ assessmentId: _a, ...entry }) => entry),
        findings: findings.map(({ assessmentId: _a, ...finding }) => finding),
        auditLog: auditLog.map(({ assessmentId: _a, ...entry }) => entry),
        ...withRegisters(registers)
      }
    })
  )
}

/** `loadAssessment` for an assessment that must exist: fails with a clear not-found error. */
export async function loadExistingAssessment(
  db: StabilityDatabase,
  id: string
): Promise<Assessment> {
  const assessment = await loadAssessment(db, id)
  if (!assessment) throw new StorageError('notFound', `assessment ${id} does not exist`)
  return assessment
}

/**
 * Writes a whole assessment (opening the sample, importing as a new assessment), with the evidence
 * files it brings, in one transaction: on any error nothing is written.
 */
export function putWholeAssessment(
  db: StabilityDatabase,
  assessment: Assessment,
  summary?: AssessmentSummary,
  evidence: readonly EvidenceBlobRow[] = []
): Promise<void> {
  // The evidence table joins only when there are files, so callers' own transactions without it
  // can still nest this one.
  const tables = assessmentTables(db)
  if (evidence.length > 0) tables.push(db.evidence)
  return guardStorage(() =>
    db.transaction('rw', tables, async () => {
      const { answers, factors, findings, auditLog, registers, ...header } = assessment
      const id = header.id
      if (await db.assessments.get(id)) {
        throw new StorageError('invalid', `an assessment with id ${id} already exists`)
      }
      await db.assessments.add(summary ? { ...header, summary } : header)
      await db.answers.bulkAdd(answers.map((a) => ({ ...a, assessmentId: id })))
      await db.factorInputs.bulkAdd(factors.map((f) => ({ ...f, assessmentId: id })))
      await db.findings.bulkAdd(findings.map((f) => ({ ...f, assessmentId: id })))
      await db.auditLog.bulkAdd(auditLog.map((e) => ({ ...e, assessmentId: id })))
      await putRegisters(db, id, registers)
      // Content-addressed: a file already stored under its SHA-256 is the same file.
      if (evidence.length > 0) await db.evidence.bulkPut([...evidence])
    })
  )
}

/**
 * Replaces a stored assessment's rows with `next` (a merge, a bank upgrade), keeping the row's
 * trash mark and list summary. Call inside a transaction over the assessment's tables.
 */
export async function replaceAssessmentRows(
  db: StabilityDatabase,
  row: AssessmentRow,
  next: Assessment
): Promise<void> {
  const { answers, factors, findings, auditLog, registers, ...header } = next
  const id = header.id
  await Promise.all(
    [db.answers, db.factorInputs, db.findings, db.auditLog].map((table) =>
      table.where('assessmentId').equals(id).delete()
    )
  )
  await db.assessments.put({
    ...header,
    ...(row.deletedAt ? { deletedAt: row.deletedAt } : {}),
    ...(row.summary ? { summary: row.summary } : {})
  })
  await db.answers.bulkAdd(answers.map((a) => ({ ...a, assessmentId: id })))
  await db.factorInputs.bulkAdd(factors.map((f) => ({ ...f, assessmentId: id })))
  await db.findings.bulkAdd(findings.map((f) => ({ ...f, assessmentId: id })))
  await db.auditLog.bulkAdd(auditLog.map((e) => ({ ...e, assessmentId: id })))
  await putRegisters(db, id, registers)
}

/**
 * Updates metadata (institution, key systems, period, assessors) and logs the change. Per-system
 * factor figures of a key system that is removed go with it, in the same transaction, each
 * factor's old figures recorded in the audit log, so nothing typed disappears without a trace.
 * When the period or the key systems change, the figures measured from the registers are
 * measured again (`measure`: the bank's measures, in the register worker, before the
 * transaction) and written, audited like an import.
 */
export async function updateMetadata(
  db: StabilityDatabase,
  id: string,
  metadata: AssessmentMetadata,
  by: string,
  measure: RegisterMeasurer,
  now: Date = new Date()
): Promise<void> {
  const [was, stored] = await Promise.all([db.assessments.get(id), db.registers.get(id)])
  const measured =
    was === undefined
      ? undefined
      : await measureForScopeChange(stored, was.metadata, metadata, measure)
  const options = editReading({ by, now }, [db.factorInputs, db.registers], () =>
    Promise.all([db.factorInputs.where('assessmentId').equals(id).toArray(), db.registers.get(id)])
  )
  return changeAssessment(db, id, options, (row, at, [entries, registers]) => {
    const kept = new Set(metadata.systems.map((system) => system.id))
    const removed = row.metadata.systems.filter((s) => !kept.has(s.id)).map((s) => s.id)
    const dropped = dropSystemFigures(entries, removed, by, at)
    const current = entries.map((e) => dropped.changed.find((d) => d.factorId === e.factorId) ?? e)
    const refigured = refigureRegisters(
      registers,
      current,
      row.metadata,
      metadata,
      measured,
      by,
      at
    )
    const changed = new Map([...dropped.changed, ...refigured.changed].map((e) => [e.factorId, e]))
    return {
      patch: { metadata },
      audit: {
        action: 'assessment.update',
        target: 'metadata',
        oldValue: row.metadata,
        newValue: metadata
      },
      writes: changed.size > 0 ? [db.factorInputs.bulkPut([...changed.values()])] : [],
      alsoAudit: [...dropped.alsoAudit, ...(refigured.audit ? [refigured.audit] : [])]
    }
  })
}

/**
 * The factor entries without the per-system figures of `systemIds`, and each factor's old figures
 * as an audit entry of its own (chained after the metadata change's, in its transaction).
 */
function dropSystemFigures(
  entries: readonly FactorRow[],
  systemIds: readonly string[],
  by: string,
  at: string
): { changed: FactorRow[]; alsoAudit: NonNullable<AuditedChange<void>['alsoAudit']>[number][] } {
  const changed: FactorRow[] = []
  const alsoAudit: NonNullable<AuditedChange<void>['alsoAudit']>[number][] = []
  for (const entry of entries) {
    const bySystem = entry.bySystem
    if (!bySystem || !systemIds.some((systemId) => systemId in bySystem)) continue
    const next = Object.fromEntries(
      Object.entries(bySystem).filter(([systemId]) => !systemIds.includes(systemId))
    )
    changed.push({ ...entry, bySystem: next, updatedBy: by, updatedAt: at })
    alsoAudit.push({
      action: 'factor.set',
      target: `factor:${entry.factorId}`,
      oldValue: { bySystem },
      newValue: { bySystem: next },
      reason: `key system removed: ${systemIds.join(', ')}`
    })
  }
  return { changed, alsoAudit }
}

/** Moves between draft and in-review (finalize and reopen have their own functions). */
export function setReviewStatus(
  db: StabilityDatabase,
  id: string,
  status: Exclude<AssessmentStatus, 'finalized'>,
  by: string,
  now: Date = new Date()
): Promise<void> {
  return changeAssessment(db, id, { require: 'editable', by, now }, (row) => ({
    patch: { status },
    audit: { action: 'status.change', oldValue: row.status, newValue: status }
  }))
}

/** The newest change to any assessment (ISO), or null for an empty database. */
export function latestChangeAt(db: StabilityDatabase): Promise<string | null> {
  return guardStorage(async () => {
    const keys = await db.assessments.orderBy('updatedAt').reverse().limit(1).keys()
    return keys.length > 0 ? String(keys[0]) : null
  })
}

/** How many assessments are stored, the trash included. */
export function countAssessments(db: StabilityDatabase): Promise<number> {
  return guardStorage(() => db.assessments.count())
}
