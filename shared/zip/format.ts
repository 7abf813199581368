/**
 * The fixed parts of the zip format (PKWARE APPNOTE 6.3) that the writer and the reader share.
 * Only what the app's files need: stored (0) and deflated (8) entries, no ZIP64, no encryption,
 * one disk. These constants are the only place the format's signatures are written down
 * (shared/zip/boundary.test.ts fails on a copy elsewhere).
 */
export const LOCAL_HEADER_SIGNATURE = 0x04034b50
export const CENTRAL_HEADER_SIGNATURE = 0x02014b50
export const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50
export const ZIP64_LOCATOR_SIGNATURE = 0x07064b50

export const LOCAL_HEADER_SIZE = 30
export const CENTRAL_HEADER_SIZE = 46
export const END_RECORD_SIZE = 22
/** The end record's comment is at most 65,535 bytes, so the record lies within this many from the end. */
export const MAX_END_RECORD_SEARCH = END_RECORD_SIZE + 0xffff

export const METHOD_STORED = 0
export const METHOD_DEFLATED = 8
/** "Version needed to extract" 2.0: deflate. */
export const VERSION_NEEDED = 20

/** General-purpose flag bits. */
export const FLAG_ENCRYPTED = 0x0001
export const FLAG_DATA_DESCRIPTOR = 0x0008
export const FLAG_STRONG_ENCRYPTION = 0x0040

/**
 * Every entry carries the same MS-DOS time stamp, 1980-01-01 00:00:00 (the format's epoch), so the
 * same input gives the same bytes on any machine, in any time zone, at any time.
 */
export const FIXED_DOS_TIME = 0
export const FIXED_DOS_DATE = (0 << 9) | (1 << 5) | 1

/** Whether bytes start like a zip (a local file header): `PK\x03\x04`. */
export function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}
