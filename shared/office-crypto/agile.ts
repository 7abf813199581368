/**
 * Password protection of an Office Open XML file (.xlsx, .docx) as Excel, Word, WPS and LibreOffice
 * open it: ECMA-376 agile encryption (MS-OFFCRYPTO 2.3.4.10–2.3.4.15) — AES-256-CBC, SHA-512, the
 * password hashed 100,000 times, a random 256-bit package key, and an HMAC-SHA-512 over the
 * encrypted package — inside a compound file with the data-spaces description. WebCrypto does the
 * AES and the HMAC; the iterated hash is synchronous SHA-512 (shared/util/sha512).
 */
import { base64 } from '../util/base64'
import { sha512, sha512Iterated } from '../util/sha512'
import { utf8Bytes } from '../util/sha256'
import { webCrypto } from '../crypto/webcrypto'
import { writeCompoundFile } from './compound-file'
import { dataSpaces } from './data-spaces'
import { OFFICE_PASSWORD_MAX_LENGTH } from './limits'

/** Office's iteration count; what Excel and Word write. */
export const OFFICE_SPIN_COUNT = 100_000

const SEGMENT = 4096
const BLOCK = 16
const KEY_BYTES = 32
const HASH_BYTES = 64

// MS-OFFCRYPTO 2.3.4.11–2.3.4.14: fixed block keys that tell the derived keys and IVs apart.
const VERIFIER_INPUT_BLOCK = Uint8Array.of(0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79)
const VERIFIER_VALUE_BLOCK = Uint8Array.of(0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e)
const KEY_VALUE_BLOCK = Uint8Array.of(0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6)
const HMAC_KEY_BLOCK = Uint8Array.of(0x5f, 0xb2, 0xad, 0x01, 0x0c, 0xb9, 0xe1, 0xf6)
const HMAC_VALUE_BLOCK = Uint8Array.of(0xa0, 0x67, 0x7f, 0x02, 0xb2, 0x2c, 0x84, 0x33)

interface CbcSubtle {
  importKey(
    format: 'raw',
    key: Uint8Array,
    algorithm: { name: 'AES-CBC' } | { name: 'HMAC'; hash: 'SHA-512' },
    extractable: false,
    usages: string[]
  ): Promise<object>
  encrypt(
    algorithm: { name: 'AES-CBC'; iv: Uint8Array },
    key: object,
    data: Uint8Array
  ): Promise<ArrayBuffer>
  sign(algorithm: 'HMAC', key: object, data: Uint8Array): Promise<ArrayBuffer>
}

const subtle = (): CbcSubtle => webCrypto().subtle as unknown as CbcSubtle

/** Little-endian 32-bit unsigned integer. */
function le32(value: number): Uint8Array {
  const out = new Uint8Array(4)
  new DataView(out.buffer).setUint32(0, value, true)
  return out
}

/** UTF-16LE code units, as Office hashes a password. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2)
  const view = new DataView(out.buffer)
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), true)
  return out
}

/**
 * AES-CBC without padding (the data is a whole number of blocks). WebCrypto always pads, adding one
 * block after the data; the blocks before it do not depend on it, so it is cut off.
 */
async function aesCbc(key: object, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const sealed = new Uint8Array(await subtle().encrypt({ name: 'AES-CBC', iv }, key, data))
  return sealed.subarray(0, data.length)
}

const aesKey = (raw: Uint8Array): Promise<object> =>
  subtle().importKey('raw', raw, { name: 'AES-CBC' }, false, ['encrypt'])

/** The password's iterated hash (MS-OFFCRYPTO 2.3.4.11), before any block key. */
export function passwordHash(password: string, salt: Uint8Array, spinCount: number): Uint8Array {
  return sha512Iterated(sha512(salt, utf16le(password)), spinCount)
}

/** A key derived from the password's hash for one purpose (its block key), 256 bits. */
export function keyForBlock(hash: Uint8Array, blockKey: Uint8Array): Uint8Array {
  return sha512(hash, blockKey).subarray(0, KEY_BYTES)
}

/** The IV of an encryption under the package key: the first 16 bytes of SHA-512(salt ‖ block). */
const derivedIv = (salt: Uint8Array, block: Uint8Array): Uint8Array =>
  sha512(salt, block).subarray(0, BLOCK)

/** The EncryptedPackage stream: the plain size, then 4,096-byte segments, each with its own IV. */
async function encryptPackage(
  plain: Uint8Array,
  packageKey: object,
  keyDataSalt: Uint8Array
): Promise<Uint8Array> {
  const paddedLength = Math.ceil(plain.length / BLOCK) * BLOCK
  const out = new Uint8Array(8 + paddedLength)
  const view = new DataView(out.buffer)
  view.setUint32(0, plain.length % 0x100000000, true)
  view.setUint32(4, Math.floor(plain.length / 0x100000000), true)
  for (let index = 0, at = 0; at < plain.length; index++, at += SEGMENT) {
    const chunk = plain.subarray(at, Math.min(at + SEGMENT, plain.length))
    const padded = new Uint8Array(Math.ceil(chunk.length / BLOCK) * BLOCK)
    padded.set(chunk)
    out.set(await aesCbc(packageKey, derivedIv(keyDataSalt, le32(index)), padded), 8 + at)
  }
  return out
}

