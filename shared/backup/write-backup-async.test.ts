import { describe, expect, it } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import type { PackageEvidence } from '../package'
import { sameBytes, withRealEvidence } from '../package/test-support'
import { generateSampleAssessment } from '../sample'
import { defaultBank } from '../testing/default-bank'
import { sha256Hex } from '../util/sha256'
import { inflateEntry, openZip } from '../zip'
import { anythingSpec } from '../zip/testing/specs'
import { readBackup, readBackupAsync } from './read-backup'
import {
  assembleBackup,
  assembleBackupAsync,
  backupAssessmentPart,
  backupAssessmentPartAsync,
  type BackupAssessmentInput
} from './write-backup'

const options = { generator: 'test', createdAt: '2025-07-21T00:00:00.000Z' }
const bank = defaultBank()

/** `name → zip method` (0 stored, 8 deflated) of every entry of a zip. */
function methods(zip: Uint8Array): Record<string, number> {
  const opened = openZip(zip, anythingSpec)
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues))
  return Object.fromEntries(opened.value.map(({ entry }) => [entry.name, entry.method]))
}

/** The package stored in a backup under `name`, inflated. */
function packageOf(backup: Uint8Array, name: string): Uint8Array {
  const opened = openZip(backup, anythingSpec)
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues))
  const data = inflateEntry(backup, opened.value.find(({ entry }) => entry.name === name)!.entry)
  if (!(data instanceof Uint8Array)) throw new Error(JSON.stringify(data))
  return data
}

/** Sample `seed` with one more file, of `size` compressible bytes, on its first answer. */
function withFileOf(seed: number, size: number): BackupAssessmentInput {
  const { assessment, evidence } = withRealEvidence(generateSampleAssessment(bank, { seed }), seed)
  const bytes = Uint8Array.from({ length: size }, (_, i) => 97 + ((i * 7) % 23))
  const sha256 = sha256Hex(bytes)
  const [first, ...rest] = assessment.answers
  const ref = {
    kind: 'file',
    id: `ledger-${seed}`,
    sha256,
    size,
    name: 'ledger.csv',
    mimeType: 'text/csv'
  } as const
  const withFile: Assessment = {
    ...assessment,
    answers: [{ ...first!, evidence: [...(first!.evidence ?? []), ref] }, ...rest]
  }
  const file: PackageEvidence = { sha256, bytes, name: ref.name, mimeType: ref.mimeType }
  return { assessment: withFile, evidence: [...evidence, file] }
}

describe('backupAssessmentPartAsync (how the app packs each assessment)', () => {
  const inputs = [withFileOf(1, 2000), withFileOf(2, 200 * 1024)]

  it('stores the parts of a package of small files and deflates the package whole; a package with a large file has its parts deflated, as exports do', async () => {
    const packed = await Promise.all(
      inputs.map((input) => backupAssessmentPartAsync(input, options))
    )
    const { bytes } = await assembleBackupAsync({
      ...options,
      databaseVersion: 6,
      assessments: packed,
      banks: [],
      evidence: [],
      settings: []
    })
    expect(methods(bytes)).toMatchObject({ 'assessments/0001.zip': 8, 'assessments/0002.zip': 0 })
    const small = methods(packageOf(bytes, 'assessments/0001.zip'))
    expect(Object.values(small).every((method) => method === 0)).toBe(true)
    expect(small['assessments/sample-1.json']).toBe(0)
    expect(methods(packageOf(bytes, 'assessments/0002.zip'))['assessments/sample-2.json']).toBe(8)
    // The large file, compressible, is deflated in its own package.
    const large = inputs[1]!.evidence.at(-1)!.sha256
    expect(methods(packageOf(bytes, 'assessments/0002.zip'))[`evidence/${large}`]).toBe(8)

    // Both readers read it, to the same contents as the backup written the other way.
    const sync = assembleBackup({
      ...options,
      databaseVersion: 6,
      assessments: inputs.map((input) => backupAssessmentPart(input, options)),
      banks: [],
      evidence: [],
      settings: []
    })
    const expected = readBackup(sync.bytes)
    const read = readBackup(bytes)
    const readNatively = await readBackupAsync(bytes)
    expect(expected.ok && read.ok && readNatively.ok).toBe(true)
    if (!expected.ok || !read.ok || !readNatively.ok) return
    expect(read.value.assessments).toEqual(expected.value.assessments)
    expect(readNatively.value.assessments).toEqual(expected.value.assessments)
    expect([...read.value.evidence.keys()].sort()).toEqual(
      [...expected.value.evidence.keys()].sort()
    )
    for (const [sha, { bytes: fileBytes }] of read.value.evidence)
      expect(sameBytes(fileBytes, expected.value.evidence.get(sha)!.bytes)).toBe(true)

    // Deterministic: the same database, the same file.
    const again = await Promise.all(
      inputs.map((input) => backupAssessmentPartAsync(input, options))
    )
    for (const [index, item] of again.entries()) {
      expect(sameBytes(item.bytes, packed[index]!.bytes)).toBe(true)
      expect(item.crc).toBe(packed[index]!.crc)
    }
  })
})
