import { describe, expect, it } from 'vitest'
import { loadedDefaultBank } from '@shared/testing/default-bank'
import { filledTemplate, PERIOD } from '@shared/registers/test-support'
import { unpackTable } from '@shared/registers/packed'
import { readRegisterFile } from '@shared/registers/read-file'
import { storedRowsChars } from '@shared/registers/stored-size'
import { describeIssue } from '@shared/issues/describe'
import { PROBLEMS_SENT, type MeasureScope, type ReadRequest } from './measure-messages'
import { RegisterMeasureSession, RegistersNotHeld } from './measure-session'
import { registerIdentity } from './register-identity'

const { bank } = loadedDefaultBank()
const scope: MeasureScope = {
  bank: { id: bank.id, version: bank.version, factors: bank.factors },
  metadata: { period: PERIOD, systems: [] }
}
const options = { importedAt: '2026-12-06T00:00:00.000Z' }
/** The file as picked: a Blob of the bytes. */
const blob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>])

/**
 * Reads file `name` (picked with `content`) in `session` for `scope`, with `held` registers (none
 * unless given) and read options (`options` unless given).
 */
function readFile(
  session: RegisterMeasureSession,
  name: string,
  content: Uint8Array | string,
  request: Partial<Pick<ReadRequest, 'held' | 'options'>> = {}
): ReturnType<RegisterMeasureSession['read']> {
  return session.read({
    name,
    file: typeof content === 'string' ? new Blob([content]) : blob(content),
    options: request.options ?? options,
    scope,
    held: request.held ?? { ids: [], tables: [] }
  })
}

