import { issueText } from '../util/issue-codes'
import type { Upgrader, UpgradeChain } from '../util/upgrade-chain'
import { UpgradeRefusal, runUpgradeChain } from '../util/upgrade-chain'
import type { ParseResult, ValidationIssue } from '../util/validation'
import { fieldIssue, wholeFileIssue } from '../util/validation'
import { CURRENT_BANK_SCHEMA_VERSION } from './bank'

/** A bank file as plain JSON, before schema validation. */
export type RawBank = Record<string, unknown>

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * v1 → v2: the first draft format had one `profile`; v2 keeps a list of profiles and names the
 * default, so several scoring profiles (e.g. "SAC default" and "equal thirds") can ship together.
 */
function upgradeV1ToV2(bank: Readonly<RawBank>): RawBank {
  const { profile, ...rest } = bank
  const issues: ValidationIssue[] = []
  if (!isRecord(profile)) issues.push(fieldIssue('profile', issueText('upgrade.bankV1Profile')))
  else if (typeof profile.id !== 'string' || profile.id === '')
    issues.push(fieldIssue('profile.id', issueText('upgrade.bankV1ProfileId')))
  if ('profiles' in bank || 'defaultProfileId' in bank)
    issues.push(fieldIssue('profiles', issueText('upgrade.bankV1Profiles')))
  if (issues.length > 0 || !isRecord(profile)) throw new UpgradeRefusal(issues)
  return { ...rest, schemaVersion: 2, profiles: [profile], defaultProfileId: profile.id }
}

/**
 * v2 → v3: version 3 only adds optional fields (factor `weight`, `perSystem`, `smallSample`,
 * `replaces`; red-line `class` and `input`; profile `factorShares`), each of whose absence means
 * exactly what a version-2 bank meant (weight 1, entered once for the firm, no small-sample
 * rule, regulatory red lines, factor share 1 − questionnaireShare). So a version-2 bank is a
 * valid version-3 bank as it stands, and keeps its identity (see bankContentHash).
 */
function upgradeV2ToV3(bank: Readonly<RawBank>): RawBank {
  return { ...bank, schemaVersion: 3 }
}

/** Keyed by the version an upgrader starts from; the chain must reach the current version. */
const UPGRADERS: Readonly<Record<number, Upgrader<RawBank>>> = {
  1: upgradeV1ToV2,
  2: upgradeV2ToV3
}

const BANK_UPGRADE_CHAIN: UpgradeChain<RawBank> = {
  versionField: 'schemaVersion',
  place: { field: 'schemaVersion' },
  versionOf: (bank) => bank.schemaVersion,
  upgraders: UPGRADERS,
  current: CURRENT_BANK_SCHEMA_VERSION
}

/** Every schema version this app can read. */
export const SUPPORTED_BANK_SCHEMA_VERSIONS: readonly number[] = [
  ...Object.keys(UPGRADERS).map(Number),
  CURRENT_BANK_SCHEMA_VERSION
].sort((a, b) => a - b)

/**
 * Brings a raw bank file up to the current schema version by running the per-version upgraders
 * in turn (v1 → v2 → …). It does not validate anything beyond what an upgrader needs; the result
 * still has to go through the schema. The input is never modified.
 * Refuses a missing or malformed `schemaVersion`, an unknown old version and any future version.
 */
export function upgradeBank(raw: unknown): ParseResult<RawBank> {
  if (!isRecord(raw))
    return { ok: false, issues: [wholeFileIssue(issueText('bank.notObject'), '(root)')] }
  return runUpgradeChain(raw, BANK_UPGRADE_CHAIN)
}
