import { describe, expect, it, vi } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import { parseAssessmentJson, serializeAssessmentFile } from '../assessment'
import { generateSampleAssessment } from '../sample'
import { defaultBank } from '../testing/default-bank'
import { ROUND_TRIP_STAMP as stamp, throughBackup, throughPackage } from '../testing/round-trip'
import { DEFAULT_PACKAGE_LIMITS } from './limits'

/**
 * A real register of 100,000 changes travels: its rows are written compact, one per line, so the
 * assessment part stays well under the 32 MiB a JSON part may hold (pretty-printed it was
 * ~40 MiB and the package was refused), and comes back deep-equal through a package and a backup.
 */
vi.setConfig({ testTimeout: 300_000 })

function withChanges(count: number): Assessment {
  const a = generateSampleAssessment(defaultBank(), { seed: 5 })
  a.factors = a.factors.map((entry) => ({ ...entry, evidence: [] }))
  a.answers = a.answers.map((answer) => ({ ...answer, evidence: [] }))
  const rows = Array.from({ length: count }, (_, i) => ({
    row: i + 2,
    values: {
      automated: i % 2 === 0,
      causedIncident: i % 97 === 0,
      changeId: `CHG-2026-${String(i).padStart(6, '0')}`,
      changeType: ['standard', 'normal', 'emergency'][i % 3]!,
      implemented: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}T10:30`,
      result: i % 50 === 0 ? 'rolledBack' : 'success',
      system: ['集中交易', '网上交易', '清算'][i % 3]!
    }
  }))
  a.registers = {
    registers: [
      {
        source: {
          name: '变更台账 2026.xlsx',
          sha256: 'a'.repeat(64),
          bytes: 9_876_543,
          importedAt: '2026-12-06T10:00:00.000Z'
        },
        table: { kind: 'changes', sheet: '变更台账', rows, leftOut: [], repeatedHeaders: 0 }
      }
    ],
    overrides: {}
  }
  return a
}

describe('a register of 100,000 changes', () => {
  const original = withChanges(100_000)
  const text = serializeAssessmentFile(original, stamp)
  const bytes = new TextEncoder().encode(text).length

  it('is written one compact row per line, under the JSON part limit', () => {
    expect(bytes).toBeLessThan(DEFAULT_PACKAGE_LIMITS.maxJsonBytes)
    // Pretty-printed as before it would not have fit.
    expect(
      new TextEncoder().encode(JSON.stringify(JSON.parse(text), null, 2)).length
    ).toBeGreaterThan(DEFAULT_PACKAGE_LIMITS.maxJsonBytes)
    expect(text).toMatch(
      /\n {8,}\{"row":2,"values":\{"automated":true,"causedIncident":true,"changeId":"CHG-2026-000000"/
    )
    const back = parseAssessmentJson(text)
    if (!back.ok) throw new Error(JSON.stringify(back.issues.slice(0, 3)))
    expect(back.value.assessment).toEqual(original)
    expect(serializeAssessmentFile(back.value.assessment, stamp)).toBe(text)
  })

  it('travels in a package and a backup', () => {
    expect(throughPackage(original).registers).toEqual(original.registers)
    expect(throughBackup(original).registers).toEqual(original.registers)
  })

  it('leaves a file without registers as it was: plain pretty-printed JSON', () => {
    const { registers: _r, ...plain } = original
    const file = serializeAssessmentFile(plain, stamp)
    expect(file).toBe(`${JSON.stringify(JSON.parse(file), null, 2)}\n`)
  })
})
