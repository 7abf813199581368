/**
 * The importer's fast cell and row checks against the plain ones they replaced (issue 12, Scale):
 * the plain-spelled date-time told from its character codes, a choice or yes/no column's first
 * texts compared before its Map, and the duplicate-id index — each over generated cells, every
 * value and problem the same as the regular expressions and the Map gave.
 */
import { describe, expect, it } from 'vitest'
import { readRegisterFile } from '.'
import { registerField } from './kinds'
import { jsonChars } from './stored-size'
import { cellReader, readValue } from './values'

/** The date-time reading before the character-code one: the regular expressions, as they were. */
const SPELLED =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T|\s*)(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}(?:\.\d+)?)\s*秒?|\s*分)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:[ T]?(\d{2})(\d{2})(\d{2})?)?$/
const PLAIN = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const pad = (n: number, width = 2) => String(n).padStart(width, '0')
function stamp(y: number, mo: number, d: number, h = 0, mi = 0): string | undefined {
  if (y < 1900 || y > 2200 || h > 23 || mi > 59 || mo < 1 || mo > 12 || d < 1) return undefined
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  if (d > (mo === 2 && leap ? 29 : DAYS[mo - 1]!)) return undefined
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`
}
function oldFromText(text: string): string | undefined {
  const plain = PLAIN.exec(text)
  if (plain !== null)
    return stamp(+plain[1]!, +plain[2]!, +plain[3]!, +plain[4]!, +plain[5]!) === undefined
      ? undefined
      : `${text.slice(0, 10)}T${text.slice(11, 16)}`
  const match = SPELLED.exec(text) ?? COMPACT.exec(text)
  if (match === null) return undefined
  const [, y, mo, d, h, mi] = match
  return stamp(Number(y), Number(mo), Number(d), h === undefined ? 0 : Number(h), Number(mi ?? 0))
}
/** A text cell's date-time as it was read (serial numbers as text are read the same either way). */
function oldDateTime(raw: string): string | undefined {
  const text = raw.trim()
  if (/^\d+(?:\.\d+)?$/.test(text) && !COMPACT.test(text)) return undefined // a serial: not here
  return oldFromText(text)
}

/** Texts near the plain spelling: every position's digit, separator and length varied. */
function dateTimeTexts(): string[] {
  const texts = new Set<string>()
  const bases = ['2026-03-05 09:30', '2024-02-29T23:59', '1900-01-01 00:00', '2200-12-31 23:59']
  const swaps = ['0', '9', '3', '-', ':', ' ', 'T', '/', '.', 'a', '１', '年', '\t', '']
  for (const base of bases)
    for (let at = 0; at <= base.length; at++)
      for (const swap of swaps) {
        texts.add(base.slice(0, at) + swap + base.slice(at + 1))
        texts.add(base.slice(0, at) + swap + base.slice(at))
      }
  for (const y of [1899, 1900, 2023, 2024, 2100, 2200, 2201])
    for (const mo of [0, 1, 2, 4, 12, 13])
      for (const d of [0, 1, 28, 29, 30, 31, 32])
        for (const [h, mi] of [
          [0, 0],
          [23, 59],
          [24, 0],
          [12, 60]
        ])
          texts.add(`${pad(y, 4)}-${pad(mo)}-${pad(d)} ${pad(h!)}:${pad(mi!)}`)
  for (const text of [
    ' 2026-03-05 09:30',
    '2026-03-05 09:30 ',
    '2026-03-05  09:30',
    '2026-03-05 09:30:15',
    '2026-3-5 9:30',
    '2026/03/05 09:30',
    '2026年3月5日 9时30分',
    '20260305 0930',
    '2026-03-05',
    '2026-03-05T09:30Z',
    '2026-03-05 09:30+08:00',
    '२०२६-03-05 09:30',
    'not a time'
  ])
    texts.add(text)
  return [...texts]
}

describe('a date-time column read from text', () => {
  const field = registerField('changes', 'implemented')!
  const day = registerField('drills', 'date')!

  it('accepts and refuses every text as the regular expressions did, normalised alike', () => {
    const texts = dateTimeTexts()
    expect(texts.length).toBeGreaterThan(1000)
    let accepted = 0
    for (const text of texts) {
      if (text.trim() === '') continue
      const old = oldDateTime(text)
      const read = readValue(field, text)
      if (old === undefined && /^\s*\d+(?:\.\d+)?\s*$/.test(text)) continue // serial numbers
      expect([text, read]).toEqual([
        text,
        old === undefined
          ? { problem: expect.objectContaining({ code: 'register.notDateTime' }) }
          : { value: old }
      ])
      if (old !== undefined) {
        accepted++
        expect(readValue(day, text)).toEqual({ value: old.slice(0, 10) })
      }
    }
    expect(accepted).toBeGreaterThan(200)
  })

  it('reads the same through a column reader, remembered or not', () => {
    const read = cellReader(field, jsonChars)
    for (const text of [...dateTimeTexts(), ...dateTimeTexts()]) {
      if (text.trim() === '') continue
      const plain = readValue(field, text)
      const got = read(text)
      expect(got).toEqual('problem' in plain ? plain : { ...plain, chars: jsonChars(plain.value) })
    }
  })
})

describe('a choice or yes/no column read from text', () => {
  it('gives each cell what readValue gives, whatever came before it in the column', () => {
    const spellings = [
      ['标准', '一般', '紧急', ' 标准 ', 'Standard', 'STANDARD', '标准变更', '常规', 'x', ''],
      ['是', '否', 'Y', 'n', 'yes', 'No', 'TRUE', 'false', '1', '0', '对', '不', 'maybe', ' 是']
    ]
    const fields = [registerField('changes', 'changeType')!, registerField('changes', 'automated')!]
    fields.forEach((field, f) => {
      const texts = spellings[f]!
      const read = cellReader(field, jsonChars)
      // Each spelling after each other one, twice over: the first texts a reader compares
      // are then every one of them, in every order.
      for (let round = 0; round < 2; round++)
        for (const a of texts)
          for (const b of texts)
            for (const text of [a, b]) {
              if (text === '') continue
              const plain = readValue(field, text)
              expect(read(text)).toEqual(
                'problem' in plain ? plain : { ...plain, chars: jsonChars(plain.value) }
              )
            }
    })
  })
})

describe('ids told apart', () => {
  it('names every repeated id with the row of its first, over thousands of rows', async () => {
    // 5,000 rows, ids repeating every 3,000 rows and a few within a short distance; ids of the
    // same hash (FNV-1a: costarring and liquid …) are different ids.
    const lines = ['变更编号,系统,实施时间']
    const ids: string[] = []
    const sameHash = ['costarring', 'liquid', 'declinate', 'macallums', 'altarage', 'zinke']
    for (let i = 0; i < 5000; i++) {
      const id = sameHash[i % 1000] ?? (i % 997 === 5 ? `C${i - 1}` : `C${i % 3000}`)
      ids.push(id)
      lines.push(`${id},集中交易系统,2026-03-05 09:30`)
    }
    const read = await readRegisterFile('c.csv', new TextEncoder().encode(lines.join('\n')), {
      importedAt: '2026-12-06T13:00:00Z'
    })
    if (read.ok) throw new Error('read')
    const expected: Array<{ row: number; id: string; first: number }> = []
    const first = new Map<string, number>()
    ids.forEach((id, i) => {
      const at = first.get(id)
      if (at === undefined) first.set(id, i + 2)
      else expected.push({ row: i + 2, id, first: at })
    })
    expect(expected.length).toBeGreaterThan(1990)
    expect(
      read.issues.map((issue) => ({
        row: 'row' in issue.place ? issue.place.row : undefined,
        id: issue.params?.id,
        first: issue.params?.first,
        code: issue.code
      }))
    ).toEqual(expected.map((e) => ({ ...e, code: 'register.duplicateId' })))
  })
})

describe('a row’s values', () => {
  it('are a plain object, as a literal would be (tests, clones and JSON see no difference)', async () => {
    const csv =
      '变更编号,系统,实施时间,结果\nC1,清算系统,2026-03-05 09:30,成功\nC2,清算系统,2026-03-06 10:00,'
    const read = await readRegisterFile('c.csv', new TextEncoder().encode(csv), {
      importedAt: '2026-12-06T13:00:00Z'
    })
    if (!read.ok) throw new Error('read')
    const [first, second] = read.value.tables[0]!.rows.map((r) => r.values)
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype)
    expect(first).toStrictEqual({
      changeId: 'C1',
      system: '清算系统',
      implemented: '2026-03-05T09:30',
      result: 'success'
    })
    expect(structuredClone(second)).toStrictEqual({
      changeId: 'C2',
      system: '清算系统',
      implemented: '2026-03-06T10:00'
    })
  })
})
