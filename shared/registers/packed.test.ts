import { describe, expect, it } from 'vitest'
import type { StoredRegister } from '../assessment/registers-record'
import { isPacked, packRegister, unpackRegister } from './packed'

const register: StoredRegister = {
  source: {
    name: '故障台账.csv',
    sha256: 'ab'.repeat(32),
    bytes: 99,
    importedAt: '2026-12-06T00:00:00.000Z'
  },
  table: {
    kind: 'incidents',
    sheet: '故障台账',
    rows: [
      { row: 2, values: { incidentId: 'I1', system: '集中交易', reported: true, improvements: 2 } },
      { row: 4, values: { incidentId: 'I2', start: '2026-03-05T09:30' } }
    ],
    leftOut: [3],
    repeatedHeaders: 1
  }
}

describe('registers packed for storage', () => {
  it('keeps every row, value and type, and the count, through packing', () => {
    const packed = packRegister(register)
    expect(packed.table.rowCount).toBe(2)
    expect(typeof packed.table.rowsJson).toBe('string')
    expect('rows' in packed.table).toBe(false)
    expect([isPacked(packed), isPacked(register)]).toEqual([true, false])
    expect(unpackRegister(packed)).toEqual(register)
  })
})
