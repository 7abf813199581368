import { issueText, type IssueText } from '../util/issue-codes'
import { SEALED_CONTENT_TERMS } from '../issues/catalogue/encrypted'
import { CONTAINER_MAGIC, startsLikeContainer } from './magic'

/**
 * The container's header (docs/security.md, "The container format"), 44 bytes, all of them
 * authenticated as AES-GCM additional data, so a changed parameter fails like changed content:
 *
 *   0  8  magic    89 53 41 45 0D 0A 1A 0A  (magic.ts)
 *   8  1  version  1
 *   9  1  content  1 package, 2 backup      (a backup cannot pass for a package)
 *  10  1  kdf      1 PBKDF2-HMAC-SHA-256
 *  11  1  cipher   1 AES-256-GCM, 128-bit tag
 *  12  4  iterations, unsigned big-endian
 *  16 16  salt     random per file
 *  32 12  nonce    random per file
 *  44  …  ciphertext, then the 16-byte tag
 */
export const CONTAINER_VERSION = 1
export const HEADER_BYTES = 44
export const SALT_BYTES = 16
export const NONCE_BYTES = 12
export const TAG_BYTES = 16
const KDF_PBKDF2_SHA256 = 1
const CIPHER_AES256_GCM = 1

/** What a container holds; the byte is in the header. */
export type SealedContent = keyof typeof SEALED_CONTENT_TERMS
const CONTENT_CODES: Readonly<Record<SealedContent, number>> = { package: 1, backup: 2 }

/** PBKDF2 iterations this app writes: OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const DEFAULT_ITERATIONS = 600_000

/**
 * The most PBKDF2 iterations a header may ask for (docs/security.md): 2,000,000, a little over
 * three times what the app writes, so a later release may raise its figure and still be read, while
 * a hostile or damaged header cannot keep the reader hashing for more than a few seconds (about
 * 1.6 s on a slow laptop; the 32-bit field allows 4,294,967,295, hours). Checked before any key is
 * derived.
 */
export const MAX_ITERATIONS = 2_000_000

/**
 * What a reader accepts. The ceiling keeps a hostile header from making the reader hash for
 * hours; the floor refuses files weaker than this app writes (tests lower it to run thousands of
 * derivations quickly).
 */
export interface ContainerLimits {
  minIterations: number
  maxIterations: number
}
export const DEFAULT_CONTAINER_LIMITS: ContainerLimits = {
  minIterations: DEFAULT_ITERATIONS,
  maxIterations: MAX_ITERATIONS
}

export interface ContainerHeader {
  content: SealedContent
  iterations: number
  salt: Uint8Array
  nonce: Uint8Array
  /** The header's bytes as written: the additional authenticated data. */
  bytes: Uint8Array
}

export function writeHeader(
  content: SealedContent,
  iterations: number,
  salt: Uint8Array,
  nonce: Uint8Array
): Uint8Array {
  const header = new Uint8Array(HEADER_BYTES)
  header.set(CONTAINER_MAGIC, 0)
  header[8] = CONTAINER_VERSION
  header[9] = CONTENT_CODES[content]
  header[10] = KDF_PBKDF2_SHA256
  header[11] = CIPHER_AES256_GCM
  new DataView(header.buffer).setUint32(12, iterations)
  header.set(salt, 16)
  header.set(nonce, 32)
  return header
}

/** 2,000,000: counts this large are read more easily grouped (the same in both languages). */
const grouped = (count: number): string => count.toLocaleString('en-US')

type HeaderResult = { ok: true; value: ContainerHeader } | { ok: false; issue: IssueText }

/**
 * Reads and checks the header of a container expected to hold `expected`. Every refusal here is
 * about the header (not this app's file, a newer format, the other kind, truncated); only a
 * header that passes leads to key derivation and authentication.
 */
export function readHeader(
  bytes: Uint8Array,
  expected: SealedContent,
  limits: ContainerLimits = DEFAULT_CONTAINER_LIMITS
): HeaderResult {
  const what = SEALED_CONTENT_TERMS[expected]
  const refuse = (issue: IssueText): HeaderResult => ({ ok: false, issue })
  const damaged = (detail: string) => refuse(issueText('encrypted.headerDamaged', { what, detail }))
  if (!startsLikeContainer(bytes)) return refuse(issueText('encrypted.notContainer', { what }))
  const minimum = HEADER_BYTES + TAG_BYTES
  if (bytes.length < minimum)
    return refuse(issueText('encrypted.truncated', { size: bytes.length, minimum }))
  const version = bytes[8]!
  if (version > CONTAINER_VERSION) return refuse(issueText('encrypted.newerVersion', { version }))
  if (version !== CONTAINER_VERSION) return damaged(`version ${version}`)
  const content = (Object.keys(CONTENT_CODES) as SealedContent[]).find(
    (key) => CONTENT_CODES[key] === bytes[9]
  )
  if (content === undefined) return damaged(`content ${bytes[9]}`)
  if (content !== expected)
    return refuse(
      issueText('encrypted.wrongContent', { what, found: SEALED_CONTENT_TERMS[content] })
    )
  if (bytes[10] !== KDF_PBKDF2_SHA256) return damaged(`kdf ${bytes[10]}`)
  if (bytes[11] !== CIPHER_AES256_GCM) return damaged(`cipher ${bytes[11]}`)
  const iterations = new DataView(bytes.buffer, bytes.byteOffset, bytes.length).getUint32(12)
  if (iterations > limits.maxIterations)
    return refuse(
      issueText('encrypted.tooManyIterations', {
        what,
        iterations: grouped(iterations),
        maximum: grouped(limits.maxIterations)
      })
    )
  if (iterations < limits.minIterations)
    return refuse(
      issueText('encrypted.tooFewIterations', {
        what,
        iterations: grouped(iterations),
        minimum: grouped(limits.minIterations)
      })
    )
  return {
    ok: true,
    value: {
      content,
      iterations,
      salt: bytes.slice(16, 32),
      nonce: bytes.slice(32, 44),
      bytes: bytes.slice(0, HEADER_BYTES)
    }
  }
}
