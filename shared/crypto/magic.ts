/**
 * The container's first eight bytes, on their own so the page can tell an encrypted file from a
 * plain one (and ask for its passphrase) without loading the container code.
 * "\x89SAE\r\n\x1a\n": binary, and a text-mode transfer that rewrites line ends breaks it, as PNG's.
 */
export const CONTAINER_MAGIC = Uint8Array.of(0x89, 0x53, 0x41, 0x45, 0x0d, 0x0a, 0x1a, 0x0a)

/** True when the bytes begin with the container's magic (an encrypted file of this app). */
export function startsLikeContainer(bytes: Uint8Array): boolean {
  return bytes.length >= CONTAINER_MAGIC.length && CONTAINER_MAGIC.every((b, i) => bytes[i] === b)
}
