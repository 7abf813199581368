import type { Assessment } from '../assessment/assessment'
import type { ConfidentialityLevel } from '../assessment/report-fields'
import type { Bank } from '../bank/bank'
import { canonicalJson } from '../util/canonical-json'
import { sha256Hex } from '../util/sha256'
import { sha256HexAsync } from '../util/sha256-native'
import { DEFAULT_PACKAGE_LIMITS, writePackage, writePackageAsync } from '../package'
import type { PackageEvidence, WritePackageInput } from '../package'
import { confidentialityStamp } from '../package/confidentiality-stamp'
import { fileReferences } from '../package/read-parts'
import {
  crc32,
  deflateEntryAsync,
  encodeUtf8,
  keepsDeflated,
  writeZip,
  writeZipAsync
} from '../zip'
import type { ZipWriteEntry, ZipWriteOptions } from '../zip'
import type { BackupAssessment, BackupBank, BackupEvidence, BackupManifest } from './manifest'
import {
  BACKUP_KIND,
  BACKUP_MANIFEST_PATH,
  CURRENT_BACKUP_VERSION,
  backupManifestSchema
} from './manifest'

/** One assessment as stored, with the bytes of the files it references. */
export interface BackupAssessmentInput {
  assessment: Assessment
  /** Trash marker of the stored row. */
  deletedAt?: string
  /** At least every file the assessment references (others are ignored). */
  evidence: readonly PackageEvidence[]
}

/** One assessment already packed (backupAssessmentPart), ready to be assembled. */
export interface PackedAssessment {
  entry: Omit<BackupAssessment, 'part'>
  bytes: Uint8Array
  /** CRC-32 of `bytes`, computed while packing (one assessment per task), not at assembly. */
  crc: number
  /**
   * `bytes` deflated as a whole, when its parts are stored (backupAssessmentPartAsync): the
   * backup's entry for this package is then deflated, so the package is compressed in one go.
   */
  deflated?: Uint8Array
  /** The assessment's confidentiality level, for the label on the backup's manifest. */
  confidentiality?: ConfidentialityLevel
}

export interface BackupBankInput {
  bank: Bank
  contentHash: string
  origin: 'builtin' | 'imported'
  installedAt: string
}

export interface AssembleBackupInput {
  createdAt: string
  generator: string
  databaseVersion: number
  assessments: readonly PackedAssessment[]
  banks: readonly BackupBankInput[]
  evidence: readonly BackupEvidence[]
  settings: ReadonlyArray<{ key: string; value: unknown }>
}

/**
 * Packs one assessment as a one-assessment package (docs/package-format.md), so the backup reuses
 * every check of the package reader on restore. Separate from assembleBackup so that a caller on
 * a UI thread can pack assessments one at a time and yield between them. Throws like writePackage
 * (e.g. a referenced file's bytes missing).
 */
export function backupAssessmentPart(
  input: BackupAssessmentInput,
  options: { generator: string; createdAt: string }
): PackedAssessment {
  const bytes = writePackage(packageInput(input, options))
  return packed(input, bytes, sha256Hex(bytes))
}

/**
 * backupAssessmentPart with the platform's SHA-256 and deflate (writePackageAsync): the same
 * checks and contents, hashed and deflated natively. The app's backups are packed with it. A
 * package of small files (SMALL_FILE_BYTES) has its parts stored and comes back deflated whole
 * (`deflated`), unless deflating it whole saves too little or passes the ratio bound: then, as a
 * package with a larger file, each part is deflated on its own and the package is stored.
 */
export async function backupAssessmentPartAsync(
  input: BackupAssessmentInput,
  options: { generator: string; createdAt: string }
): Promise<PackedAssessment> {
  if (input.evidence.every((item) => item.bytes.length <= SMALL_FILE_BYTES)) {
    const bytes = await writePackageAsync(packageInput(input, options), DEFAULT_PACKAGE_LIMITS, {
      storeParts: true
    })
    if (bytes.length <= WHOLE_PACKAGE_MAX_BYTES) {
      const [deflated, sha256] = await Promise.all([
        deflateEntryAsync(bytes),
        sha256HexAsync(bytes)
      ])
      if (keepsDeflated(bytes.length, deflated.body.length, PART_OPTIONS))
        return packed(input, bytes, sha256, deflated.crc, deflated.body)
    }
  }
  const bytes = await writePackageAsync(packageInput(input, options))
  return packed(input, bytes, await sha256HexAsync(bytes))
}

/**
 * Evidence files up to this size are packed stored, and the package deflated whole in the backup
 * (one deflate per assessment instead of one per file: a deflate's fixed cost, not its bytes, was
 * most of packing a backup of many small files, issue 15). It is the size up to which the zip
 * writer deflates a file without probing it first, so no file is deflated that would not be.
 * A package with a larger file has each part deflated on its own, as exports are.
 */
const SMALL_FILE_BYTES = 128 * 1024
/** A package deflated whole stays far below what a backup's package entry may hold. */
const WHOLE_PACKAGE_MAX_BYTES = 64 * 1024 * 1024

