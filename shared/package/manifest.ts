import { z } from 'zod'
import { confidentialityStampSchema } from './confidentiality-stamp'

/** Identifies a package's manifest; anything else is not our package. */
export const PACKAGE_KIND = 'stability-assessor/package'
/** The package format this code writes; older packages are upgraded on reading (upgrade.ts). */
export const CURRENT_PACKAGE_VERSION = 1

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex')

/** One file of the package other than the manifest itself. */
export const packagePartSchema = z
  .object({
    path: z.string().min(1).max(255),
    role: z.enum(['assessment', 'evidence', 'bank']),
    /** Uncompressed size in bytes. */
    size: z.number().int().min(0),
    sha256: sha256Hex,
    /** Evidence only: a file name the blob was attached under, for people unpacking by hand. */
    name: z.string().trim().min(1).max(500).optional(),
    /** Evidence only. */
    mimeType: z.string().max(200).optional()
  })
  .strict()
export type PackagePart = z.infer<typeof packagePartSchema>

/** `manifest.json`: what the package holds. Every object is strict, as in the assessment format. */
export const packageManifestSchema = z
  .object({
    kind: z.literal(PACKAGE_KIND),
    packageVersion: z.literal(CURRENT_PACKAGE_VERSION),
    /** The strictest confidentiality label of its assessments (absent in older packages). */
    confidentiality: confidentialityStampSchema.optional(),
    exportedAt: z.iso.datetime({ offset: true }),
    generator: z.string().trim().min(1).max(200),
    parts: z.array(packagePartSchema).max(100_000)
  })
  .strict()
export type PackageManifest = z.infer<typeof packageManifestSchema>
