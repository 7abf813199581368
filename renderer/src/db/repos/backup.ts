import type { Assessment } from '@shared/assessment/assessment'
import {
  assembleBackupAsync,
  backupAssessmentPartAsync,
  readBackup,
  type BackupContents,
  type BackupManifest
} from '@shared/backup'
import type { PackageEvidence } from '@shared/package'
import { fileReferences } from '@shared/package/read-parts'
import type { ParseResult } from '@shared/util/validation'
import type { StabilityDatabase } from '../database'
import type { AssessmentRow, BankRow, EvidenceBlobRow } from '../schema'
import { guardStorage, StorageError } from '../storage-error'
import { withRegisters } from './assessments'
import { readAllPackedRegisters, registerTables } from './register-store'

export interface BackupOptions {
  /** e.g. `Stability Assessor 0.1.0 (browser)`. */
  generator: string
  now?: Date
  /** Called as assessments are packed, with done/total, e.g. for a progress bar. */
  onProgress?: (done: number, total: number) => void
  /**
   * Reads the bytes of some stored Blobs, one after another (default: in this thread). The backup
   * worker reads them in a helper worker (features/backup/blob-reader.ts): reading a stored Blob
   * has a fixed cost on the reading thread, which then runs beside the packing.
   */
  readBlobs?: ReadBlobs
}

/** The bytes of some Blobs, one after another. */
export type ReadBlobs = (blobs: readonly Blob[]) => Promise<ArrayBuffer>

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

/** Rows of a per-assessment table, grouped by assessment in the table's (primary key) order. */
function byAssessment<T extends { assessmentId: string }>(
  rows: readonly T[]
): Map<string, Array<Omit<T, 'assessmentId'>>> {
  const out = new Map<string, Array<Omit<T, 'assessmentId'>>>()
  for (const { assessmentId, ...row } of rows) {
    const list = out.get(assessmentId)
    if (list === undefined) out.set(assessmentId, [row])
    else list.push(row)
  }
  return out
}

/**
 * Reads the whole database in ONE read transaction (a consistent snapshot even if an autosave
 * lands meanwhile), each table in bulk. The app runs this in the backup worker
 * (backup.worker.ts), where a long read holds no UI thread. Rows come out as the per-assessment
 * reads of the file format expect them: answers, factors and findings in key order, the audit
 * log by time (a stable sort of the key order).
 */
function readSnapshot(db: StabilityDatabase): Promise<Snapshot> {
  const tables = [
    db.assessments,
    db.answers,
    db.factorInputs,
    db.findings,
    db.auditLog,
    ...registerTables(db),
    db.evidence,
    db.banks,
    db.settings
  ]
  return guardStorage(() =>
    db.transaction('r', tables, async () => {
      // The evidence rows (Blob handles, in key order: by SHA-256) are read with the rest, not
      // looked up once the assessments are known: one bulk read beside the others instead of a
      // bulkGet after them (issue 15); the files no assessment references are left out below.
      const [rows, answers, factors, findings, auditLog, registers, banks, settings, stored] =
        await Promise.all([
          db.assessments.toArray(),
          db.answers.toArray(),
          db.factorInputs.toArray(),
          db.findings.toArray(),
          db.auditLog.toArray(),
          readAllPackedRegisters(db),
          db.banks.toArray(),
          db.settings.toArray(),
          db.evidence.toArray()
        ])
      performance.mark('backup:rows-read')
      const answersOf = byAssessment(answers)
      const factorsOf = byAssessment(factors)
      const findingsOf = byAssessment(findings)
      const auditOf = byAssessment(auditLog)
      const registersOf = registers
      const assessments: Snapshot['assessments'] = rows.map((row: AssessmentRow) => {
        const { deletedAt, summary: _summary, ...header } = row
        const id = header.id
        const assessment: Assessment = {
          ...header,
          answers: answersOf.get(id) ?? [],
          factors: factorsOf.get(id) ?? [],
          findings: findingsOf.get(id) ?? [],
          auditLog: [...(auditOf.get(id) ?? [])].sort((a, b) =>
            a.at < b.at ? -1 : a.at > b.at ? 1 : 0
          ),
          ...withRegisters(registersOf.get(id))
        }
        return deletedAt === undefined ? { assessment } : { assessment, deletedAt }
      })
      const wanted = new Set(
        assessments.flatMap(({ assessment }) => fileReferences(assessment).map((f) => f.ref.sha256))
      )
      const evidence = stored.filter((row) => wanted.has(row.sha256))
      return {
        assessments,
        evidence,
        banks,
        settings: settings.map(({ key, value }) => ({ key, value }))
      }
    })
  )
}

/** Evidence bytes per read: one read of a group's concatenated Blobs instead of one per file. */
const EVIDENCE_READ_BYTES = 2 * 1024 * 1024
/** Files per read: small groups, so the first assessments' files arrive while the rest are read. */
const EVIDENCE_READ_FILES = 256

