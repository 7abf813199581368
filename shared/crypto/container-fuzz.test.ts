import { describe, expect, it } from 'vitest'
import { readPackage } from '../package'
import { editPackage, sameBytes } from '../package/test-support'
import { createPrng } from '../util/prng'
import { HEADER_BYTES, TAG_BYTES, decryptContainer, encryptContainer } from '.'
import { secretFixture } from './test-support'

/**
 * 2,000 mutated encrypted packages. Each one must be refused with the problem its mutation calls
 * for — a damaged header as not this app's file (or, for a still-valid header, as a failed
 * authentication), any other flipped bit as "wrong passphrase or altered file" — or, for a valid
 * container around a hostile package, be opened and then refused (or read unchanged) by the
 * package reader. The KDF runs at 1,000 iterations here (the reader's floor lowered to match):
 * the cost does not change what is checked, and 2,000 derivations at 600,000 would take half an hour.
 */
const PASS = 'fuzz-口令-correct horse'
const ITERATIONS = 1_000
const limits = { minIterations: ITERATIONS, maxIterations: 100_000 }
const AUTH = 'encrypted.authFailed'

type Case = { kind: string; bytes: Uint8Array; passphrase?: string; hostile?: boolean }

/** The problem a bit flip in the header calls for, by byte and resulting value. */
function headerExpectation(sealed: Uint8Array, at: number): string[] {
  if (at < 8) return ['encrypted.notContainer']
  if (at === 8) return sealed[8]! > 1 ? ['encrypted.newerVersion'] : ['encrypted.headerDamaged']
  if (at === 9) return ['encrypted.headerDamaged', 'encrypted.wrongContent']
  if (at < 12) return ['encrypted.headerDamaged']
  const iterations = new DataView(sealed.buffer, sealed.byteOffset).getUint32(12)
  if (iterations > limits.maxIterations) return ['encrypted.tooManyIterations']
  if (iterations < limits.minIterations) return ['encrypted.tooFewIterations']
  return [AUTH]
}

function flip(bytes: Uint8Array, from: number, to: number, prng: ReturnType<typeof createPrng>) {
  const out = bytes.slice()
  const at = prng.int(from, to - 1)
  out[at]! ^= 1 << prng.int(0, 7)
  return { out, at }
}

function hostilePackages(plain: Uint8Array, count: number, seed: number): Uint8Array[] {
  const prng = createPrng(seed)
  const edits: Array<(files: Map<string, Uint8Array>, manifest: Record<string, unknown>) => void> =
    [
      (files) => files.set('../../evil.json', new Uint8Array(4)),
      (_files, manifest) => (manifest.kind = 'something-else'),
      (_files, manifest) => (manifest.packageVersion = 999),
      (files) => files.set('assessments/extra.json', new TextEncoder().encode('{"id":')),
      (files) => {
        for (const name of files.keys()) if (name.startsWith('evidence/')) files.delete(name)
      }
    ]
  return Array.from({ length: count }, (_, i) => {
    if (i < edits.length * 4) return editPackage(plain, edits[i % edits.length]!)
    const out = plain.slice()
    for (let n = prng.int(1, 4); n > 0; n--)
      out[prng.int(0, out.length - 1)]! ^= 1 << prng.int(0, 7)
    return prng.chance(0.2) ? out.subarray(0, prng.int(0, out.length - 1)) : out
  })
}

