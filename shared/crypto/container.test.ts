import { describe, expect, it, vi } from 'vitest'
import { readBackup } from '../backup'
import { readPackage } from '../package'
import { sameBytes, unpack } from '../package/test-support'
import { describeIssue } from '../issues/describe'
import { writeZip } from '../zip'
import {
  CONTAINER_MAGIC,
  DEFAULT_ITERATIONS,
  HEADER_BYTES,
  MAX_ITERATIONS,
  TAG_BYTES,
  decryptContainer,
  deriveContainerKey,
  encryptContainer,
  sealWithKey,
  startsLikeContainer
} from '.'
import { indexOfBytes, secretFixture } from './test-support'

const PASS = '稳定性 assessment 2026 口令!'
const fast = { minIterations: 1_000, maxIterations: 100_000 }

/** A copy of `sealed` whose header asks for `iterations` (bytes 12–15, big-endian). */
function withIterations(sealed: Uint8Array, iterations: number): Uint8Array {
  const copy = sealed.slice()
  new DataView(copy.buffer).setUint32(12, iterations)
  return copy
}

describe('the encrypted container at the real KDF cost', () => {
  const { packageBytes, backupBytes } = secretFixture()

  it('round-trips a package byte for byte, and its reader gives the same content', async () => {
    const sealed = await encryptContainer(packageBytes, PASS, 'package')
    expect(startsLikeContainer(sealed)).toBe(true)
    expect([...sealed.subarray(0, 8)]).toEqual([...CONTAINER_MAGIC])
    expect(new DataView(sealed.buffer).getUint32(12)).toBe(DEFAULT_ITERATIONS)
    expect(DEFAULT_ITERATIONS).toBeGreaterThanOrEqual(600_000)
    expect(sealed.length).toBe(HEADER_BYTES + packageBytes.length + TAG_BYTES)
    const opened = await decryptContainer(sealed, PASS, 'package')
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    expect(sameBytes(opened.value, packageBytes)).toBe(true)
    const before = readPackage(packageBytes)
    const after = readPackage(opened.value)
    expect(after.ok && before.ok).toBe(true)
    if (!after.ok || !before.ok) return
    expect(after.value.assessments).toEqual(before.value.assessments)
    expect([...after.value.evidence.keys()]).toEqual([...before.value.evidence.keys()])
  })

  it('round-trips a backup byte for byte', async () => {
    const sealed = await encryptContainer(backupBytes, PASS, 'backup')
    const opened = await decryptContainer(sealed, PASS, 'backup')
    expect(opened.ok && sameBytes(opened.value, backupBytes)).toBe(true)
    expect(opened.ok && readBackup(opened.value).ok).toBe(true)
  })
})

