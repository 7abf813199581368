import { encryptContainer } from '../crypto/container'
import { HEADER_BYTES, MAX_ITERATIONS } from '../crypto/header'
import type { SealedContent } from '../crypto/header'
import type { IssueCode } from '../util/issue-codes'
import { forgeZip, zeroBombStream } from '../zip/testing/forge'

/**
 * The hostile corpus of the encrypted container (docs/security.md), for the encrypted package and
 * backup readers of shared/testing/hostile-files.ts. Their generic attacks (zip bombs, hostile
 * JSON) are the plain readers' and are covered there; these aim at the container itself: its
 * header cut short or with absurd key-derivation parameters, a byte altered in each field the
 * tag covers, a wrong passphrase, and a valid container around a hostile zip. Each case names the
 * problem the reader must give, so "wrong passphrase or altered" is never mistaken for "not an
 * encrypted file of this app", nor the other way round.
 */

/** The passphrase the reader is given for every case (the samples are sealed with it). */
export const HOSTILE_PASSPHRASE = '敌意样本 hostile 2026'

export interface HostileContainerCase {
  name: string
  bytes: Uint8Array
  /** The code of the first problem the reader must report (undefined: any coded problem). */
  expectCode?: IssueCode
}

const flip = (bytes: Uint8Array, at: number): Uint8Array => {
  const out = bytes.slice()
  out[at] = out[at]! ^ 0x01
  return out
}

const setIterations = (bytes: Uint8Array, iterations: number): Uint8Array => {
  const out = bytes.slice()
  new DataView(out.buffer, out.byteOffset, out.length).setUint32(12, iterations)
  return out
}

const withByte = (bytes: Uint8Array, at: number, value: number): Uint8Array => {
  const out = bytes.slice()
  out[at] = value
  return out
}

/** Every hostile case for `sealed`, a valid container of `content` sealed with HOSTILE_PASSPHRASE. */
export async function hostileContainerCases(
  sealed: Uint8Array,
  content: SealedContent
): Promise<HostileContainerCase[]> {
  const other: SealedContent = content === 'package' ? 'backup' : 'package'
  const bomb = forgeZip([
    { name: 'manifest.json', body: zeroBombStream(64), method: 8, size: 64 * 2 ** 20, crc: 0 }
  ])
  const last = sealed.length - 1
  return [
    {
      name: 'header cut short (20 bytes)',
      bytes: sealed.slice(0, 20),
      expectCode: 'encrypted.truncated'
    },
    {
      name: 'header only, no tag',
      bytes: sealed.slice(0, HEADER_BYTES),
      expectCode: 'encrypted.truncated'
    },
    { name: 'magic only', bytes: sealed.slice(0, 8), expectCode: 'encrypted.truncated' },
    // No longer an encrypted file: the app reads it as a plain one, which it is not either.
    { name: 'magic damaged', bytes: flip(sealed, 1) },
    {
      name: 'newer container version',
      bytes: withByte(sealed, 8, 9),
      expectCode: 'encrypted.newerVersion'
    },
    {
      name: 'container version 0',
      bytes: withByte(sealed, 8, 0),
      expectCode: 'encrypted.headerDamaged'
    },
    {
      name: 'unknown content kind',
      bytes: withByte(sealed, 9, 77),
      expectCode: 'encrypted.headerDamaged'
    },
    {
      name: `the other kind (a ${other} header)`,
      bytes: withByte(sealed, 9, other === 'package' ? 1 : 2),
      expectCode: 'encrypted.wrongContent'
    },
    {
      name: 'unknown key derivation',
      bytes: withByte(sealed, 10, 2),
      expectCode: 'encrypted.headerDamaged'
    },
    {
      name: 'unknown cipher',
      bytes: withByte(sealed, 11, 2),
      expectCode: 'encrypted.headerDamaged'
    },
    {
      name: 'KDF iterations 0',
      bytes: setIterations(sealed, 0),
      expectCode: 'encrypted.tooFewIterations'
    },
    {
      name: 'KDF iterations 1 (too weak)',
      bytes: setIterations(sealed, 1),
      expectCode: 'encrypted.tooFewIterations'
    },
    {
      name: 'KDF iterations one over the cap (2,000,001)',
      bytes: setIterations(sealed, MAX_ITERATIONS + 1),
      expectCode: 'encrypted.tooManyIterations'
    },
    {
      name: 'KDF iterations 10,000,000 (about 8 s of hashing)',
      bytes: setIterations(sealed, 10_000_000),
      expectCode: 'encrypted.tooManyIterations'
    },
    {
      name: 'KDF iterations 4,294,967,295 (hours of hashing)',
      bytes: setIterations(sealed, 0xffff_ffff),
      expectCode: 'encrypted.tooManyIterations'
    },
    { name: 'salt altered', bytes: flip(sealed, 20), expectCode: 'encrypted.authFailed' },
    { name: 'nonce altered', bytes: flip(sealed, 36), expectCode: 'encrypted.authFailed' },
    {
      name: 'ciphertext altered',
      bytes: flip(sealed, HEADER_BYTES + 5),
      expectCode: 'encrypted.authFailed'
    },
    { name: 'tag altered', bytes: flip(sealed, last), expectCode: 'encrypted.authFailed' },
    { name: 'tag cut off', bytes: sealed.slice(0, last - 15), expectCode: 'encrypted.authFailed' },
    {
      name: 'bytes appended after the tag',
      bytes: Uint8Array.from([...sealed, ...new Uint8Array(64)]),
      expectCode: 'encrypted.authFailed'
    },
    {
      name: 'wrong passphrase',
      bytes: await encryptContainer(sealed.slice(HEADER_BYTES), 'another passphrase', content),
      expectCode: 'encrypted.authFailed'
    },
    // Opens with the right passphrase; the inner reader's own checks refuse the zip bomb.
    {
      name: 'valid container around a zip bomb',
      bytes: await encryptContainer(bomb, HOSTILE_PASSPHRASE, content)
    }
  ]
}
