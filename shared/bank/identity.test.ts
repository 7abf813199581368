import { describe, expect, it } from 'vitest'
import type { Bank } from './bank'
import { bankContentHash, bankRef, loadBank, sameBank } from './identity'
import { parseBank } from './parse'
import { isoDateSchema } from './primitives'
import { minimalBankInput } from '../testing'

function parsed(raw: unknown): Bank {
  const result = parseBank(raw)
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.value
}

/** The same JSON with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, item]) => [key, reverseKeys(item)])
    )
  }
  return value
}

/** Every path to a bilingual text in the fixture, as [object, locale] pairs. */
function textSlots(value: unknown, out: Array<[Record<string, string>, string]> = []) {
  if (Array.isArray(value)) value.forEach((item) => textSlots(item, out))
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    if (typeof record['zh-CN'] === 'string' && typeof record['en-US'] === 'string') {
      out.push(
        [record as Record<string, string>, 'zh-CN'],
        [record as Record<string, string>, 'en-US']
      )
    } else Object.values(record).forEach((item) => textSlots(item, out))
  }
  return out
}

describe('bankContentHash', () => {
  const reference = bankContentHash(parsed(minimalBankInput()))

  it('is a lower-case SHA-256 hex string', () => {
    expect(reference).toMatch(/^[0-9a-f]{64}$/)
  })

  it('does not depend on key order', () => {
    expect(bankContentHash(parsed(reverseKeys(minimalBankInput())))).toBe(reference)
  })

  it('does not depend on whether defaults are written out', () => {
    const explicit = minimalBankInput()
    Object.assign(explicit.pillars[0]!.sections[0]!.questions[1]!, {
      required: true,
      critical: false
    })
    expect(bankContentHash(parsed(explicit))).toBe(reference)
  })

  it('changes when any text changes, in either language', () => {
    const slots = textSlots(minimalBankInput())
    expect(slots.length).toBeGreaterThan(50)
    const hashes = new Set<string>([reference])
    slots.forEach((_slot, index) => {
      const bank = minimalBankInput()
      const [text, locale] = textSlots(bank)[index]!
      text[locale] = `${text[locale]}。`
      hashes.add(bankContentHash(parsed(bank)))
    })
    expect(hashes.size).toBe(slots.length + 1)
  })

  it('changes when a number changes', () => {
    const bank = minimalBankInput()
    bank.factors![0]!.bands[1]!.threshold = 0.91
    expect(bankContentHash(parsed(bank))).not.toBe(reference)
  })
})

describe('loadBank and bankRef', () => {
  it('returns the parsed bank with its id, version and content hash', () => {
    const result = loadBank(minimalBankInput())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.ref).toEqual({
      id: 'fixture-bank',
      version: '0.1.0',
      contentHash: bankContentHash(result.value.bank)
    })
    expect(sameBank(result.value.ref, bankRef(result.value.bank))).toBe(true)
    expect(sameBank(result.value.ref, { ...result.value.ref, version: '0.1.1' })).toBe(false)
  })

  it('passes parse issues through', () => {
    const result = loadBank({ ...minimalBankInput(), schemaVersion: 9 })
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'schemaVersion',
          message:
            'schemaVersion 9 is newer than this app supports (3); update the app to open this file'
        }
      ]
    })
  })
})

describe('isoDateSchema', () => {
  it('accepts real dates and refuses impossible ones that Date.parse would roll over', () => {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true)
    for (const bad of ['2025-02-30', '2025-02-29', '2025-13-01', '2025-04-31', '2025-1-01']) {
      expect(isoDateSchema.safeParse(bad).success, bad).toBe(false)
    }
  })
})
