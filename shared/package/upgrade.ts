import type { Upgrader, UpgradeChain } from '../util/upgrade-chain'
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
 * Turns a package of version N into version N + 1 (util/upgrade-chain.ts): sets
 * `manifest.packageVersion` to N + 1 and keeps each part's `sha256` and `size` true for the bytes
 * it returns. Each entry's CRC-32 has already been checked, so damaged bytes never reach an
 * upgrader.
 */
export type PackageUpgrader = Upgrader<RawPackage>

/**
 * One upgrader per version step, keyed by the version it upgrades *from*. Version 1 is the first
 * package format, so the chain is empty; when version 2 arrives, add `1: upgradeV1toV2` (its own
 * file, tested on a real v1 package) and bump CURRENT_PACKAGE_VERSION.
 */
export const PACKAGE_UPGRADERS: Readonly<Record<number, PackageUpgrader>> = Object.freeze({})

/** The package's upgrade chain; tests may give other upgraders or another current version. */
export function packageUpgradeChain(
  upgraders: Readonly<Record<number, PackageUpgrader>> = PACKAGE_UPGRADERS,
  current: number = CURRENT_PACKAGE_VERSION
): UpgradeChain<RawPackage> {
  return {
    versionField: 'packageVersion',
    place: { part: 'manifest.json', field: 'packageVersion' },
    versionOf: (pkg) => pkg.manifest.packageVersion,
    upgraders,
    current
  }
}
