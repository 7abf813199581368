/**
 * The `\u0006DataSpaces` storage of a password-protected Office file (MS-OFFCRYPTO 2.1, 2.2): it
 * says that the EncryptedPackage stream is transformed by the strong-encryption transform. Its
 * content is fixed; Office expects it next to EncryptionInfo and EncryptedPackage.
 */
import type { CompoundEntry } from './compound-file'

/** Bytes of little-endian 32-bit unsigned integers. */
function words(...values: number[]): number[] {
  return values.flatMap((v) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24])
}

/** UNICODE-LP-P4: byte length, UTF-16LE characters, zero-padded to a multiple of 4 bytes. */
function lengthPrefixed(text: string): number[] {
  const chars = [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >>> 8])
  const padding = chars.length % 4 === 0 ? [] : [0, 0]
  return [...words(chars.length), ...chars, ...padding]
}

/** Reader, updater and writer versions, each 1.0 (two 16-bit halves). */
const VERSIONS_1_0 = words(1, 1, 1)

const PACKAGE = 'EncryptedPackage'
const DATA_SPACE = 'StrongEncryptionDataSpace'
const TRANSFORM = 'StrongEncryptionTransform'
const TRANSFORM_ID = '{FF9A3F03-56EF-4613-BDD5-5A41C1D07246}'
const TRANSFORM_NAME = 'Microsoft.Container.EncryptionTransform'

/** DataSpaceMap: one entry mapping the EncryptedPackage stream to the strong-encryption space. */
function dataSpaceMap(): number[] {
  const entry = [...words(1, 0), ...lengthPrefixed(PACKAGE), ...lengthPrefixed(DATA_SPACE)]
  return [...words(8, 1, entry.length + 4), ...entry]
}

/** \u0006Primary: the transform's header (type 1, its id and name) and the encryption transform info. */
function primary(): number[] {
  const id = lengthPrefixed(TRANSFORM_ID)
  const header = [...words(1), ...id]
  return [
    ...words(header.length + 4),
    ...header,
    ...lengthPrefixed(TRANSFORM_NAME),
    ...VERSIONS_1_0,
    // EncryptionName (empty), EncryptionBlockSize, CipherMode, Reserved (4).
    ...words(0, 0, 0, 4)
  ]
}

export function dataSpaces(): CompoundEntry {
  const stream = (name: string, bytes: number[]): CompoundEntry => ({
    name,
    content: Uint8Array.from(bytes)
  })
  return {
    name: '\u0006DataSpaces',
    children: [
      stream('Version', [...lengthPrefixed('Microsoft.Container.DataSpaces'), ...VERSIONS_1_0]),
      stream('DataSpaceMap', dataSpaceMap()),
      {
        name: 'DataSpaceInfo',
        children: [stream(DATA_SPACE, [...words(8, 1), ...lengthPrefixed(TRANSFORM)])]
      },
      {
        name: 'TransformInfo',
        children: [{ name: TRANSFORM, children: [stream('\u0006Primary', primary())] }]
      }
    ]
  }
}
