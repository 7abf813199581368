/**
 * The one door for zip-based files (packages, backups, .xlsx workbooks): a hardened reader
 * (directory, names, layout, sizes, ratios, overlaps, real inflated sizes and CRCs) and a
 * deterministic writer. Readers of a kind of file only declare its layout and limits (ZipSpec).
 * Nothing else in the code base parses or writes the zip format (shared/zip/boundary.test.ts).
 */
export { crc32 } from './crc32'
export { startsLikeZip } from './format'
export { inflateEntry, inflateEntryAsync } from './inflate'
export { describeBytes } from './limits'
export type { ZipLimits } from './limits'
export { openZip, unzipChecked, unzipCheckedAsync } from './open'
export type { UnzippedFile, ZipSpec } from './open'
export type { PlannedEntry, ZipLayout } from './preflight'
export { displayName } from './read'
export { decodeUtf8, encodeUtf8 } from './text'
export type { ZipEntry } from './read'
export { deflateEntryAsync, keepsDeflated, writeZip, writeZipAsync } from './write'
export type { ZipWriteEntry, ZipWriteOptions } from './write'
