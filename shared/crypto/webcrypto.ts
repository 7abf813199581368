/**
 * The part of WebCrypto the container uses. shared/ compiles without DOM or Node types, so the
 * few calls are typed here; at run time `globalThis.crypto` is the same object in Node 20+, the
 * browser, a Web Worker and Electron's renderer — no import, no platform code.
 */
export interface ContainerKey {
  readonly type: string
}

interface SubtleLike {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: string | { name: string },
    extractable: boolean,
    usages: string[]
  ): Promise<ContainerKey>
  deriveKey(
    algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number },
    baseKey: ContainerKey,
    derived: { name: 'AES-GCM'; length: 256 },
    extractable: boolean,
    usages: string[]
  ): Promise<ContainerKey>
  encrypt(
    algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array; tagLength: 128 },
    key: ContainerKey,
    data: Uint8Array
  ): Promise<ArrayBuffer>
  decrypt(
    algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array; tagLength: 128 },
    key: ContainerKey,
    data: Uint8Array
  ): Promise<ArrayBuffer>
}

interface CryptoLike {
  subtle?: SubtleLike
  getRandomValues<T extends Uint8Array>(array: T): T
}

/** WebCrypto of this runtime; throws a plain Error where there is none (an old or odd host). */
export function webCrypto(): { subtle: SubtleLike; random(length: number): Uint8Array } {
  const crypto = (globalThis as { crypto?: CryptoLike }).crypto
  const subtle = crypto?.subtle
  if (crypto === undefined || subtle === undefined)
    throw new Error('globalThis.crypto.subtle is missing')
  return {
    subtle,
    random: (length) => crypto.getRandomValues(new Uint8Array(length))
  }
}
