import type { ParseResult } from '../util/validation'
import { CURRENT_PACKAGE_VERSION } from './manifest'

/**
 * A package before schema checks: the raw manifest object and every part's bytes by path.
 * Older package versions are upgraded in this form, so an upgrader can move or rewrite parts
 * as well as manifest fields.
 */
export interface RawPackage {
  manifest: Record<string, unknown>
  files: ReadonlyMap<string, Uint8Array>
}

/**
 * Turns a package of version N into version N + 1: pure (never modifies its input), sets
 * `manifest.packageVersion` to N + 1, keeps each part's `sha256` and `size` true for the bytes it
 * returns, and throws an Error with a readable message when the package cannot be upgraded.
 * Each entry's CRC-32 has already been checked, so damaged bytes never reach an upgrader.
 */
export type PackageUpgrader = (pkg: Readonly<RawPackage>) => RawPackage

/**
 * One upgrader per version step, keyed by the version it upgrades *from*. Version 1 is the first
 * package format, so the chain is empty; when version 2 arrives, add `1: upgradeV1toV2` (its own
 * file, tested on a real v1 package) and bump CURRENT_PACKAGE_VERSION.
 */
export const PACKAGE_UPGRADERS: Readonly<Record<number, PackageUpgrader>> = Object.freeze({})

const failure = (message: string): { ok: false; issues: [{ path: string; message: string }] } => ({
  ok: false,
  issues: [{ path: 'manifest.json: packageVersion', message }]
})

/** The lowest version from which an unbroken chain of upgraders reaches the current one. */
export function oldestSupportedPackageVersion(
  upgraders: Readonly<Record<number, PackageUpgrader>> = PACKAGE_UPGRADERS,
  current: number = CURRENT_PACKAGE_VERSION
): number {
  let version = current
  while (version > 1 && Object.prototype.hasOwnProperty.call(upgraders, version - 1)) version--
  return version
}

/**
 * Checks the raw manifest's packageVersion and upgrades an older package step by step.
 * A missing, non-integer or newer version is refused: a newer package is never guessed at.
 */
export function upgradePackage(
  pkg: RawPackage,
  upgraders: Readonly<Record<number, PackageUpgrader>> = PACKAGE_UPGRADERS,
  current: number = CURRENT_PACKAGE_VERSION
): ParseResult<RawPackage> {
  const version = pkg.manifest.packageVersion
  if (version === undefined) return failure('packageVersion is missing')
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return failure(`packageVersion must be a whole number ≥ 1, got ${JSON.stringify(version)}`)
  if (version > current)
    return failure(
      `packageVersion ${version} is newer than this app supports (${current}); update the app to open this package`
    )
  let doc = pkg
  for (let step = version; step < current; step++) {
    const upgrader = Object.prototype.hasOwnProperty.call(upgraders, step)
      ? upgraders[step]
      : undefined
    if (upgrader === undefined)
      return failure(
        `packageVersion ${version} cannot be read by this app (no upgrade from ${step} to ${step + 1}; the oldest supported version is ${oldestSupportedPackageVersion(upgraders, current)})`
      )
    try {
      doc = upgrader(doc)
    } catch (error) {
      return failure(
        `upgrading from packageVersion ${step} to ${step + 1} failed: ${(error as Error).message}`
      )
    }
    if (doc.manifest.packageVersion !== step + 1)
      return failure(`the upgrade from packageVersion ${step} did not produce version ${step + 1}`)
  }
  return { ok: true, value: doc }
}
