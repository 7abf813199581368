import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { loadedDefaultBank } from '@shared/testing/default-bank'
import { filledTemplate, PERIOD } from '@shared/registers/test-support'
import type { StabilityDatabase } from '../../db/database'
import { databaseChecksum } from '../../db/checksum'
import { createAssessment, loadAssessment } from '../../db/repos/assessments'
import { listAudit } from '../../db/repos/audit'
import { finalizeAssessment } from '../../db/repos/lifecycle'
import { readRegisters } from '../../db/repos/registers'
import { readRegisterHeads } from '../../db/repos/register-store'
import { databasePerTest, TEST_NEW_ASSESSMENT } from '../../db/test-support'
import type { FigureSummary, MeasureScope, StoreReply } from './measure-messages'
import { RegisterMeasureSession, RegistersNotHeld } from './measure-session'
import { runMeasureCall } from './measure-protocol'
import { registerIdentity } from './register-identity'
import { registerStore } from './worker-database'

let db: StabilityDatabase
databasePerTest('store-read-test', (opened) => {
  db = opened
})

const { bank } = loadedDefaultBank()
const scope: MeasureScope = {
  bank: { id: bank.id, version: bank.version, factors: bank.factors },
  metadata: { period: PERIOD, systems: [] }
}
const options = { importedAt: '2026-12-06T00:00:00.000Z' }
const newAssessment = () =>
  createAssessment(
    db,
    { ...TEST_NEW_ASSESSMENT, metadata: { ...TEST_NEW_ASSESSMENT.metadata, period: PERIOD } },
    '张伟'
  )

/** A session as the register worker runs it, over this test's database. */
const session = () => new RegisterMeasureSession(registerStore(() => db))

async function readKnown(on: RegisterMeasureSession, assessmentId: string) {
  const at = { database: db.name, assessmentId }
  const bytes = await filledTemplate()
  const read = await runMeasureCall(on, {
    id: 1,
    type: 'read',
    request: {
      name: 'known.xlsx',
      file: new Blob([bytes as Uint8Array<ArrayBuffer>]),
      options,
      scope,
      held: { ids: [], from: at }
    }
  })
  const outcome = read as Awaited<ReturnType<RegisterMeasureSession['read']>>
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues))
  return { at, writes: outcome.preview.writes }
}

describe('storing an import where its rows are (the register worker)', () => {
  it('writes the registers, the figures and one audit entry; a new session reads the rows back', async () => {
    const id = await newAssessment()
    const worker = session()
    const { at, writes } = await readKnown(worker, id)
    const stored = (await runMeasureCall(worker, {
      id: 2,
      type: 'store',
      request: { at, by: '张伟', writes }
    })) as StoreReply

    const registers = (await readRegisters(db, id))!
    expect(registers.registers.map((r) => [r.table.kind, r.table.rows.length])).toEqual([
      ['systems', 3],
      ['incidents', 37],
      ['changes', 11],
      ['drills', 4],
      ['stressTests', 3]
    ])
    // What the screens read live: the heads, without a row.
    const heads = (await readRegisterHeads(db, id))!
    expect(heads.registers.every((r) => !('rowsJson' in r.table) && !('rows' in r.table))).toBe(
      true
    )
    expect(stored.ids).toEqual(heads.registers.map(registerIdentity))
    const f01 = (await loadAssessment(db, id))?.factors.find((f) => f.factorId === 'F01')
    expect([f01?.values.N_mon, f01?.values.N_fault]).toEqual([29, 35])
    expect(
      (await listAudit(db, id)).filter((e) => e.target === 'registers:known.xlsx')
    ).toHaveLength(1)

    // A worker started afresh (or another window's) reads the stored rows from the database.
    const figures = (await runMeasureCall(session(), {
      id: 3,
      type: 'figures',
      held: { ids: stored.ids, from: at },
      scope
    })) as FigureSummary[]
    const mon = figures.find((f) => f.key === 'F01.N_mon')!
    expect([mon.value, mon.counted]).toEqual([29, 29])
    // The store's reply carried these figures already (the preview measured them): the page
    // shows them without asking again.
    const value = ({ key, value, counted, excluded }: FigureSummary) => [
      key,
      value,
      counted,
      excluded
    ]
    expect(stored.figures.map(value)).toEqual(figures.map(value))
  }, 60_000)

  it('a refused store writes nothing and keeps the registers held before', async () => {
    const id = await newAssessment()
    const worker = session()
    const { at, writes } = await readKnown(worker, id)
    await finalizeAssessment(db, id, { by: '张伟', contentHash: 'c'.repeat(64) })
    const before = await databaseChecksum(db)
    await expect(
      runMeasureCall(worker, { id: 2, type: 'store', request: { at, by: '张伟', writes } })
    ).rejects.toThrow(/finalized/)
    expect(await databaseChecksum(db)).toBe(before)
    // Still what the database holds: no registers.
    const none = await runMeasureCall(worker, {
      id: 3,
      type: 'figures',
      held: { ids: [], from: at },
      scope
    })
    expect((none as Array<{ counted: number }>).every((f) => f.counted === 0)).toBe(true)
  }, 60_000)

  it('refuses to measure registers other than the ones the page names', async () => {
    const id = await newAssessment()
    const at = { database: db.name, assessmentId: id }
    await expect(
      runMeasureCall(session(), {
        id: 1,
        type: 'figures',
        held: { ids: ['changes:x'], from: at },
        scope
      })
    ).rejects.toBeInstanceOf(RegistersNotHeld)
  })
})