describe('2,000 mutated encrypted packages', () => {
  it('are each refused with the right problem, or opened correctly', async () => {
    const { packageBytes } = secretFixture()
    const original = readPackage(packageBytes)
    if (!original.ok) throw new Error('fixture')
    const sealed = await encryptContainer(packageBytes, PASS, 'package', ITERATIONS)
    const prng = createPrng(15)
    const end = sealed.length - TAG_BYTES
    const cases: Array<Case & { expect: string[] }> = []
    const add = (
      kind: string,
      n: number,
      make: () => Omit<Case, 'kind'> & { expect: string[] }
    ) => {
      for (let i = 0; i < n; i++) cases.push({ kind, ...make() })
    }
    add('header bit', 300, () => {
      const { out, at } = flip(sealed, 0, 16, prng)
      return { bytes: out, expect: headerExpectation(out, at) }
    })
    add('salt bit', 150, () => ({ bytes: flip(sealed, 16, 32, prng).out, expect: [AUTH] }))
    add('nonce bit', 150, () => ({ bytes: flip(sealed, 32, 44, prng).out, expect: [AUTH] }))
    add('ciphertext bit', 400, () => ({
      bytes: flip(sealed, HEADER_BYTES, end, prng).out,
      expect: [AUTH]
    }))
    add('tag bit', 200, () => ({
      bytes: flip(sealed, end, sealed.length, prng).out,
      expect: [AUTH]
    }))
    add('truncation', 250, () => {
      const length = prng.chance(0.3) ? prng.int(0, 80) : prng.int(0, sealed.length - 1)
      const expect =
        length < 8
          ? ['encrypted.notContainer']
          : length < HEADER_BYTES + TAG_BYTES
            ? ['encrypted.truncated']
            : [AUTH]
      return { bytes: sealed.subarray(0, length), expect }
    })
    add('appended bytes', 50, () => {
      const out = new Uint8Array(sealed.length + prng.int(1, 64))
      out.set(sealed)
      return { bytes: out, expect: [AUTH] }
    })
    add('wrong passphrase', 250, () => {
      const variants = [
        PASS.toUpperCase(),
        `${PASS} `,
        PASS.slice(1),
        '',
        '口令',
        `x${prng.int(0, 1e9)}`
      ]
      return { bytes: sealed, passphrase: prng.pick(variants), expect: [AUTH] }
    })
    const hostile = hostilePackages(packageBytes, 250, 16)
    for (const inner of hostile)
      cases.push({
        kind: 'valid container, hostile package',
        bytes: await encryptContainer(inner, PASS, 'package', ITERATIONS),
        hostile: true,
        expect: []
      })
    expect(cases).toHaveLength(2_000)

    const tally = new Map<string, Map<string, number>>()
    for (const item of cases) {
      const opened = await decryptContainer(item.bytes, item.passphrase ?? PASS, 'package', limits)
      let outcome: string
      if (item.hostile) {
        expect(opened.ok, item.kind).toBe(true)
        if (!opened.ok) continue
        const read = readPackage(opened.value)
        if (read.ok) {
          // Accepted only when the change touched nothing the reader relies on: same content.
          expect(read.value.assessments).toEqual(original.value.assessments)
          for (const [sha, bytes] of read.value.evidence)
            expect(sameBytes(bytes, original.value.evidence.get(sha))).toBe(true)
          outcome = 'opened, content unchanged'
        } else {
          expect(read.issues.length).toBeGreaterThan(0)
          expect(read.issues.every((issue) => !issue.message.startsWith('internal error'))).toBe(
            true
          )
          outcome = `opened, package refused (${read.issues[0]!.code?.split('.')[0] ?? 'schema'})`
        }
      } else {
        expect(opened.ok, `${item.kind} was accepted`).toBe(false)
        if (opened.ok) continue
        expect(opened.issues).toHaveLength(1)
        expect(item.expect, item.kind).toContain(opened.issues[0]!.code)
        outcome = opened.issues[0]!.code!
      }
      const row = tally.get(item.kind) ?? new Map<string, number>()
      row.set(outcome, (row.get(outcome) ?? 0) + 1)
      tally.set(item.kind, row)
    }
    const lines = [...tally].flatMap(([kind, row]) =>
      [...row].map(([outcome, n]) => `${kind.padEnd(34)} ${outcome.padEnd(40)} ${n}`)
    )
    console.log(`encrypted-package fuzz, 2,000 cases:\n${lines.join('\n')}`)
    const total = [...tally.values()].flatMap((row) => [...row.values()]).reduce((a, b) => a + b, 0)
    expect(total).toBe(2_000)
  }, 120_000)
})
