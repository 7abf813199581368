import type { Upgrader, UpgradeChain } from '../util/upgrade-chain'
import { CURRENT_ASSESSMENT_FORMAT_VERSION } from './assessment'
import { upgradeV1toV2 } from './upgrade-v1'
import { upgradeV2toV3 } from './upgrade-v2'

/** A raw assessment file as a plain JSON object, before schema validation. */
export type RawAssessmentFile = Record<string, unknown>

/**
 * Turns a file of format version N into version N + 1 (util/upgrade-chain.ts): it receives a
 * document that claims version N (not yet schema-checked) and returns the N + 1 shape with
 * `formatVersion` set to N + 1.
 */
export type AssessmentUpgrader = Upgrader<RawAssessmentFile>

/**
 * One upgrader per version step, keyed by the version it upgrades *from*, each in its own file
 * with a test built from a real file of the older version; old files flow through the chain on
 * load.
 */
export const ASSESSMENT_UPGRADERS: Readonly<Record<number, AssessmentUpgrader>> = Object.freeze({
  1: upgradeV1toV2,
  2: upgradeV2toV3
})

/** The assessment file's upgrade chain; tests may give other upgraders or another current version. */
export function assessmentUpgradeChain(
  upgraders: Readonly<Record<number, AssessmentUpgrader>> = ASSESSMENT_UPGRADERS,
  current: number = CURRENT_ASSESSMENT_FORMAT_VERSION
): UpgradeChain<RawAssessmentFile> {
  return {
    versionField: 'formatVersion',
    place: { field: 'formatVersion' },
    versionOf: (file) => file.formatVersion,
    upgraders,
    current
  }
}