describe('the encrypted container', () => {
  const { packageBytes, backupBytes, secrets } = secretFixture()

  it('uses a fresh salt and nonce for every file', async () => {
    const a = await encryptContainer(packageBytes, PASS, 'package', 1_000)
    const b = await encryptContainer(packageBytes, PASS, 'package', 1_000)
    expect(sameBytes(a.subarray(16, 32), b.subarray(16, 32))).toBe(false)
    expect(sameBytes(a.subarray(32, 44), b.subarray(32, 44))).toBe(false)
    expect(sameBytes(a.subarray(HEADER_BYTES), b.subarray(HEADER_BYTES))).toBe(false)
  })

  it('seals many files with one derived key, each with its own nonce', async () => {
    const key = await deriveContainerKey(PASS, undefined, 1_000)
    const a = await sealWithKey(key, 'backup', backupBytes)
    const b = await sealWithKey(key, 'backup', backupBytes)
    expect(sameBytes(a.subarray(32, 44), b.subarray(32, 44))).toBe(false)
    const opened = await decryptContainer(b, PASS, 'backup', fast)
    expect(opened.ok && sameBytes(opened.value, backupBytes)).toBe(true)
  })

  it('opens with the passphrase typed in another Unicode normal form', async () => {
    const composed = 'Café-口令-2026'
    const sealed = await encryptContainer(packageBytes, composed, 'package', 1_000)
    const opened = await decryptContainer(sealed, composed.normalize('NFD'), 'package', fast)
    expect(opened.ok).toBe(true)
  })

  it.each([
    ['package', () => packageBytes],
    ['backup', () => backupBytes]
  ] as const)('shows no secret of the %s in its raw bytes', async (content, plain) => {
    // Control: every secret is present in the same parts zipped without compression.
    const stored = writeZip(
      [...unpack(plain())].map(([name, data]) => ({ name, data, deflate: false }))
    )
    const nested = [...unpack(plain()).values()].map((part) =>
      part[0] === 0x50
        ? writeZip([...unpack(part)].map(([name, data]) => ({ name, data, deflate: false })))
        : part
    )
    const sealed = await encryptContainer(plain(), PASS, content, 1_000)
    for (const { what, bytes } of secrets) {
      // The raw digest is nowhere in the plaintext either; the backup names no manifest.json.
      if (what !== 'evidence SHA-256 (raw)' && (content === 'package' || what !== 'entry name')) {
        const inPlain =
          indexOfBytes(stored, bytes) >= 0 || nested.some((part) => indexOfBytes(part, bytes) >= 0)
        expect(inPlain, `${what} in the plaintext`).toBe(true)
      }
      expect(indexOfBytes(sealed, bytes), `${what} in the encrypted ${content}`).toBe(-1)
    }
  })

  it('refuses a backup as a package and a package as a backup, by name', async () => {
    const sealed = await encryptContainer(backupBytes, PASS, 'backup', 1_000)
    const opened = await decryptContainer(sealed, PASS, 'package', fast)
    expect(opened.ok).toBe(false)
    if (opened.ok) return
    expect(opened.issues[0]!.code).toBe('encrypted.wrongContent')
    expect(describeIssue(opened.issues[0]!, 'zh-CN')).toBe('这是加密的备份文件，不是数据包')
  })

  it('tells a bad header from a wrong passphrase, in both languages', async () => {
    const sealed = await encryptContainer(packageBytes, PASS, 'package', 1_000)
    const wrong = await decryptContainer(sealed, 'not the passphrase', 'package', fast)
    expect(!wrong.ok && wrong.issues[0]!.code).toBe('encrypted.authFailed')
    if (wrong.ok) return
    expect(describeIssue(wrong.issues[0]!, 'en-US')).toMatch(/^wrong passphrase, or the file/)
    expect(describeIssue(wrong.issues[0]!, 'zh-CN')).toMatch(/^口令不正确，或文件在加密后被改动过/)
    const plainZip = await decryptContainer(packageBytes, PASS, 'package', fast)
    expect(!plainZip.ok && plainZip.issues[0]!.code).toBe('encrypted.notContainer')
    if (plainZip.ok) return
    expect(describeIssue(plainZip.issues[0]!, 'zh-CN')).toBe(
      '不是稳定性保障评估工具加密的数据包（文件头不符）'
    )
  })

  it('refuses iteration counts below what the app writes and above the cap, before hashing', async () => {
    const weak = await encryptContainer(packageBytes, PASS, 'package', 1_000)
    const derivations = vi.spyOn(globalThis.crypto.subtle, 'deriveKey')
    try {
      const refused = await decryptContainer(weak, PASS, 'package')
      expect(!refused.ok && refused.issues[0]!.code).toBe('encrypted.tooFewIterations')
      expect(!refused.ok && describeIssue(refused.issues[0]!, 'en-US')).toBe(
        'this encrypted package uses only 1,000 key-derivation iterations, fewer than the 600,000 this app requires: it was not encrypted by this app, or its header is damaged'
      )
      for (const [iterations, shown] of [
        [MAX_ITERATIONS + 1, '2,000,001'],
        [10_000_000, '10,000,000'],
        [0xffffffff, '4,294,967,295']
      ] as const) {
        const greedy = withIterations(weak, iterations)
        const ceiling = await decryptContainer(greedy, PASS, 'package')
        expect(!ceiling.ok && ceiling.issues[0]!.code).toBe('encrypted.tooManyIterations')
        if (ceiling.ok) return
        expect(describeIssue(ceiling.issues[0]!, 'en-US')).toBe(
          `this encrypted package asks for ${shown} key-derivation iterations, more than the 2,000,000 this app accepts: its header is damaged or the file is hostile; no decryption was tried`
        )
        expect(describeIssue(ceiling.issues[0]!, 'zh-CN')).toBe(
          `该加密数据包要求 ${shown} 次密钥派生迭代，超过本工具接受的上限 2,000,000 次：文件头已损坏或文件来历可疑，未尝试解密`
        )
      }
      // Nothing was derived for any of them: the refusal came from the header alone.
      expect(derivations).not.toHaveBeenCalled()
    } finally {
      derivations.mockRestore()
    }
  })

  it('accepts the cap itself: a header asking exactly MAX_ITERATIONS is derived and opened', async () => {
    const key = await deriveContainerKey(PASS, undefined, MAX_ITERATIONS)
    const sealed = await sealWithKey(key, 'package', packageBytes)
    const opened = await decryptContainer(sealed, PASS, 'package')
    expect(opened.ok && sameBytes(opened.value, packageBytes)).toBe(true)
  })

  it('refuses an empty passphrase when encrypting', async () => {
    await expect(encryptContainer(packageBytes, '', 'package')).rejects.toThrow(/empty/)
  })
})
