import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseAssessmentBytes } from '@shared/assessment/parse'
import { readQuestionnaireWorkbook } from '@shared/questionnaire-xlsx'
import { readRegisterFile } from '@shared/registers'
import { miniBank } from '@shared/testing'
import {
  HOSTILE_TARGETS,
  hostileCorpus,
  hostileMiniAssessment,
  type HostileReaderKind
} from '@shared/testing/hostile-files'
import { HOSTILE_PASSPHRASE } from '@shared/testing/hostile-containers'
import type { SealedContent } from '@shared/crypto/header'
import type { BackupContents } from '@shared/backup'
import type { PackageContents } from '@shared/package'
import { allIssueCodes } from '@shared/util/issue-codes'
import type { ValidationIssue } from '@shared/util/validation'
import { readBankFile } from '../features/banks/read-bank-file'
import {
  fileCheckCollector,
  runFileCheck,
  type FileCheckResult
} from '../features/file-check/file-check-core'
import { databaseChecksum } from './checksum'
import { openDatabase, type StabilityDatabase } from './database'
import { checkBackupFile } from './repos/backup'
import { restoreBackup } from './repos/restore'
import { installImportedBank } from './repos/bank-catalog'
import { importAssessment } from './repos/import-assessment'
import { importCheckedPackage, importPackage } from './repos/package-import'

/**
 * Hostile files, every reader (issue 10): each reader of outside files the app has is fed the same
 * hostile corpus (shared/testing/hostile-files.ts) through its real import path, against a real
 * (fake-indexeddb) database. Every case must be refused with coded problems — or read correctly —
 * within 10 s, with at most 256 MiB more memory in use at any moment it was sampled, and after a
 * refusal the database checksum must be unchanged. A table of the worst time and memory per reader
 * is printed. A new reader (operational registers, encrypted packages) is one more line in
 * HOSTILE_TARGETS and in READERS.
 */

const TIME_BOUND_MS = 10_000
const MEMORY_BOUND = 256 * 2 ** 20

type Outcome = { refused: ValidationIssue[] } | { read: true }

/** The app's real import path for each kind of outside file (shared/testing/hostile-files.ts). */
type ImportPath = (db: StabilityDatabase, bytes: Uint8Array) => Promise<Outcome>

const mini = hostileMiniAssessment
let scratch: StabilityDatabase

async function bankFile(db: StabilityDatabase, name: string, bytes: Uint8Array): Promise<Outcome> {
  const read = await readBankFile(name, bytes)
  if (!read.ok) return { refused: read.kind === 'invalid' ? read.issues : [] }
  await installImportedBank(db, read.bank, read.ref)
  return { read: true }
}

/** The file-check worker's code, run here: decrypts with the passphrase, then checks completely. */
async function fileCheck(kind: SealedContent, bytes: Uint8Array): Promise<FileCheckResult> {
  const collector = fileCheckCollector()
  let result: FileCheckResult | undefined
  await runFileCheck(
    kind,
    bytes,
    (reply) => void (result = collector.take(reply) ?? result),
    HOSTILE_PASSPHRASE
  )
  if (result === undefined) throw new Error('the file check gave no answer')
  return result
}

const READERS: Record<HostileReaderKind, ImportPath> = {
  bankJson: (db, bytes) => bankFile(db, 'bank.json', bytes),
  bankWorkbook: (db, bytes) => bankFile(db, 'bank.xlsx', bytes),
  assessmentFile: async (db, bytes) => {
    const parsed = parseAssessmentBytes(bytes)
    if (!parsed.ok) return { refused: parsed.issues }
    const context = { by: '测试', fileName: 'hostile.json' }
    const imported = await importAssessment(db, parsed.value.assessment, context)
    if (imported.ok) return { read: true }
    return { refused: imported.reason === 'invalid' ? imported.issues : [] }
  },
  package: async (db, bytes) => {
    const outcome = await importPackage(db, bytes, { by: '测试', fileName: 'hostile.sapkg' })
    return outcome.ok ? { read: true } : { refused: outcome.issues }
  },
  // An accepted backup replaces everything, so it is restored into a scratch database.
  backup: async (_db, bytes) => {
    const read = checkBackupFile(bytes)
    if (!read.ok) return { refused: read.issues }
    await restoreBackup(scratch, read.value)
    return { read: true }
  },
  // The encrypted containers, through the file-check worker's code as the app opens them.
  encryptedPackage: async (db, bytes) => {
    const read = await fileCheck('package', bytes)
    if (!read.ok) return { refused: read.issues }
    const outcome = await importCheckedPackage(db, read.value as PackageContents, {
      by: '测试',
      fileName: 'hostile.sapkg'
    })
    return outcome.ok ? { read: true } : { refused: outcome.issues }
  },
  encryptedBackup: async (_db, bytes) => {
    const read = await fileCheck('backup', bytes)
    if (!read.ok) return { refused: read.issues }
    await restoreBackup(scratch, read.value as BackupContents)
    return { read: true }
  },
  // Reading a form changes nothing: its answers go through the merge review afterwards.
  questionnaireForm: async (_db, bytes) => {
    const read = await readQuestionnaireWorkbook(bytes, miniBank, mini)
    return read.ok ? { read: true } : { refused: read.issues }
  },
  // Reading a register changes nothing either: the figures are applied by the caller.
  registerWorkbook: async (_db, bytes) => {
    const read = await readRegisterFile('registers.xlsx', bytes, {
      importedAt: '2026-12-06T13:00:00Z'
    })
    return read.ok ? { read: true } : { refused: read.issues }
  }
}
const KINDS = Object.keys(HOSTILE_TARGETS) as HostileReaderKind[]

