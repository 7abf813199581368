import type { Assessment } from '@shared/assessment/assessment'
import {
  assembleBackup,
  backupAssessmentPart,
  readBackup,
  type AssembleBackupInput,
  type BackupAssessmentInput,
  type BackupContents,
  type BackupManifest,
  type PackedAssessment
} from '@shared/backup'
import type { PackageEvidence } from '@shared/package'
import { fileReferences } from '@shared/package/read-parts'
import type { ParseResult } from '@shared/util/validation'
import type { StabilityDatabase } from '../database'
import type { AssessmentRow, BankRow, EvidenceBlobRow } from '../schema'
import { guardStorage, StorageError } from '../storage-error'
import { putRegisters, withRegisters } from './assessments'

/** Packs assessments and assembles the file: in this thread by default, or in a Web Worker. */
export interface BackupPacker {
  /** Queues one assessment (a worker packs it meanwhile). */
  pack(input: BackupAssessmentInput, options: { generator: string; createdAt: string }): void
  /** Assembles the backup once every assessment was queued. */
  finish(header: Omit<AssembleBackupInput, 'assessments'>): Promise<BackupFile>
}

/** The packer that works in the calling thread (tests, and where no Worker exists). */
export function inThreadPacker(): BackupPacker {
  const packed: PackedAssessment[] = []
  return {
    pack: (input, options) => void packed.push(backupAssessmentPart(input, options)),
    finish: async (header) => assembleBackup({ ...header, assessments: packed })
  }
}

export interface BackupOptions {
  /** e.g. `Stability Assessor 0.1.0 (browser)`. */
  generator: string
  now?: Date
  /** Called between assessments with done/total, e.g. for a progress bar. */
  onProgress?: (done: number, total: number) => void
  /** Default: inThreadPacker(). The UI passes a Web Worker packer (PERF-DB-4). */
  packer?: BackupPacker
}

/** A written backup: the file's bytes and the manifest that describes them. */
export interface BackupFile {
  bytes: Uint8Array
  manifest: BackupManifest
}

interface Snapshot {
  assessments: Array<{ assessment: Assessment; deletedAt?: string }>
  evidence: EvidenceBlobRow[]
  banks: BankRow[]
  settings: Array<{ key: string; value: unknown }>
}

/** Lets the browser paint and handle input between slices of work (PERF-DB-4: ≤ 50 ms tasks). */
const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Reads the whole database in ONE read transaction (a consistent snapshot even if an autosave
 * lands meanwhile), one assessment at a time so no single step holds the thread long.
 */
function readSnapshot(db: StabilityDatabase): Promise<Snapshot> {
  const tables = [
    db.assessments,
    db.answers,
    db.factorInputs,
    db.findings,
    db.auditLog,
    db.registers,
    db.evidence,
    db.banks,
    db.settings
  ]
  return guardStorage(() =>
    db.transaction('r', tables, async () => {
      // Row by row, not toArray(): each row carries its scoring profile, and deserialising all of
      // them at once is one long task on the UI thread.
      const ids = await db.assessments.toCollection().primaryKeys()
      performance.mark('backup:ids-read')
      const assessments: Snapshot['assessments'] = []
      for (const id of ids) {
        const row: AssessmentRow | undefined = await db.assessments.get(id)
        if (!row) continue
        const [answers, factors, findings, auditLog, registers] = await Promise.all([
          db.answers.where('assessmentId').equals(id).toArray(),
          db.factorInputs.where('assessmentId').equals(id).toArray(),
          db.findings.where('assessmentId').equals(id).toArray(),
          db.auditLog.where('assessmentId').equals(id).sortBy('at'),
          db.registers.get(id)
        ])
        const { deletedAt, summary: _summary, ...header } = row
        const assessment: Assessment = {
          ...header,
          answers: answers.map(({ assessmentId: _a, ...answer }) => answer),
          factors: factors.map(({ assessmentId: _a, ...entry }) => entry),
          findings: findings.map(({ assessmentId: _a, ...finding }) => finding),
          auditLog: auditLog.map(({ assessmentId: _a, ...entry }) => entry),
          ...withRegisters(registers)
        }
        assessments.push(deletedAt === undefined ? { assessment } : { assessment, deletedAt })
      }
      performance.mark('backup:rows-read')
      const wanted = new Set(
        assessments.flatMap(({ assessment }) => fileReferences(assessment).map((f) => f.ref.sha256))
      )
      // In slices: deserialising thousands of blob rows from one request is one long task.
      const evidence: EvidenceBlobRow[] = []
      const keys = [...wanted].sort()
      for (let at = 0; at < keys.length; at += 100)
        for (const row of await db.evidence.bulkGet(keys.slice(at, at + 100)))
          if (row !== undefined) evidence.push(row)
      const banks: BankRow[] = []
      for (const key of await db.banks.toCollection().primaryKeys()) {
        const row = await db.banks.get(key)
        if (row) banks.push(row)
      }
      return {
        assessments,
        evidence,
        banks,
        settings: (await db.settings.toArray()).map(({ key, value }) => ({ key, value }))
      }
    })
  )
}

