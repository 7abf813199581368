/**
 * Assessment packages (docs/package-format.md): one zip file carrying one or several assessments,
 * their evidence files and optionally their banks, for moving work between machines. Pure
 * TypeScript over Uint8Array: runs unchanged in the renderer, a worker, main and the CLI.
 */
export { writePackage, writePackageAsync } from './write-package'
export type { PackageEvidence, WritePackageInput } from './write-package'
export { INTERNAL_ERROR_PREFIX, PACKAGE_PATH, readPackage, readPackageAsync } from './read-package'
export type { PackageContents } from './read-package'
export { DEFAULT_PACKAGE_LIMITS, describeBytes } from './limits'
export type { PackageLimits } from './limits'
export {
  CURRENT_PACKAGE_VERSION,
  PACKAGE_KIND,
  packageManifestSchema,
  packagePartSchema
} from './manifest'
export type { PackageManifest, PackagePart } from './manifest'
export { MANIFEST_PATH, assessmentPartPath, bankPartPath, evidencePartPath } from './paths'
export type { PartRole } from './paths'
export { PACKAGE_UPGRADERS, packageUpgradeChain } from './upgrade'
export type { PackageUpgrader, RawPackage } from './upgrade'
