import type { ZipLimits } from '../zip/limits'

export { describeBytes } from '../zip/limits'

/**
 * Size limits for reading a package (reliability.md XLS-04, applied to our own zip format).
 * Every limit is checked on the zip's central directory before a single byte is inflated, and the
 * real inflated sizes are enforced while inflating, because declared sizes are written by whoever
 * made the file.
 */
export interface PackageLimits {
  /** The package file itself, checked before anything else. */
  maxPackageBytes: number
  /** Entries in the zip's central directory. */
  maxEntries: number
  /** Uncompressed size of any one part (evidence files are the large ones). */
  maxEntryBytes: number
  /** Uncompressed size of a JSON part (manifest, assessment, bank): the JSON reader's own cap. */
  maxJsonBytes: number
  /** Sum of the uncompressed sizes of all parts. */
  maxTotalBytes: number
  /** Uncompressed ÷ compressed size of one part, above which it is treated as a zip bomb. */
  maxCompressionRatio: number
  /** Parts smaller than this are never refused for their ratio: they cannot hurt. */
  ratioFloorBytes: number
}

const MiB = 1024 * 1024

/**
 * The defaults. Deflate cannot exceed a ratio of about 1032:1; real JSON compresses 5–30:1, so 200
 * leaves headroom while catching bombs (writePackage stores a part uncompressed rather than write
 * one this reader would refuse).
 */
export const DEFAULT_PACKAGE_LIMITS: Readonly<PackageLimits> = Object.freeze({
  maxPackageBytes: 512 * MiB,
  maxEntries: 10_000,
  maxEntryBytes: 256 * MiB,
  maxJsonBytes: 32 * MiB,
  maxTotalBytes: 1024 * MiB,
  maxCompressionRatio: 200,
  ratioFloorBytes: 1 * MiB
})

/** The package limits as the zip reader takes them. */
export function packageZipLimits(limits: PackageLimits): ZipLimits {
  return {
    maxArchiveBytes: limits.maxPackageBytes,
    maxEntries: limits.maxEntries,
    maxTotalBytes: limits.maxTotalBytes,
    maxCompressionRatio: limits.maxCompressionRatio,
    ratioFloorBytes: limits.ratioFloorBytes
  }
}
