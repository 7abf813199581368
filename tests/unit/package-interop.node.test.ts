import 'fake-indexeddb/auto'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { serializeAssessmentFile } from '../../shared/assessment'
import { assessmentContentHash } from '../../shared/assessment/canonical'
import { encryptContainer } from '../../shared/crypto/container'
import type { PackageContents } from '../../shared/package'
import { unpack } from '../../shared/package/test-support'
import { loadedDefaultBank } from '../../shared/testing/default-bank'
import { sha256Hex, utf8Bytes } from '../../shared/util/sha256'
import type { ParseResult } from '../../shared/util/validation'
import { capturedIo, packageRoot, temporaryFolder, words } from '../../electron/cli/test-support'
import { runCli } from '../../electron/cli/program'
import { databaseChecksum } from '../../renderer/src/db/checksum'
import { openDatabase, type StabilityDatabase } from '../../renderer/src/db/database'
import { loadAssessment } from '../../renderer/src/db/repos/assessments'
import { installBanks } from '../../renderer/src/db/repos/banks'
import { exportPackage } from '../../renderer/src/db/repos/package-export'
import { importCheckedPackage } from '../../renderer/src/db/repos/package-import'
import { storeSampleWithEvidence } from '../../renderer/src/db/test-support'
import {
  fileCheckCollector,
  runFileCheck,
  type FileCheckResult
} from '../../renderer/src/features/file-check/file-check-core'

/*
 * The app and the command line read each other's packages. The app's side is its own code: the
 * export repository (exportPackage) sealed with the container the protect dialog uses, and on
 * import the file-check worker's core (runFileCheck: decrypt, then every check) followed by the
 * importing transaction. The command line's side is `package create / open` run in-process.
 * Inner content is compared byte for byte: every part, the evidence, the content hashes.
 */

const PASSPHRASE = 'Audit team 2026 / 审计二组'
const { bank, ref } = loadedDefaultBank()
const now = new Date('2026-03-01T08:00:00.000Z')
const tempPath = temporaryFolder()
const opened: StabilityDatabase[] = []
let counter = 0

async function freshDb(withBank: boolean): Promise<StabilityDatabase> {
  const db = openDatabase(`package-interop-${counter++}`)
  opened.push(db)
  await db.open()
  if (withBank) await installBanks(db, [{ bank, ref }], 'builtin', now)
  return db
}
afterAll(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { io, printed } = capturedIo(tempPath())
  const withStdin = { ...io, stdin: async () => utf8Bytes(`${PASSPHRASE}\n`) }
  const code = await runCli(args, { io: withStdin, packageRoot, language: 'en-US' })
  return { code, ...printed() }
}

/** The app's reader: what the file-check worker posts, put together as the page does. */
async function appReads(bytes: Uint8Array, passphrase?: string): Promise<FileCheckResult> {
  const collector = fileCheckCollector()
  let result: FileCheckResult | undefined
  await runFileCheck('package', bytes, (reply) => (result ??= collector.take(reply)), passphrase)
  if (result === undefined) throw new Error('the file check gave no result')
  return result
}

describe('packages between the app and the command line', () => {
  it('the command line opens what the app exported, byte for byte', async () => {
    const source = await freshDb(true)
    const a = await storeSampleWithEvidence(source, bank, 11, now.toISOString())
    const b = await storeSampleWithEvidence(source, bank, 12, now.toISOString())
    const { bytes } = await exportPackage(source, [a.assessment.id, b.assessment.id], {
      generator: 'Stability Assessor 0.1.0 (browser)',
      exportedAt: now.toISOString()
    })
    await writeFile(
      tempPath('from-app.sapkg'),
      await encryptContainer(bytes, PASSPHRASE, 'package')
    )
    const result = await cli(['package', 'open', 'from-app.sapkg', '-o', 'app-out', '-p', '-'])
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    const inner = unpack(bytes)
    expect(inner.size).toBeGreaterThan(3)
    for (const [name, part] of inner)
      expect(new Uint8Array(await readFile(tempPath(`app-out/${name}`))), name).toEqual(part)
    const evidence = [...a.evidence, ...b.evidence]
    for (const item of evidence)
      expect(new Uint8Array(await readFile(tempPath(`app-out/evidence/${item.sha256}`)))).toEqual(
        item.bytes
      )
  })

  it('the app opens what the command line made, and stores the same content', async () => {
    const source = await freshDb(true)
    const stored = await storeSampleWithEvidence(source, bank, 21, now.toISOString())
    const original = (await loadAssessment(source, stored.assessment.id))!
    await mkdir(tempPath('cli-in/evidence'), { recursive: true })
    await writeFile(
      tempPath('cli-in/a.json'),
      serializeAssessmentFile(original, { generator: 'test', exportedAt: now.toISOString() })
    )
    for (const item of stored.evidence)
      await writeFile(tempPath(`cli-in/evidence/${item.sha256.slice(0, 8)}.bin`), item.bytes)
    const made = await cli(
      words('package create cli-in/a.json -e cli-in/evidence -o from-cli.sapkg -p -')
    )
    expect(made.err).toBe('')
    expect(made.code).toBe(0)
    const sealed = new Uint8Array(await readFile(tempPath('from-cli.sapkg')))

    const target = await freshDb(false)
    const before = await databaseChecksum(target)
    const wrong = await appReads(sealed, 'not the passphrase')
    expect(wrong.ok).toBe(false)
    expect(!wrong.ok && wrong.issues.map((i) => i.code)).toEqual(['encrypted.authFailed'])
    expect(await databaseChecksum(target)).toBe(before)

    const read = (await appReads(sealed, PASSPHRASE)) as ParseResult<PackageContents>
    if (!read.ok) throw new Error(`the app refused the CLI's package: ${read.issues[0]?.message}`)
    const outcome = await importCheckedPackage(
      target,
      read.value,
      { by: '李娜', fileName: 'from-cli.sapkg' },
      now
    )
    expect(outcome).toMatchObject({ ok: true, exists: [], banksInstalled: 1 })
    const imported = await loadAssessment(target, original.id)
    expect(imported && assessmentContentHash(imported)).toBe(assessmentContentHash(original))
    for (const item of stored.evidence) {
      const row = await target.evidence.get(item.sha256)
      const bytes = new Uint8Array(await row!.blob.arrayBuffer())
      expect(sha256Hex(bytes)).toBe(item.sha256)
      expect(bytes).toEqual(item.bytes)
    }
    expect((await readdir(tempPath('cli-in/evidence'))).length).toBe(stored.evidence.length)
  })
})