const packageInput = (
  input: BackupAssessmentInput,
  options: { generator: string; createdAt: string }
): WritePackageInput => ({
  assessments: [input.assessment],
  evidence: input.evidence,
  generator: options.generator,
  exportedAt: options.createdAt
})

function packed(
  input: BackupAssessmentInput,
  bytes: Uint8Array,
  sha256: string,
  crc = crc32(bytes),
  deflated?: Uint8Array
): PackedAssessment {
  const { assessment } = input
  const files = new Set(fileReferences(assessment).map((f) => f.ref.sha256))
  const { metadata } = assessment
  return {
    bytes,
    crc,
    ...(deflated !== undefined ? { deflated } : {}),
    ...(metadata.confidentiality !== undefined
      ? { confidentiality: metadata.confidentiality }
      : {}),
    entry: {
      size: bytes.length,
      sha256,
      id: assessment.id,
      institution: metadata.institution,
      period: { start: metadata.period.start, end: metadata.period.end },
      status: assessment.status,
      createdAt: assessment.createdAt,
      updatedAt: assessment.updatedAt,
      ...(input.deletedAt !== undefined ? { deletedAt: input.deletedAt } : {}),
      answers: assessment.answers.length,
      evidenceFiles: files.size
    }
  }
}

/** Parts are deflated, but never past half the reader's ratio bound (as in packages). */
const PART_OPTIONS: ZipWriteOptions = {
  maxRatio: DEFAULT_PACKAGE_LIMITS.maxCompressionRatio / 2,
  ratioFloorBytes: DEFAULT_PACKAGE_LIMITS.ratioFloorBytes
}

const pad = (index: number): string => String(index + 1).padStart(4, '0')

/**
 * Assembles a whole-database backup (docs/backup-format.md): `backup.json` (what it holds, with the
 * size and SHA-256 of every part), `assessments/NNNN.zip` (one package per assessment: stored, as
 * it is already compressed, or deflated whole when packed with its parts stored) and
 * `banks/NNNN.json` (every installed bank). Throws when the manifest would be invalid, so a backup
 * that its own reader would refuse is never written.
 */
export function assembleBackup(input: AssembleBackupInput): {
  bytes: Uint8Array
  manifest: BackupManifest
} {
  const { entries, options, manifest } = backupEntries(input)
  return { bytes: writeZip(entries, options), manifest }
}

/**
 * assembleBackup with the platform's deflate (writeZipAsync) for `backup.json` and the banks: the
 * same entries and contents; the app's backups are assembled with it (issue 15: deflating the
 * manifest of 100,000 answers in JavaScript was a tenth of the backup's packing time).
 */
export async function assembleBackupAsync(input: AssembleBackupInput): Promise<{
  bytes: Uint8Array
  manifest: BackupManifest
}> {
  const { entries, options, manifest } = backupEntries(input)
  return { bytes: await writeZipAsync(entries, options), manifest }
}

/** The backup's zip entries, in order, with its checked manifest. */
function backupEntries(input: AssembleBackupInput): {
  entries: ZipWriteEntry[]
  options: ZipWriteOptions
  manifest: BackupManifest
} {
  const assessments: BackupAssessment[] = input.assessments.map((packed, index) => ({
    part: `assessments/${pad(index)}.zip`,
    ...packed.entry
  }))
  const bankFiles = input.banks.map((item) =>
    encodeUtf8(`${JSON.stringify(JSON.parse(canonicalJson(item.bank)))}\n`)
  )
  const banks: BackupBank[] = input.banks.map((item, index) => ({
    part: `banks/${pad(index)}.json`,
    size: bankFiles[index]!.length,
    sha256: sha256Hex(bankFiles[index]!),
    contentHash: item.contentHash,
    id: item.bank.id,
    version: item.bank.version,
    origin: item.origin,
    installedAt: item.installedAt
  }))
  const manifest: BackupManifest = {
    kind: BACKUP_KIND,
    backupVersion: CURRENT_BACKUP_VERSION,
    confidentiality: confidentialityStamp(
      input.assessments.map((packed) => packed.confidentiality)
    ),
    createdAt: input.createdAt,
    generator: input.generator,
    databaseVersion: input.databaseVersion,
    assessments,
    banks,
    evidence: [...input.evidence],
    settings: input.settings.map(({ key, value }) => ({ key, value }))
  }
  const checked = backupManifestSchema.safeParse(manifest)
  if (!checked.success) {
    const first = checked.error.issues[0]
    throw new Error(
      `assembleBackup: the manifest would not be valid: ${first?.path.join('.') ?? ''} ${first?.message ?? ''}`
    )
  }
  const entries: ZipWriteEntry[] = [
    {
      name: BACKUP_MANIFEST_PATH,
      data: encodeUtf8(`${JSON.stringify(manifest)}\n`),
      deflate: true
    },
    ...input.assessments.map((packed, index) => ({
      name: assessments[index]!.part,
      data: packed.bytes,
      deflate: packed.deflated !== undefined,
      crc: packed.crc,
      ...(packed.deflated !== undefined ? { deflated: packed.deflated } : {})
    })),
    ...bankFiles.map((data, index) => ({ name: banks[index]!.part, data, deflate: true }))
  ]
  return { entries, options: PART_OPTIONS, manifest: checked.data }
}