/** Reads Blobs in this thread. */
export const readBlobsHere: ReadBlobs = (blobs) => new Blob(blobs as Blob[]).arrayBuffer()

/**
 * Starts reading the bytes of every evidence row, in groups, all at once: the reads run in the
 * browser's storage I/O while the caller packs, and the rows come in the order given (the order
 * the assessments first use them), so the first assessments' files arrive first. Returns the
 * promise of each file's bytes by SHA-256.
 */
function startEvidenceReads(
  rows: readonly EvidenceBlobRow[],
  readBlobs: ReadBlobs
): Map<string, Promise<PackageEvidence>> {
  const out = new Map<string, Promise<PackageEvidence>>()
  for (let at = 0; at < rows.length;) {
    const group: EvidenceBlobRow[] = []
    let size = 0
    while (
      at < rows.length &&
      (group.length === 0 ||
        (size + rows[at]!.blob.size <= EVIDENCE_READ_BYTES && group.length < EVIDENCE_READ_FILES))
    ) {
      size += rows[at]!.blob.size
      group.push(rows[at++]!)
    }
    const read = readBlobs(group.map((row) => row.blob))
    // A failed read is reported where its bytes are awaited, not as an unhandled rejection.
    read.catch(() => undefined)
    let offset = 0
    for (const row of group) {
      const [from, to] = [offset, offset + row.blob.size]
      offset = to
      out.set(
        row.sha256,
        read.then((all) => ({ sha256: row.sha256, bytes: new Uint8Array(all, from, to - from) }))
      )
    }
  }
  return out
}

/** The evidence rows in the order the assessments first reference them. */
function inOrderOfUse(
  assessments: Snapshot['assessments'],
  rows: readonly EvidenceBlobRow[]
): EvidenceBlobRow[] {
  const bySha = new Map(rows.map((row) => [row.sha256, row]))
  const ordered = new Map<string, EvidenceBlobRow>()
  for (const { assessment } of assessments)
    for (const { ref } of fileReferences(assessment)) {
      const row = bySha.get(ref.sha256)
      if (row !== undefined && !ordered.has(ref.sha256)) ordered.set(ref.sha256, row)
    }
  return [...ordered.values()]
}

/**
 * Assessments packed at once: while some wait for their evidence files, the platform's digests
 * and deflates (each a round trip to another thread), the next are serialised. The parts are kept
 * in the assessments' order whatever order they finish in. (Issue 15: the backup worker idles
 * about half of the packing either way — it waits for the evidence reads, which end just before
 * the packing does: backup:evidence-read.)
 */
const PACKING_IN_FLIGHT = 8

/**
 * `work` over every item, at most `limit` at a time, its results in the items' order; the first
 * failure rejects, and no further item is started.
 */
async function inOrder<I, R>(
  items: readonly I[],
  limit: number,
  work: (item: I) => Promise<R>
): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      try {
        out[index] = await work(items[index]!)
      } catch (error) {
        next = items.length // no lane starts another item
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return out
}

/**
 * Writes a whole-database backup (docs/backup-format.md): every assessment including the trash,
 * the evidence files they reference, every installed bank, the settings. The snapshot is read in
 * one transaction; the evidence files are read while the assessments are packed (the reads run in
 * the browser's storage I/O), then the file is assembled. The app calls this in
 * the backup worker (features/backup/backup-file.ts), so none of it runs on the UI thread. Throws
 * StorageError('invalid') when a referenced evidence file is not stored here (that assessment
 * could not be restored from the backup).
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
  const bytesBySha = startEvidenceReads(
    inOrderOfUse(snapshot.assessments, snapshot.evidence),
    options.readBlobs ?? readBlobsHere
  )
  // Phase mark: when the last evidence file has arrived (bench/data.bench.ts's timeline).
  void Promise.all(bytesBySha.values()).then(
    () => performance.mark('backup:evidence-read'),
    () => undefined
  )
  const total = snapshot.assessments.length
  let done = 0
  const pack = async ({ assessment, deletedAt }: Snapshot['assessments'][number]) => {
    const evidence: PackageEvidence[] = []
    for (const { ref } of fileReferences(assessment)) {
      const item = bytesBySha.get(ref.sha256)
      if (item === undefined)
        throw new StorageError(
          'invalid',
          `assessment ${assessment.id}: the attached file "${ref.name}" is not stored on this computer`
        )
      evidence.push(await item)
    }
    const part = await backupAssessmentPartAsync(
      { assessment, evidence, ...(deletedAt === undefined ? {} : { deletedAt }) },
      { generator: options.generator, createdAt }
    )
    options.onProgress?.(++done, total)
    return part
  }
  const packed = await inOrder(snapshot.assessments, PACKING_IN_FLIGHT, pack)
  performance.mark('backup:packed')
  return assembleBackupAsync({
    createdAt,
    generator: options.generator,
    databaseVersion: db.verno,
    assessments: packed,
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