const CODES = new Set<string>(allIssueCodes())

/** Every problem has a known code, a place and words. */
function uncoded(issues: readonly ValidationIssue[]): string | null {
  if (issues.length === 0) return 'refused without a problem'
  for (const issue of issues)
    if (!CODES.has(issue.code) || issue.place === undefined || issue.message.trim() === '')
      return `uncoded problem ${JSON.stringify(issue).slice(0, 200)}`
  return null
}

/** Memory in use by this thread's heap and its array buffers, sampled until `stop()`. */
function sampleMemory(): { stop: () => number } {
  const now = (): number => {
    const usage = process.memoryUsage()
    return usage.heapUsed + usage.arrayBuffers
  }
  const start = now()
  let peak = start
  const timer = setInterval(() => (peak = Math.max(peak, now())), 5)
  return {
    stop: () => {
      clearInterval(timer)
      return Math.max(peak, now()) - start
    }
  }
}

interface Worst {
  ms: number
  msCase: string
  bytes: number
  bytesCase: string
}
const worst = new Map<string, Worst>()

let db: StabilityDatabase
beforeAll(async () => {
  db = openDatabase('hostile-files')
  scratch = openDatabase('hostile-files-scratch')
  await Promise.all([db.open(), scratch.open()])
})
afterAll(async () => {
  const lines = [...worst].map(
    ([reader, w]) =>
      `  ${reader.padEnd(20)} ${w.ms.toFixed(0).padStart(6)} ms (${w.msCase}); ${(w.bytes / 2 ** 20).toFixed(0).padStart(4)} MiB (${w.bytesCase})`
  )
  console.log(`hostile files, worst case per reader (time; memory growth):\n${lines.join('\n')}`)
  db.close()
  scratch.close()
  await Promise.all([db.delete(), scratch.delete()])
})

describe('hostile files, every reader', () => {
  it.each(KINDS)(
    '%s: every hostile case refused with coded problems, quickly, in bounded memory, changing nothing',
    async (kind) => {
      const read = READERS[kind]
      const corpus = hostileCorpus(await HOSTILE_TARGETS[kind]())
      const failures: string[] = []
      const w: Worst = { ms: 0, msCase: '', bytes: 0, bytesCase: '' }
      worst.set(kind, w)
      for (const { name, bytes, expectCode } of corpus) {
        const before = await databaseChecksum(db)
        const memory = sampleMemory()
        const started = performance.now()
        let outcome: Outcome
        try {
          outcome = await read(db, bytes)
        } catch (error) {
          memory.stop()
          failures.push(`${name}: threw ${String(error).slice(0, 200)}`)
          continue
        }
        const ms = performance.now() - started
        const grew = memory.stop()
        if (ms > w.ms) Object.assign(w, { ms, msCase: name })
        if (grew > w.bytes) Object.assign(w, { bytes: grew, bytesCase: name })
        if (ms > TIME_BOUND_MS) failures.push(`${name}: took ${ms.toFixed(0)} ms`)
        if (grew > MEMORY_BOUND) failures.push(`${name}: ${(grew / 2 ** 20).toFixed(0)} MiB`)
        // Nothing in the corpus is a usable file of any kind: every case must be refused.
        if (!('refused' in outcome)) failures.push(`${name}: was read as a valid file`)
        else {
          const problem = uncoded(outcome.refused)
          if (problem !== null) failures.push(`${name}: ${problem}`)
          const code = outcome.refused[0]?.code
          if (expectCode !== undefined && code !== expectCode)
            failures.push(`${name}: refused with ${code}, expected ${expectCode}`)
          if ((await databaseChecksum(db)) !== before)
            failures.push(`${name}: the database changed after a refusal`)
        }
      }
      expect(corpus.length).toBeGreaterThanOrEqual(kind.startsWith('encrypted') ? 20 : 25)
      expect(failures).toEqual([])
    },
    240_000
  )

  it('reads a valid file of each kind through the same path (the harness reaches each reader)', async () => {
    for (const kind of KINDS) {
      const { sample } = await HOSTILE_TARGETS[kind]()
      expect(await READERS[kind](db, sample), kind).toEqual({ read: true })
    }
  }, 120_000)
})
