import { strFromU8, strToU8 } from 'fflate'

/**
 * UTF-8 bytes → text, or null when the bytes are not valid UTF-8 (the text parts of the app's zip
 * files: manifests, assessments, banks). fflate decodes with the platform's TextDecoder, which
 * silently substitutes U+FFFD; a part that decodes to U+FFFD
 * is re-encoded and compared, so a damaged byte is refused instead of becoming part of an answer.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  let text: string
  try {
    text = strFromU8(bytes)
  } catch {
    return null
  }
  if (!text.includes('\uFFFD')) return text
  const again = strToU8(text)
  if (again.length !== bytes.length) return null
  for (let i = 0; i < again.length; i++) if (again[i] !== bytes[i]) return null
  return text
}

/** Text → UTF-8 bytes. */
export function encodeUtf8(text: string): Uint8Array {
  return strToU8(text)
}
