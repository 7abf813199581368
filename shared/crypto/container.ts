import { issueText, type IssueText } from '../util/issue-codes'
import { utf8Bytes } from '../util/sha256'
import { wholeFileIssue, type ParseResult, type ValidationIssue } from '../util/validation'
import {
  DEFAULT_CONTAINER_LIMITS,
  DEFAULT_ITERATIONS,
  HEADER_BYTES,
  NONCE_BYTES,
  SALT_BYTES,
  readHeader,
  writeHeader,
  type ContainerLimits,
  type SealedContent
} from './header'
import { webCrypto, type ContainerKey } from './webcrypto'

/** Issue path of problems of the encrypted file as a whole. */
export const CONTAINER_PATH = '(encrypted file)'

const GCM = (iv: Uint8Array, additionalData: Uint8Array) =>
  ({ name: 'AES-GCM', iv, additionalData, tagLength: 128 }) as const

/**
 * A passphrase's bytes: NFC first, so the same passphrase typed through different input methods
 * (a precomposed or a combining accent, full-width forms stay as typed) gives the same key.
 */
export function passphraseBytes(passphrase: string): Uint8Array {
  return utf8Bytes(passphrase.normalize('NFC'))
}

/** A key derived once (PBKDF2-HMAC-SHA-256) with the salt and iteration count it came from. */
export interface DerivedKey {
  key: ContainerKey
  salt: Uint8Array
  iterations: number
}

/**
 * Derives the AES-256-GCM key of a passphrase: the slow, one-off part (about half a second at
 * 600,000 iterations). The key is not extractable; the passphrase is not kept.
 */
export async function deriveContainerKey(
  passphrase: string,
  salt: Uint8Array = webCrypto().random(SALT_BYTES),
  iterations: number = DEFAULT_ITERATIONS
): Promise<DerivedKey> {
  const { subtle } = webCrypto()
  const base = await subtle.importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, [
    'deriveKey'
  ])
  const key = await subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt']
  )
  return { key, salt, iterations }
}

/**
 * Seals `plain` with an already derived key and a fresh random nonce. Automatic backups derive
 * the key once per session and seal each file with it; a single export uses encryptContainer.
 */
export async function sealWithKey(
  derived: DerivedKey,
  content: SealedContent,
  plain: Uint8Array
): Promise<Uint8Array> {
  const { subtle, random } = webCrypto()
  const header = writeHeader(content, derived.iterations, derived.salt, random(NONCE_BYTES))
  const sealed = new Uint8Array(
    await subtle.encrypt(GCM(header.subarray(32, 44), header), derived.key, plain)
  )
  const out = new Uint8Array(HEADER_BYTES + sealed.length)
  out.set(header, 0)
  out.set(sealed, HEADER_BYTES)
  return out
}

/** Encrypts a package or backup with a passphrase: random salt and nonce, the header as AAD. */
export async function encryptContainer(
  plain: Uint8Array,
  passphrase: string,
  content: SealedContent,
  iterations: number = DEFAULT_ITERATIONS
): Promise<Uint8Array> {
  if (passphrase.length === 0) throw new Error('an empty passphrase encrypts nothing')
  return sealWithKey(await deriveContainerKey(passphrase, undefined, iterations), content, plain)
}

const refuse = (problem: IssueText): { ok: false; issues: ValidationIssue[] } => ({
  ok: false,
  issues: [wholeFileIssue(problem, CONTAINER_PATH)]
})

/**
 * Opens a container expected to hold `expected`: the header checked first (its problems say the
 * file is not an encrypted file of this app, or which other one it is); then the key derived and
 * the tag checked over header and ciphertext — a failure there is "wrong passphrase, or altered".
 * Returns the inner bytes exactly as they were sealed, for the package or backup reader. Never
 * throws.
 */
export async function decryptContainer(
  bytes: Uint8Array,
  passphrase: string,
  expected: SealedContent,
  limits: ContainerLimits = DEFAULT_CONTAINER_LIMITS
): Promise<ParseResult<Uint8Array>> {
  const header = readHeader(bytes, expected, limits)
  if (!header.ok) return refuse(header.issue)
  let derived: DerivedKey
  try {
    derived = await deriveContainerKey(passphrase, header.value.salt, header.value.iterations)
  } catch (error) {
    return refuse(issueText('encrypted.unavailable', { detail: (error as Error).message }))
  }
  try {
    const plain = await webCrypto().subtle.decrypt(
      GCM(header.value.nonce, header.value.bytes),
      derived.key,
      bytes.subarray(HEADER_BYTES)
    )
    return { ok: true, value: new Uint8Array(plain) }
  } catch {
    return refuse(issueText('encrypted.authFailed'))
  }
}
