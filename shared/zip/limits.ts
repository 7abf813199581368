/**
 * What a reader of a zip-based file allows (reliability.md XLS-04): every limit is checked on the
 * central directory before a byte is inflated, and the real inflated sizes are enforced while
 * inflating, because declared sizes are written by whoever made the file. Each kind of file
 * (package, backup, workbook) declares its own numbers; the checks are the same for all.
 */
export interface ZipLimits {
  /** The file itself, checked before anything else. */
  maxArchiveBytes: number
  /** Entries in the central directory. */
  maxEntries: number
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalBytes: number
  /** Uncompressed ÷ compressed size of one entry, above which it is treated as a zip bomb. */
  maxCompressionRatio: number
  /** Entries smaller than this are never refused for their ratio: they cannot hurt. */
  ratioFloorBytes: number
}

const MiB = 1024 * 1024

/** Renders a byte count for a message: `12.5 MiB`, `800 bytes`. */
export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < MiB) return `${(bytes / 1024).toFixed(1)} KiB`
  if (bytes < 1024 * MiB) return `${(bytes / MiB).toFixed(1)} MiB`
  return `${(bytes / 1024 / MiB).toFixed(2)} GiB`
}
