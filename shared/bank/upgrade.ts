import type { ParseResult, ValidationIssue } from '../util/validation'
import { CURRENT_BANK_SCHEMA_VERSION } from './bank'

/** A bank file as plain JSON, before schema validation. */
export type RawBank = Record<string, unknown>

/** Turns a bank of version n into version n + 1, or explains why it cannot. */
type Upgrader = (bank: RawBank) => ParseResult<RawBank>

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * v1 → v2: the first draft format had one `profile`; v2 keeps a list of profiles and names the
 * default, so several scoring profiles (e.g. "SAC default" and "equal thirds") can ship together.
 */
function upgradeV1ToV2(bank: RawBank): ParseResult<RawBank> {
  const { profile, ...rest } = bank
  const issues: ValidationIssue[] = []
  if (!isRecord(profile)) {
    issues.push({ path: 'profile', message: 'a version-1 bank needs a single "profile" object' })
  } else if (typeof profile.id !== 'string' || profile.id === '') {
    issues.push({
      path: 'profile.id',
      message: 'the profile needs an id (it becomes defaultProfileId)'
    })
  }
  if ('profiles' in bank || 'defaultProfileId' in bank) {
    issues.push({
      path: 'profiles',
      message:
        'a version-1 bank has a single "profile"; "profiles"/"defaultProfileId" belong to version 2'
    })
  }
  if (issues.length > 0 || !isRecord(profile)) return { ok: false, issues }
  return {
    ok: true,
    value: { ...rest, schemaVersion: 2, profiles: [profile], defaultProfileId: profile.id }
  }
}

/** Keyed by the version an upgrader starts from; the chain must reach the current version. */
const UPGRADERS: Readonly<Record<number, Upgrader>> = {
  1: upgradeV1ToV2
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
  if (!isRecord(raw)) {
    return { ok: false, issues: [{ path: '(root)', message: 'a bank must be a JSON object' }] }
  }
  const version = raw.schemaVersion
  if (version === undefined) {
    return { ok: false, issues: [{ path: 'schemaVersion', message: 'schemaVersion is missing' }] }
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      issues: [
        {
          path: 'schemaVersion',
          message: `schemaVersion must be a positive whole number, not ${JSON.stringify(version)}`
        }
      ]
    }
  }
  if (version > CURRENT_BANK_SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [
        {
          path: 'schemaVersion',
          message: `schemaVersion ${version} is newer than this app supports (${CURRENT_BANK_SCHEMA_VERSION})`
        }
      ]
    }
  }
  let current: RawBank = { ...raw }
  for (let from = version; from < CURRENT_BANK_SCHEMA_VERSION; from++) {
    const upgrader = UPGRADERS[from]
    if (upgrader === undefined) {
      return {
        ok: false,
        issues: [
          {
            path: 'schemaVersion',
            message: `schemaVersion ${version} is not a known bank format (known: ${SUPPORTED_BANK_SCHEMA_VERSIONS.join(', ')})`
          }
        ]
      }
    }
    const step = upgrader(current)
    if (!step.ok) {
      return {
        ok: false,
        issues: step.issues.map((issue) => ({
          path: issue.path,
          message: `upgrading schemaVersion ${from} → ${from + 1}: ${issue.message}`
        }))
      }
    }
    current = { ...step.value, schemaVersion: from + 1 }
  }
  return { ok: true, value: current }
}
