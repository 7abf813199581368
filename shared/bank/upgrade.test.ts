import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../util/canonical-json'
import { sha256Hex } from '../util/sha256'
import { bankContentHash } from './identity'
import { parseBank } from './parse'
import { minimalBankInput } from '../testing'
import { SUPPORTED_BANK_SCHEMA_VERSIONS, upgradeBank } from './upgrade'

/** The fixture bank written in the version-1 draft format (one `profile`). */
function v1Bank(): Record<string, unknown> {
  const { profiles, defaultProfileId: _default, ...rest } = minimalBankInput()
  return { ...rest, schemaVersion: 1, profile: profiles[0] }
}

describe('upgradeBank', () => {
  it('knows versions 1, 2 and 3', () => {
    expect(SUPPORTED_BANK_SCHEMA_VERSIONS).toEqual([1, 2, 3])
  })

  it('reads a v2 bank as a v3 bank that says the same, with the same identity', () => {
    const v2 = { ...minimalBankInput(), schemaVersion: 2 }
    const result = upgradeBank(v2)
    expect(result).toEqual({ ok: true, value: { ...v2, schemaVersion: 3 } })
    const fromV2 = parseBank(v2)
    const fromV3 = parseBank(minimalBankInput())
    expect(fromV2.ok && fromV3.ok).toBe(true)
    if (!fromV2.ok || !fromV3.ok) return
    expect(fromV2.value).toEqual(fromV3.value)
    // The identity is computed as format 2: what a v2 file hashed to before it still does.
    expect(bankContentHash(fromV2.value)).toBe(
      sha256Hex(canonicalJson({ ...fromV2.value, schemaVersion: 2 }))
    )
  })

  it('leaves a current bank as it is', () => {
    const bank = minimalBankInput()
    const result = upgradeBank(bank)
    expect(result).toEqual({ ok: true, value: bank })
  })

  it('turns a v1 profile into profiles + defaultProfileId', () => {
    const raw = v1Bank()
    const result = upgradeBank(raw)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.schemaVersion).toBe(3)
    expect(result.value.profile).toBeUndefined()
    expect(result.value.profiles).toEqual([raw.profile])
    expect(result.value.defaultProfileId).toBe('default')
  })

  it('does not modify its input', () => {
    const raw = v1Bank()
    const before = structuredClone(raw)
    upgradeBank(raw)
    expect(raw).toEqual(before)
  })

  it('makes a v1 bank parse to the same bank as its v2 form', () => {
    const fromV1 = parseBank(v1Bank())
    const fromV2 = parseBank({ ...minimalBankInput(), profiles: [minimalBankInput().profiles[0]] })
    expect(fromV1.ok).toBe(true)
    expect(fromV1).toEqual(fromV2)
  })

  it('explains a v1 bank without a profile', () => {
    const { profile: _profile, ...raw } = v1Bank()
    expect(upgradeBank(raw)).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'profile',
          place: { field: 'profile' },
          code: 'upgrade.stepRefused',
          message: 'upgrading schemaVersion 1 → 2: a version-1 bank needs a single "profile" object'
        }
      ]
    })
    const noId = { ...v1Bank(), profile: { name: 'x' } }
    const result = upgradeBank(noId)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]!.path).toBe('profile.id')
  })

  it('refuses a future version with a clear message', () => {
    expect(upgradeBank({ ...minimalBankInput(), schemaVersion: 7 })).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'schemaVersion',
          code: 'upgrade.versionNewer',
          message:
            'schemaVersion 7 is newer than this app supports (3); update the app to open this file'
        }
      ]
    })
  })

  it('refuses a missing or malformed schemaVersion', () => {
    const { schemaVersion: _v, ...missing } = minimalBankInput()
    expect(upgradeBank(missing)).toMatchObject({
      ok: false,
      issues: [{ path: 'schemaVersion', message: 'schemaVersion is missing' }]
    })
    for (const bad of ['2', 1.5, 0, -1, null, true]) {
      const result = upgradeBank({ ...minimalBankInput(), schemaVersion: bad })
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.issues).toMatchObject([
          {
            path: 'schemaVersion',
            message: `schemaVersion must be a whole number ≥ 1, got ${JSON.stringify(bad)}`
          }
        ])
      }
    }
  })

  it('refuses what is not an object', () => {
    for (const raw of [null, [], 'bank', 3]) {
      expect(upgradeBank(raw)).toEqual({
        ok: false,
        issues: [
          {
            path: '(root)',
            place: {},
            code: 'bank.notObject',
            message: 'a bank must be a JSON object'
          }
        ]
      })
    }
  })
})
