import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadedDefaultBank } from '@shared/testing/default-bank'
import { assessmentContentHash } from '@shared/assessment'
import { assembleBackup, backupAssessmentPart, readBackup } from '@shared/backup'
import { readPackage, writePackage } from '@shared/package'
import { withRealEvidence } from '@shared/package/test-support'
import { generateSampleAssessment } from '@shared/sample'
import { encryptContainer } from '@shared/crypto'
import { afterNextPaint, readBackupOffThread, readPackageOffThread } from './check-off-thread'
import { fileCheckCollector, runFileCheck } from './file-check-core'
import type { FileCheckReply } from './file-check-protocol'

const { bank } = loadedDefaultBank()

function samplePackage(): Uint8Array {
  const items = [1, 2, 3].map((seed) =>
    withRealEvidence(generateSampleAssessment(bank, { seed }), seed)
  )
  return writePackage({
    assessments: items.map((item) => item.assessment),
    evidence: items.flatMap((item) => item.evidence),
    generator: 'test',
    exportedAt: '2025-07-21T00:00:00.000Z'
  })
}

describe('file checks off the UI thread', () => {
  it('sends one assessment per message, then the rest with every evidence buffer to transfer', async () => {
    const bytes = samplePackage()
    const replies: Array<{ reply: FileCheckReply; transfer?: ArrayBuffer[] }> = []
    await runFileCheck(
      'package',
      bytes,
      (reply, transfer) => void replies.push({ reply, transfer })
    )
    expect(replies.map((r) => r.reply.type)).toEqual([
      'assessment',
      'assessment',
      'assessment',
      'package'
    ])
    const last = replies.at(-1)!
    if (last.reply.type !== 'package') throw new Error('no rest')
    const behind = new Set([...last.reply.rest.evidence.values()].map((b) => b.buffer))
    expect(new Set(last.transfer)).toEqual(behind)
    expect(last.transfer!.length).toBe(behind.size)

    // Put back together, it is exactly what readPackage returns.
    const collector = fileCheckCollector()
    const results = replies.map(({ reply }) => collector.take(reply))
    expect(results.slice(0, 3)).toEqual([undefined, undefined, undefined])
    const direct = readPackage(bytes)
    const rebuilt = results[3]!
    if (!direct.ok || !rebuilt.ok) throw new Error('refused')
    expect(rebuilt.value).toEqual(direct.value)
  })

  it('sends a backup one assessment per message and its evidence in slices; rebuilt, it is what readBackup returns', async () => {
    const createdAt = '2025-07-21T00:00:00.000Z'
    const items = Array.from({ length: 20 }, (_, i) =>
      withRealEvidence(generateSampleAssessment(bank, { seed: i + 1 }), i + 1, 256)
    )
    const files = new Map(items.flatMap((item) => item.evidence).map((e) => [e.sha256, e]))
    const { bytes } = assembleBackup({
      createdAt,
      generator: 'test',
      databaseVersion: 4,
      assessments: items.map((item) =>
        backupAssessmentPart(item, { generator: 'test', createdAt })
      ),
      banks: [],
      evidence: [...files.keys()].map((sha256) => ({
        sha256,
        mimeType: 'text/plain',
        storedAt: createdAt
      })),
      settings: [{ key: 'assessorName', value: '李娜' }]
    })
    const replies: Array<{ reply: FileCheckReply; transfer?: ArrayBuffer[] }> = []
    await runFileCheck('backup', bytes, (reply, transfer) => void replies.push({ reply, transfer }))
    const types = replies.map((r) => r.reply.type)
    expect(types.filter((t) => t === 'backupAssessment')).toHaveLength(20)
    // More than one slice of evidence (200 files each), each with its buffers to transfer.
    const slices = replies.filter((r) => r.reply.type === 'backupEvidence')
    expect(files.size).toBeGreaterThan(200)
    expect(slices).toHaveLength(Math.ceil(files.size / 200))
    for (const { reply, transfer } of slices) {
      if (reply.type !== 'backupEvidence') throw new Error('not a slice')
      expect(new Set(transfer)).toEqual(new Set(reply.entries.map(([, item]) => item.bytes.buffer)))
    }
    expect(types.at(-1)).toBe('backup')

    const collector = fileCheckCollector()
    const results = replies.map(({ reply }) => collector.take(reply))
    expect(results.slice(0, -1).every((r) => r === undefined)).toBe(true)
    const direct = readBackup(bytes)
    const rebuilt = results.at(-1)!
    if (!direct.ok || !rebuilt.ok) throw new Error('refused')
    expect(rebuilt.value).toEqual(direct.value)
  }, 90_000)

  it('passes a refusal through, and a worker error becomes a thrown error', async () => {
    const refused = await readPackageOffThread(new TextEncoder().encode('not a zip'))
    expect(refused.ok).toBe(false)
    const backup = await readBackupOffThread(new TextEncoder().encode('not a zip'))
    expect(backup.ok).toBe(false)
    expect(() => fileCheckCollector().take({ type: 'error', message: 'boom' })).toThrow('boom')
  })

  it('reads a good package the same way without a Worker (in this thread)', async () => {
    const bytes = samplePackage()
    const read = await readPackageOffThread(bytes)
    if (!read.ok) throw new Error(JSON.stringify(read.issues))
    const direct = readPackage(bytes)
    if (!direct.ok) throw new Error('refused')
    expect(read.value.assessments.map(assessmentContentHash)).toEqual(
      direct.value.assessments.map(assessmentContentHash)
    )
  })

  it('decrypts an encrypted package in the check, and refuses without or with a wrong passphrase', async () => {
    const bytes = samplePackage()
    const sealed = await encryptContainer(bytes, '正确的口令 correct', 'package')
    const missing = await readPackageOffThread(sealed.slice())
    expect(!missing.ok && missing.issues[0]!.code).toBe('encrypted.passphraseMissing')
    const wrong = await readPackageOffThread(sealed.slice(), '错误的口令 wrong')
    expect(!wrong.ok && wrong.issues[0]!.code).toBe('encrypted.authFailed')
    const asBackup = await readBackupOffThread(sealed.slice(), '正确的口令 correct')
    expect(!asBackup.ok && asBackup.issues[0]!.code).toBe('encrypted.wrongContent')
    const read = await readPackageOffThread(sealed, '正确的口令 correct')
    if (!read.ok) throw new Error(JSON.stringify(read.issues))
    const direct = readPackage(bytes)
    if (!direct.ok) throw new Error('refused')
    expect(read.value.assessments.map(assessmentContentHash)).toEqual(
      direct.value.assessments.map(assessmentContentHash)
    )
  }, 90_000)
})

describe('afterNextPaint (UI that waits for the frame before it, e.g. the restored notice)', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('resolves in a task after the next frame, not before it', async () => {
    vi.useFakeTimers()
    const frames: FrameRequestCallback[] = []
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback)
    )
    let done = false
    void afterNextPaint().then(() => (done = true))
    await vi.advanceTimersByTimeAsync(50)
    expect(done).toBe(false)
    expect(frames).toHaveLength(1)
    frames[0]!(0)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(0)
    expect(done).toBe(true)
  })

  it('resolves after 100 ms when no frame comes (a hidden window)', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestAnimationFrame', () => 0)
    let done = false
    void afterNextPaint().then(() => (done = true))
    await vi.advanceTimersByTimeAsync(99)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(done).toBe(true)
  })
})
