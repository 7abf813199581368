/**
 * A file name every desktop file system accepts and the save bridge takes (shared/ipc/contract.ts
 * `file:save`: at most 200 characters, none of `\/:*?"<>|`, no control characters). Names come from
 * outside — evidence imported with an assessment may be called anything, up to 500 characters —
 * and saving one must not fail on its name (desktop review F-12).
 *
 * - `\/:*?"<>|` and control characters become `_`;
 * - leading dots become `_` (no hidden files), trailing dots and spaces go (Windows drops them);
 * - Windows device names (`CON`, `nul.txt`, `COM1`…) get a leading `_`;
 * - long names are shortened in the middle of the name, keeping the extension, to at most
 *   `maxLength` UTF-16 units and {@link MAX_FILE_NAME_BYTES} UTF-8 bytes (ext4 and APFS count bytes:
 *   200 Chinese characters are 600 bytes);
 * - nothing left → `fallback`.
 */
export const MAX_FILE_NAME_LENGTH = 200
/** Below the 255-byte limit of ext4/APFS, leaving room for a " (1)" the OS may add. */
export const MAX_FILE_NAME_BYTES = 240

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i
/** What counts as an extension worth keeping: a short run of letters and digits. */
const EXTENSION = /\.[\p{L}\p{N}]{1,16}$/u

/** UTF-8 length, counted by code point (shared/ has no TextEncoder type). */
const utf8Bytes = (text: string): number => {
  let bytes = 0
  for (const char of text) {
    const code = char.codePointAt(0) as number
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return bytes
}

/** `text` shortened by whole characters (never half a surrogate pair) to fit both limits. */
function shorten(text: string, maxLength: number, maxBytes: number): string {
  let result = ''
  for (const char of text) {
    const next = result + char
    if (next.length > maxLength || utf8Bytes(next) > maxBytes) break
    result = next
  }
  return result
}

export function safeFileName(
  name: string,
  options: { maxLength?: number; fallback?: string } = {}
): string {
  const maxLength = options.maxLength ?? MAX_FILE_NAME_LENGTH
  const cleaned = name
    .replace(UNSAFE, '_')
    .trim()
    .replace(/^\.+/, (dots) => '_'.repeat(dots.length))
    .replace(/[.\s]+$/, '')
  const named = WINDOWS_DEVICE.test(cleaned) ? `_${cleaned}` : cleaned
  if (named === '') return options.fallback ?? 'file'
  if (named.length <= maxLength && utf8Bytes(named) <= MAX_FILE_NAME_BYTES) return named
  const extension = EXTENSION.exec(named)?.[0] ?? ''
  const stem = named.slice(0, named.length - extension.length)
  const kept = shorten(
    stem,
    maxLength - extension.length,
    MAX_FILE_NAME_BYTES - utf8Bytes(extension)
  ).replace(/[.\s]+$/, '')
  return `${kept}${extension}`
}