/** The EncryptionInfo stream: version 4.4, flags 0x40, then the XML descriptor. */
function encryptionInfo(fields: {
  keyDataSalt: Uint8Array
  encryptedHmacKey: Uint8Array
  encryptedHmacValue: Uint8Array
  spinCount: number
  passwordSalt: Uint8Array
  encryptedVerifierHashInput: Uint8Array
  encryptedVerifierHashValue: Uint8Array
  encryptedKeyValue: Uint8Array
}): Uint8Array {
  const cipher =
    `saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" ` +
    `cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"`
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ` +
    `xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password" ` +
    `xmlns:c="http://schemas.microsoft.com/office/2006/keyEncryptor/certificate">` +
    `<keyData ${cipher} saltValue="${base64(fields.keyDataSalt)}"/>` +
    `<dataIntegrity encryptedHmacKey="${base64(fields.encryptedHmacKey)}" ` +
    `encryptedHmacValue="${base64(fields.encryptedHmacValue)}"/>` +
    `<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">` +
    `<p:encryptedKey spinCount="${fields.spinCount}" ${cipher} ` +
    `saltValue="${base64(fields.passwordSalt)}" ` +
    `encryptedVerifierHashInput="${base64(fields.encryptedVerifierHashInput)}" ` +
    `encryptedVerifierHashValue="${base64(fields.encryptedVerifierHashValue)}" ` +
    `encryptedKeyValue="${base64(fields.encryptedKeyValue)}"/>` +
    `</keyEncryptor></keyEncryptors></encryption>`
  const body = utf8Bytes(xml)
  const out = new Uint8Array(8 + body.length)
  const view = new DataView(out.buffer)
  view.setUint16(0, 4, true)
  view.setUint16(2, 4, true)
  view.setUint32(4, 0x40, true)
  out.set(body, 8)
  return out
}

/** Why a password cannot protect an Office file, or undefined when it can. */
export function officePasswordProblem(password: string): 'empty' | 'tooLong' | undefined {
  if (password.length === 0) return 'empty'
  if (password.length > OFFICE_PASSWORD_MAX_LENGTH) return 'tooLong'
  return undefined
}

/**
 * The password-protected form of an .xlsx or .docx file's bytes. Opening it in Excel, Word, WPS or
 * LibreOffice asks for the password; without it the content cannot be read.
 */
export async function protectOfficeFile(
  plain: Uint8Array,
  password: string,
  options: { spinCount?: number } = {}
): Promise<Uint8Array<ArrayBuffer>> {
  const problem = officePasswordProblem(password)
  if (problem !== undefined) throw new Error(`office password: ${problem}`)
  const spinCount = options.spinCount ?? OFFICE_SPIN_COUNT
  const { random } = webCrypto()
  const passwordSalt = random(BLOCK)
  const keyDataSalt = random(BLOCK)
  const packageKeyBytes = random(KEY_BYTES)
  const verifierHashInput = random(BLOCK)
  const hmacKey = random(HASH_BYTES)

  const hash = passwordHash(password, passwordSalt, spinCount)
  const sealUnderPassword = async (block: Uint8Array, data: Uint8Array): Promise<Uint8Array> =>
    aesCbc(await aesKey(keyForBlock(hash, block)), passwordSalt, data)

  const packageKey = await aesKey(packageKeyBytes)
  const encryptedPackage = await encryptPackage(plain, packageKey, keyDataSalt)
  const hmacSigner = await subtle().importKey(
    'raw',
    hmacKey,
    { name: 'HMAC', hash: 'SHA-512' },
    false,
    ['sign']
  )
  const hmacValue = new Uint8Array(await subtle().sign('HMAC', hmacSigner, encryptedPackage))

  const info = encryptionInfo({
    keyDataSalt,
    encryptedHmacKey: await aesCbc(packageKey, derivedIv(keyDataSalt, HMAC_KEY_BLOCK), hmacKey),
    encryptedHmacValue: await aesCbc(
      packageKey,
      derivedIv(keyDataSalt, HMAC_VALUE_BLOCK),
      hmacValue
    ),
    spinCount,
    passwordSalt,
    encryptedVerifierHashInput: await sealUnderPassword(VERIFIER_INPUT_BLOCK, verifierHashInput),
    encryptedVerifierHashValue: await sealUnderPassword(
      VERIFIER_VALUE_BLOCK,
      sha512(verifierHashInput)
    ),
    encryptedKeyValue: await sealUnderPassword(KEY_VALUE_BLOCK, packageKeyBytes)
  })
  return writeCompoundFile([
    dataSpaces(),
    { name: 'EncryptionInfo', content: info },
    { name: 'EncryptedPackage', content: encryptedPackage }
  ])
}

/** The fixed block keys, for tests that check a derivation against published values. */
export const BLOCK_KEYS = {
  verifierInput: VERIFIER_INPUT_BLOCK,
  verifierValue: VERIFIER_VALUE_BLOCK,
  keyValue: KEY_VALUE_BLOCK
} as const