/**
 * Writes a whole-database backup (docs/backup-format.md): every assessment including the trash,
 * the evidence files they reference, every installed bank, the settings. The snapshot is read in
 * one transaction; packing then runs one assessment per task, yielding in between, so the UI keeps
 * responding while 100,000 answers are packed. Throws StorageError('invalid') when a referenced
 * evidence file is not stored here (that assessment could not be restored from the backup).
 */
export async function createBackup(
  db: StabilityDatabase,
  options: BackupOptions
): Promise<BackupFile> {
  const createdAt = (options.now ?? new Date()).toISOString()
  performance.mark('backup:start')
  const snapshot = await readSnapshot(db)
  // Phase marks: bench/data.bench.ts lines them up with the UI's long tasks.
  performance.mark('backup:snapshot-read')
  const bytesBySha = new Map<string, PackageEvidence>()
  for (const row of snapshot.evidence) {
    const bytes = new Uint8Array(await row.blob.arrayBuffer())
    bytesBySha.set(row.sha256, { sha256: row.sha256, bytes })
  }
  performance.mark('backup:evidence-read')
  const packer = options.packer ?? inThreadPacker()
  const total = snapshot.assessments.length
  for (const [index, { assessment, deletedAt }] of snapshot.assessments.entries()) {
    const refs = fileReferences(assessment)
    const evidence: PackageEvidence[] = []
    for (const { ref } of refs) {
      const item = bytesBySha.get(ref.sha256)
      if (item === undefined)
        throw new StorageError(
          'invalid',
          `assessment ${assessment.id}: the attached file "${ref.name}" is not stored on this computer`
        )
      evidence.push(item)
    }
    packer.pack(
      { assessment, evidence, ...(deletedAt === undefined ? {} : { deletedAt }) },
      { generator: options.generator, createdAt }
    )
    options.onProgress?.(index + 1, total)
    await yieldToUi()
  }
  performance.mark('backup:queued')
  return packer.finish({
    createdAt,
    generator: options.generator,
    databaseVersion: db.verno,
    banks: snapshot.banks.map((row) => ({
      bank: row.bank,
      contentHash: row.contentHash,
      origin: row.origin,
      installedAt: row.installedAt
    })),
    evidence: snapshot.evidence.map((row) => ({
      sha256: row.sha256,
      mimeType: row.mimeType,
      storedAt: row.storedAt
    })),
    settings: snapshot.settings
  })
}

/** Checks a backup file completely (nothing is written): its contents, or why it is refused. */
export function checkBackupFile(bytes: Uint8Array): ParseResult<BackupContents> {
  return readBackup(bytes)
}

/**
 * Replaces the whole database with a checked backup, in ONE transaction: either every table holds
 * exactly the backup afterwards, or (on any error) nothing changed. Only call after the user
 * confirmed what the backup holds. The home list's lines are rebuilt lazily from the restored data.
 */
export function restoreBackup(db: StabilityDatabase, contents: BackupContents): Promise<void> {
  return guardStorage(() =>
    db.transaction('rw', db.tables, async () => {
      await Promise.all(db.tables.map((table) => table.clear()))
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
      for (const { assessment, deletedAt } of contents.assessments) {
        const { answers, factors, findings, auditLog, registers, ...header } = assessment
        const id = header.id
        await db.assessments.add(deletedAt === undefined ? header : { ...header, deletedAt })
        await db.answers.bulkAdd(answers.map((a) => ({ ...a, assessmentId: id })))
        await db.factorInputs.bulkAdd(factors.map((f) => ({ ...f, assessmentId: id })))
        await db.findings.bulkAdd(findings.map((f) => ({ ...f, assessmentId: id })))
        await db.auditLog.bulkAdd(auditLog.map((e) => ({ ...e, assessmentId: id })))
        await putRegisters(db, id, registers)
      }
      await db.evidence.bulkAdd(
        [...contents.evidence].map(([sha256, item]) => ({
          sha256,
          blob: new Blob([item.bytes as Uint8Array<ArrayBuffer>], { type: item.mimeType }),
          size: item.bytes.length,
          mimeType: item.mimeType,
          storedAt: item.storedAt
        }))
      )
      await db.settings.bulkAdd(contents.settings.map(({ key, value }) => ({ key, value })))
    })
  )
}

/** Whether an assessment was finalized after `since` (ISO) — a reason to back up at once. */
export async function finalizedSince(
  db: StabilityDatabase,
  since: string | null
): Promise<boolean> {
  return guardStorage(async () => {
    const rows = await db.assessments.where('status').equals('finalized').toArray()
    return rows.some((row) => since === null || Date.parse(row.updatedAt) > Date.parse(since))
  })
}
