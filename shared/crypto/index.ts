/**
 * Passphrase-encrypted containers around packages and backups (docs/security.md): AES-256-GCM
 * through WebCrypto, the key from PBKDF2-HMAC-SHA-256, the header authenticated, the inner bytes
 * unchanged so every check of the inner reader still runs after decryption. Pure TypeScript over
 * Uint8Array and `globalThis.crypto`: the renderer, its workers, main and the CLI share it.
 */
export {
  CONTAINER_PATH,
  decryptContainer,
  deriveContainerKey,
  encryptContainer,
  passphraseBytes,
  sealWithKey
} from './container'
export type { DerivedKey } from './container'
export {
  CONTAINER_VERSION,
  DEFAULT_CONTAINER_LIMITS,
  DEFAULT_ITERATIONS,
  HEADER_BYTES,
  MAX_ITERATIONS,
  TAG_BYTES
} from './header'
export { CONTAINER_MAGIC, startsLikeContainer } from './magic'
export type { ContainerLimits, SealedContent } from './header'
export { MIN_PASSPHRASE_LENGTH, passphraseStrength } from './passphrase-strength'
export type { PassphraseLevel, PassphraseStrength } from './passphrase-strength'
