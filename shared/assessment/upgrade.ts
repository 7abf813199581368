import type { ParseResult } from '../util/validation'
import { CURRENT_ASSESSMENT_FORMAT_VERSION } from './assessment'
import { upgradeV1toV2 } from './upgrade-v1'
import { upgradeV2toV3 } from './upgrade-v2'

/** A raw assessment file as a plain JSON object, before schema validation. */
export type RawAssessmentFile = Record<string, unknown>

/**
 * Turns a file of format version N into version N + 1. An upgrader receives a document that
 * claims version N (not yet schema-checked), returns the N + 1 shape with `formatVersion` set to
 * N + 1, and throws an Error with a readable message if the file cannot be upgraded.
 * Upgraders must be pure: the caller's object is never modified.
 */
export type AssessmentUpgrader = (file: Readonly<RawAssessmentFile>) => RawAssessmentFile

/**
 * One upgrader per version step, keyed by the version it upgrades *from*, each in its own file
 * with a test built from a real file of the older version; old files flow through the chain on
 * load.
 */
export const ASSESSMENT_UPGRADERS: Readonly<Record<number, AssessmentUpgrader>> = Object.freeze({
  1: upgradeV1toV2,
  2: upgradeV2toV3
})

/**
 * Upgrades a raw file of an older format version step by step to the current one.
 * Versions newer than the current one are refused by the caller before this runs.
 */
export function upgradeAssessmentFile(
  file: Readonly<RawAssessmentFile>,
  fromVersion: number,
  upgraders: Readonly<Record<number, AssessmentUpgrader>> = ASSESSMENT_UPGRADERS,
  currentVersion: number = CURRENT_ASSESSMENT_FORMAT_VERSION
): ParseResult<RawAssessmentFile> {
  let doc: RawAssessmentFile = { ...file }
  for (let version = fromVersion; version < currentVersion; version++) {
    const upgrader = Object.prototype.hasOwnProperty.call(upgraders, version)
      ? upgraders[version]
      : undefined
    if (upgrader === undefined) {
      return {
        ok: false,
        issues: [
          {
            path: 'formatVersion',
            message: `formatVersion ${fromVersion} cannot be read by this app (no upgrade from ${version} to ${version + 1}; the oldest supported version is ${oldestSupportedVersion(upgraders, currentVersion)})`
          }
        ]
      }
    }
    try {
      doc = upgrader(doc)
    } catch (error) {
      return {
        ok: false,
        issues: [
          {
            path: 'formatVersion',
            message: `upgrading from formatVersion ${version} to ${version + 1} failed: ${(error as Error).message}`
          }
        ]
      }
    }
    if (doc.formatVersion !== version + 1) {
      // A programming error in an upgrader; caught here so a broken chain never loops or skips.
      return {
        ok: false,
        issues: [
          {
            path: 'formatVersion',
            message: `the upgrade from formatVersion ${version} did not produce formatVersion ${version + 1}`
          }
        ]
      }
    }
  }
  return { ok: true, value: doc }
}

/** The lowest version from which an unbroken chain of upgraders reaches the current one. */
export function oldestSupportedVersion(
  upgraders: Readonly<Record<number, AssessmentUpgrader>> = ASSESSMENT_UPGRADERS,
  currentVersion: number = CURRENT_ASSESSMENT_FORMAT_VERSION
): number {
  let version = currentVersion
  while (version > 1 && Object.prototype.hasOwnProperty.call(upgraders, version - 1)) version--
  return version
}
