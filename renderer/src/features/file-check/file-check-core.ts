import { readBackup, type BackupContents } from '@shared/backup'
import { decryptContainer } from '@shared/crypto/container'
import { SEALED_CONTENT_TERMS } from '@shared/issues/catalogue/encrypted'
import { startsLikeContainer } from '@shared/crypto/magic'
import { issueText } from '@shared/util/issue-codes'
import { wholeFileIssue } from '@shared/util/validation'
import { readPackage, type PackageContents } from '@shared/package'
import type { ParseResult } from '@shared/util/validation'
import type { FileCheckKind, FileCheckReply } from './file-check-protocol'

export type FileCheckResult = ParseResult<PackageContents> | ParseResult<BackupContents>

/** Every distinct buffer behind the evidence bytes (two views of one buffer move together). */
function buffers(evidence: Iterable<Uint8Array>): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>()
  for (const bytes of evidence) out.add(bytes.buffer as ArrayBuffer)
  return [...out]
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
  let bytes = sealedOrPlain
  if (startsLikeContainer(sealedOrPlain)) {
    if (passphrase === undefined) {
      const what = SEALED_CONTENT_TERMS[kind]
      const issue = wholeFileIssue(
        issueText('encrypted.passphraseMissing', { what }),
        '(encrypted file)'
      )
      return post({ type: 'refused', issues: [issue] })
    }
    const opened = await decryptContainer(sealedOrPlain, passphrase, kind)
    if (!opened.ok) return post({ type: 'refused', issues: opened.issues })
    bytes = opened.value
  }
  if (kind === 'package') {
    const read = readPackage(bytes)
    if (!read.ok) return post({ type: 'refused', issues: read.issues })
    const { assessments, ...rest } = read.value
    for (const assessment of assessments) post({ type: 'assessment', assessment })
    return post({ type: 'package', rest }, buffers(rest.evidence.values()))
  }
  const read = readBackup(bytes)
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
