import { describe, expect, it, vi } from 'vitest'
import { describeIssue } from '../issues/describe'
import { readRegisterFile } from './read-file'
import type { RegisterTable } from './read-table'
import { packTable } from './packed'
import {
  MAX_STORED_REGISTER_CHARS,
  registersTooLargeToSave,
  rowsJsonChars,
  storedRowsChars
} from './stored-size'

/*
 * The importer reads at most 200,000 rows a register, but an assessment's registers must also fit
 * the 32 MiB JSON part they are saved in: registers whose rows would take more than 28 MiB are
 * refused at import with a coded problem naming the limit, rather than read and then impossible
 * to export, package or back up.
 */
vi.setConfig({ testTimeout: 60_000 })
const NOW = '2026-12-07T03:00:00Z'

const changes = (count: number, idLength: number): RegisterTable => ({
  kind: 'changes',
  sheet: '变更台账',
  rows: Array.from({ length: count }, (_, i) => ({
    row: i + 2,
    values: { changeId: `C${String(i).padStart(idLength - 1, '0')}`, system: '集中交易' }
  })),
  leftOut: [],
  repeatedHeaders: 0
})

/** A changes register whose rows take exactly `chars` when saved (the last id padded to fit). */
function sized(chars: number): RegisterTable {
  const table = changes(Math.floor(chars / 20_100) - 1, 20_000)
  const short = chars - storedRowsChars(table)
  const last = table.rows.at(-1)!
  table.rows[table.rows.length - 1] = {
    ...last,
    values: { ...last.values, changeId: `${String(last.values.changeId)}${'9'.repeat(short)}` }
  }
  expect(storedRowsChars(table)).toBe(chars)
  return table
}

describe('registers too large to save', () => {
  it('fit up to the limit exactly, and are refused one character over it', () => {
    expect(MAX_STORED_REGISTER_CHARS).toBe(28 * 1024 * 1024)
    expect(registersTooLargeToSave([sized(MAX_STORED_REGISTER_CHARS)])).toBeUndefined()
    const problem = registersTooLargeToSave([sized(MAX_STORED_REGISTER_CHARS + 1)])
    expect(problem?.code).toBe('register.tooLargeToSave')
    const issue = { path: [], ...problem! }
    expect(describeIssue(issue, 'zh-CN')).toContain('台账共 1459 行')
    expect(describeIssue(issue, 'zh-CN')).toContain('上限 28 MiB')
    expect(describeIssue(issue, 'en-US')).toContain('over the 28 MiB')
  })

  it('count all registers of an assessment together, packed or not alike', () => {
    const half = sized(MAX_STORED_REGISTER_CHARS / 2)
    const packed = packTable(half)
    expect(storedRowsChars(packed)).toBe(storedRowsChars(half))
    expect(registersTooLargeToSave([half, { ...half, kind: 'incidents' }])).toBeUndefined()
    expect(registersTooLargeToSave([half, packed, changes(1, 10)])?.code).toBe(
      'register.tooLargeToSave'
    )
  })

  it('the importer refuses a file whose registers would not fit, whole, naming the limit', async () => {
    // The limit made small here: the same check over a file of the default limit's size reads
    // for a minute on a loaded machine (the wiring is what this shows).
    const lines = Array.from({ length: 40 }, (_, i) => `C${i},集中交易,2026-03-05 09:30`)
    const bytes = new TextEncoder().encode(`变更编号,系统,实施时间\n${lines.join('\n')}\n`)
    const fits = await readRegisterFile('c.csv', bytes, { importedAt: NOW })
    if (!fits.ok) throw new Error('the small register does not read')
    const chars = storedRowsChars(fits.value.tables[0]!)
    const atLimit = { importedAt: NOW, maxStoredChars: chars }
    expect((await readRegisterFile('c.csv', bytes, atLimit)).ok).toBe(true)
    const over = await readRegisterFile('c.csv', bytes, { ...atLimit, maxStoredChars: chars - 1 })
    expect(over.ok).toBe(false)
    if (over.ok) return
    expect(over.issues.map((i) => i.code)).toEqual(['register.tooLargeToSave'])
    expect(describeIssue(over.issues[0]!, 'en-US')).toContain('the registers hold 40 rows')
  })

  it('counts the rows as JSON.stringify writes them, escapes and all, without writing them', () => {
    const rows: RegisterTable['rows'] = [
      { row: 2, values: {} },
      { row: 10, values: { changeId: 'C1' } },
      {
        row: 123_456,
        values: {
          changeId: 'say "hi" \\ back\nslash\ttab\u0001',
          system: '集中交易系统 😀 \ud800 lone',
          minutes: -0.5,
          big: 1e21,
          auto: true,
          failed: false
        }
      }
    ]
    expect(rowsJsonChars(rows)).toBe(JSON.stringify(rows).length)
    expect(rowsJsonChars([])).toBe(JSON.stringify([]).length)
    const table = changes(1000, 12)
    expect(storedRowsChars(table)).toBe(storedRowsChars(packTable(table)))
  })

  it('counts a CSV register as it is read exactly as JSON.stringify writes its rows', async () => {
    // Escapes, a blank cell, a repeated header in other case (skipped), a row left out; ids
    // starting with the header's first letter are rows, not repeated headers.
    const csv = [
      'Change no.,System,Implemented at,Automated release,Result',
      'change-1,"集中 ""交易""\\系统",2026-03-05 09:30,yes,成功',
      'CHANGE NO.,system,IMPLEMENTED AT,automated release,result',
      'c2,清算\t系统 😀,2026/3/6 9:05,,失败',
      'C3,清算系统,2026-03-07 10:00,no,回退',
      'C4,清算系统,not a time,no,成功'
    ].join('\r\n')
    const bytes = new TextEncoder().encode(csv)
    const read = await readRegisterFile('c.csv', bytes, { importedAt: NOW, leaveOut: { '': [6] } })
    if (!read.ok) throw new Error(JSON.stringify(read.issues))
    const [table] = read.value.tables
    expect(table!.rows.map((r) => r.values.changeId)).toEqual(['change-1', 'c2', 'C3'])
    expect(table!.repeatedHeaders).toBe(1)
    expect(table!.leftOut).toEqual([6])
    expect(rowsJsonChars(table!.rows)).toBe(JSON.stringify(table!.rows).length)
  })
})
