import { readBackupAsync, type BackupContents } from '@shared/backup'
import { decryptContainer } from '@shared/crypto/container'
import { SEALED_CONTENT_TERMS } from '@shared/issues/catalogue/encrypted'
import { startsLikeContainer } from '@shared/crypto/magic'
import { issueText } from '@shared/util/issue-codes'
import { wholeFileIssue } from '@shared/util/validation'
import { readPackage, type PackageContents } from '@shared/package'
import type { ParseResult } from '@shared/util/validation'
import type { BackupPreview, FileCheckKind, FileCheckReply } from './file-check-protocol'

export type FileCheckResult = ParseResult<PackageContents> | ParseResult<BackupContents>

/** Every distinct buffer behind the evidence bytes (two views of one buffer move together). */
function buffers(evidence: Iterable<Uint8Array>): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>()
  for (const bytes of evidence) out.add(bytes.buffer as ArrayBuffer)
  return [...out]
}

/**
 * Decrypts an encrypted file (shared/crypto) with the passphrase given; a plain file passes as it
 * is. A refusal when the passphrase is missing or wrong, or the container damaged or of another
 * kind.
 */
async function openSealed(
  kind: FileCheckKind,
  sealedOrPlain: Uint8Array,
  passphrase: string | undefined
): Promise<ParseResult<Uint8Array>> {
  if (!startsLikeContainer(sealedOrPlain)) return { ok: true, value: sealedOrPlain }
  if (passphrase === undefined) {
    const what = SEALED_CONTENT_TERMS[kind]
    const issue = wholeFileIssue(
      issueText('encrypted.passphraseMissing', { what }),
      '(encrypted file)'
    )
    return { ok: false, issues: [issue] }
  }
  return decryptContainer(sealedOrPlain, passphrase, kind)
}

/** What the restore dialog shows of a checked backup. */
export const backupPreview = (contents: BackupContents): BackupPreview => ({
  manifest: contents.manifest,
  evidenceFiles: contents.evidence.size
})

/**
 * Decrypts and checks a backup completely (readBackup), for the worker to hold until the user
 * confirms the restore (held-backup.ts): nothing of it crosses to the page but its preview.
 */
export async function checkBackupToHold(
  sealedOrPlain: Uint8Array,
  passphrase?: string
): Promise<ParseResult<BackupContents>> {
  const opened = await openSealed('backup', sealedOrPlain, passphrase)
  return opened.ok ? readBackupAsync(opened.value) : opened
}

/**
 * The worker's side: decrypts an encrypted file (shared/crypto) with the passphrase given, checks
 * the inner file completely and sends the result in pieces — one assessment per message, then the
 * rest with the evidence bytes to transfer — or the refusal.
 */
export async function runFileCheck(
  kind: FileCheckKind,
  sealedOrPlain: Uint8Array,
  post: (reply: FileCheckReply, transfer?: ArrayBuffer[]) => void,
  passphrase?: string
): Promise<void> {
  const opened = await openSealed(kind, sealedOrPlain, passphrase)
  if (!opened.ok) return post({ type: 'refused', issues: opened.issues })
  const bytes = opened.value
  if (kind === 'package') {
    const read = readPackage(bytes)
    if (!read.ok) return post({ type: 'refused', issues: read.issues })
    const { assessments, ...rest } = read.value
    for (const assessment of assessments) post({ type: 'assessment', assessment })
    return post({ type: 'package', rest }, buffers(rest.evidence.values()))
  }
  const read = await readBackupAsync(bytes)
  if (!read.ok) return post({ type: 'refused', issues: read.issues })
  const { assessments, evidence, ...rest } = read.value
  for (const item of assessments) post({ type: 'backupAssessment', item })
  // In slices: taking in thousands of files from one message is one long task for the page.
  const entries = [...evidence]
  for (let at = 0; at < entries.length; at += EVIDENCE_PER_MESSAGE) {
    const slice = entries.slice(at, at + EVIDENCE_PER_MESSAGE)
    post({ type: 'backupEvidence', entries: slice }, buffers(slice.map(([, item]) => item.bytes)))
  }
  return post({ type: 'backup', rest })
}

/** Evidence files per message of a backup's check result. */
const EVIDENCE_PER_MESSAGE = 200

/**
 * The page's side: puts the pieces back together. `take` returns the result once the last piece
 * arrived (undefined before); an 'error' reply throws.
 */
export function fileCheckCollector(): { take(reply: FileCheckReply): FileCheckResult | undefined } {
  const assessments: PackageContents['assessments'] = []
  const backupAssessments: BackupContents['assessments'] = []
  const backupEvidence: BackupContents['evidence'] = new Map()
  return {
    take(reply) {
      switch (reply.type) {
        case 'assessment':
          assessments.push(reply.assessment)
          return undefined
        case 'backupAssessment':
          backupAssessments.push(reply.item)
          return undefined
        case 'package':
          return { ok: true, value: { ...reply.rest, assessments } }
        case 'backupEvidence':
          for (const [sha256, item] of reply.entries) backupEvidence.set(sha256, item)
          return undefined
        case 'backup':
          return {
            ok: true,
            value: { ...reply.rest, assessments: backupAssessments, evidence: backupEvidence }
          }
        case 'refused':
          return { ok: false, issues: reply.issues }
        case 'error':
          throw new Error(reply.message)
      }
    }
  }
}