describe('the register session (what the register worker runs)', () => {
  it('reads the known registers into a preview of counts and figures; the rows stay until taken', async () => {
    const session = new RegisterMeasureSession()
    const bytes = await filledTemplate()
    const read = await readFile(session, 'known.xlsx', bytes)
    if (!read.ok) throw new Error(JSON.stringify(read.issues))
    const { preview } = read
    expect(preview.tables.map((t) => [t.kind, t.rows])).toEqual([
      ['systems', 3],
      ['incidents', 37],
      ['changes', 11],
      ['drills', 4],
      ['stressTests', 3]
    ])
    const incidents = preview.rows.find((r) => r.kind === 'incidents')
    expect(incidents).toEqual({
      kind: 'incidents',
      before: 0,
      after: 37,
      added: 37,
      removed: 0,
      changed: 0
    })
    const n = (key: string) => preview.writes.find((w) => `${w.factorId}.${w.inputId}` === key)
    expect([n('F01.N_mon')?.value, n('F01.N_fault')?.value]).toEqual([29, 35])
    const change = preview.figures.find((f) => f.key === 'F01.N_mon')
    expect([change?.before, change?.after]).toEqual([undefined, 29])

    // Confirmed: the rows come out once, and the session holds the registers after the import.
    const taken = session.take()
    const incidentsTaken = taken.read.tables.find((t) => t.kind === 'incidents')!
    expect(incidentsTaken.rowCount).toBe(37)
    expect(unpackTable(incidentsTaken).rows.map((r) => r.values.incidentId)).toContain('I31')
    const stored = taken.read.tables.map((table) => ({ source: taken.read.source, table }))
    expect(taken.ids).toEqual(stored.map(registerIdentity))
    expect(() => session.take()).toThrow('no register file read')

    // The figures then need only the ids; a page of rows is asked for by index.
    const figures = session.figures({ ids: taken.ids }, scope)
    const found = figures.find((f) => f.key === 'F01.N_mon')!
    expect([found.value, found.counted, found.excluded]).toEqual([29, 29, 8])
    const page = session.rows({
      measurement: found.measurement,
      key: found.key,
      which: 'counted',
      offset: 20,
      limit: 10
    })
    expect([page.rows.length, page.total]).toEqual([9, 29])
    const excluded = session.rows({
      measurement: found.measurement,
      key: 'F01.N_fault',
      which: 'excluded',
      offset: 0,
      limit: 10
    })
    expect(excluded.rows.map((r) => ('reason' in r ? [r.id, r.reason.code] : []))).toEqual([
      ['I30', 'outsidePeriod'],
      ['I31', 'outsidePeriod']
    ])

    // Registers it does not hold must be sent with their rows.
    expect(() => session.figures({ ids: ['other'] }, scope)).toThrow(RegistersNotHeld)

    // The same file again: nothing added, removed or changed, and no figure moves.
    const again = await readFile(session, 'known.xlsx', bytes, { held: { ids: taken.ids } })
    if (!again.ok) throw new Error('refused')
    expect(again.preview.rows.find((r) => r.kind === 'incidents')).toMatchObject({
      before: 37,
      after: 37,
      added: 0,
      removed: 0,
      changed: 0
    })
    expect(again.preview.figures).toEqual([])
  }, 60_000)

  it('passes a refusal through with every row problem placed', async () => {
    const session = new RegisterMeasureSession()
    const csv = new TextEncoder().encode(
      '故障编号,系统,监管等级,开始时间,发现时间,发现方式,恢复时间\nI1,集中交易,一般,not a date,2026-01-01 10:00,监控告警,2026-01-01 11:00'
    )
    const read = await readFile(session, 'bad.csv', csv)
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.rowsWithProblems).toEqual({ 'bad.csv': [2] })
    expect([read.issues.length, read.problems]).toEqual([1, 1])
    expect(() => session.take()).toThrow('no register file read')
  })

  it('sends the page the first problems of thousands and how many, every row with one named', async () => {
    const session = new RegisterMeasureSession()
    const rows = Array.from({ length: 1500 }, (_, i) => `C${i},集中交易,一般,not a date,是,成功,否`)
    const csv = ['变更编号,系统,变更类型,实施时间,是否自动化发布,结果,是否引发故障', ...rows]
    const read = await readFile(session, 'bad.csv', csv.join('\n'))
    if (read.ok) throw new Error('read a register whose every row is wrong')
    expect([read.issues.length, read.problems]).toEqual([PROBLEMS_SENT, 1500])
    expect(describeIssue(read.issues[0]!, 'en-US')).toContain('not a date')
    expect(read.rowsWithProblems['bad.csv']).toEqual(Array.from({ length: 1500 }, (_, i) => i + 2))
  })

  it('refuses a file that fits alone but not with the registers stored, holding on to those', async () => {
    const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\n'))
    const changes = csv([
      '变更编号,系统,变更类型,实施时间,是否自动化发布,结果,是否引发故障',
      ...Array.from({ length: 40 }, (_, i) => `C${i},集中交易,一般,2026-03-05 09:30,是,成功,否`)
    ])
    const incidents = csv([
      '故障编号,系统,监管等级,开始时间,发现时间,发现方式,恢复时间',
      ...Array.from(
        { length: 30 },
        (_, i) => `I${i},集中交易,一般,2026-01-01 09:00,2026-01-01 10:00,监控告警,2026-01-01 11:00`
      )
    ])
    const size = async (name: string, bytes: Uint8Array) => {
      const read = await readRegisterFile(name, bytes, options)
      if (!read.ok) throw new Error(JSON.stringify(read.issues))
      return storedRowsChars(read.value.tables[0]!)
    }
    // Each file fits the limit alone; the two together are one character over it.
    const max = (await size('c.csv', changes)) + (await size('i.csv', incidents)) - 1
    const limited = { ...options, maxStoredChars: max }
    const session = new RegisterMeasureSession()
    const first = await readFile(session, 'c.csv', changes, { options: limited })
    expect(first.ok).toBe(true)
    const stored = session.take()

    const held = { ids: stored.ids }
    const both = await readFile(session, 'i.csv', incidents, { held, options: limited })
    expect(both.ok).toBe(false)
    if (both.ok) return
    expect(both.issues.map((i) => i.code)).toEqual(['register.tooLargeToSave'])
    expect(describeIssue(both.issues[0]!, 'zh-CN')).toContain('台账共 70 行')
    expect(describeIssue(both.issues[0]!, 'en-US')).toContain('the registers hold 70 rows')
    // Nothing to store, and the session still holds the registers stored before.
    expect(() => session.take()).toThrow('no register file read')
    const total = session.figures(held, scope).find((f) => f.key === 'F02.R_total')!
    expect(total.counted + total.excluded).toBe(40)

    // The same changes again replace the stored ones, so they fit.
    const again = await readFile(session, 'c.csv', changes, { held, options: limited })
    expect(again.ok).toBe(true)
  }, 60_000)
})
