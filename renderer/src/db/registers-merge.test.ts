import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { Assessment } from '@shared/assessment/assessment'
import { figureMeasurer } from '@shared/registers'
import { PERIOD } from '@shared/registers/test-support'
import {
  loadedBank11,
  readKnownRegisters,
  REGISTER_SYSTEMS,
  REGISTERS_IMPORTED_AT,
  registerMeasures,
  theirsIncidents
} from '@shared/testing/registers-sample'
import type { StabilityDatabase } from './database'
import { loadAssessment } from './repos/assessments'
import { applyStoredMerge, planStoredMerge } from './repos/merge'
import { readRegisters } from './repos/registers'
import { freshDatabases, importReadRegisters, storeSampleWithEvidence } from './test-support'

/**
 * A merge of two copies with different 故障台账 files, in IndexedDB: the lead takes theirs; in one
 * transaction their file and rows are stored and the factor figures are measured again from them
 * (hand-computed: 35 + 2 incidents, 29 + 1 found by monitoring, 集中交易 down 116 + 30 minutes
 * in trading hours), with the merge decision and the new figures in the audit log.
 */
const { bank, ref } = loadedBank11()
const measurer = figureMeasurer(bank, registerMeasures())
const now = new Date(REGISTERS_IMPORTED_AT)

const databases = freshDatabases('registers-merge')

async function storedWithRegisters(): Promise<{ db: StabilityDatabase; id: string }> {
  const db = await databases.open([{ bank, ref }], now)
  const { assessment } = await storeSampleWithEvidence(db, bank, 4, now.toISOString())
  const row = (await db.assessments.get(assessment.id))!
  await db.assessments.put({
    ...row,
    metadata: { ...row.metadata, period: PERIOD, systems: REGISTER_SYSTEMS }
  })
  // Per-system figures of the sample's own systems would only be in the way.
  await db.factorInputs
    .where('assessmentId')
    .equals(assessment.id)
    .modify((entry) => {
      delete entry.bySystem
    })
  const read = await readKnownRegisters()
  const writes = measurer.figures({ period: PERIOD, systems: REGISTER_SYSTEMS }, read.tables)
  await importReadRegisters(db, assessment.id, read, writes, now)
  return { db, id: assessment.id }
}

/** Theirs: the same assessment whose 故障台账 is another file with two more incidents. */
function theirsOf(mine: Assessment): Assessment {
  const registers = mine.registers!.registers.map((r) =>
    r.table.kind !== 'incidents' ? r : theirsIncidents(r)
  )
  return { ...mine, registers: { registers, overrides: {} } }
}

describe('merging registers in the database', () => {
  it('stores the chosen file and the figures measured from its rows, in one go', async () => {
    const { db, id } = await storedWithRegisters()
    const before = await db.factorInputs.get([id, 'F01'])
    expect([before?.values.N_fault, before?.values.N_mon]).toEqual([35, 29])
    expect((await db.factorInputs.get([id, 'F16']))?.bySystem?.['sys-1']?.T_down_trading).toBe(116)

    const mine = (await loadAssessment(db, id))!
    const { result } = await planStoredMerge(db, theirsOf(mine), measurer)
    if (!result.ok) throw new Error(result.message)
    const conflict = result.plan.conflicts.find((c) => c.key === 'register:incidents')
    expect(conflict?.kind).toBe('register')
    expect(result.plan.conflicts.map((c) => c.key)).toEqual(['register:incidents'])

    const at = '2026-12-07T09:00:00.000Z'
    await applyStoredMerge(
      db,
      result.plan,
      { 'register:incidents': 'theirs' },
      {
        by: '王芳',
        at,
        measurer
      }
    )
    const stored = await readRegisters(db, id)
    const incidents = stored!.registers.find((r) => r.table.kind === 'incidents')!
    expect(incidents.source).toMatchObject({ name: '故障台账 对方.xlsx', sha256: 'b'.repeat(64) })
    expect(incidents.table.rows).toHaveLength(39)
    const f01 = await db.factorInputs.get([id, 'F01'])
    expect([f01?.values.N_fault, f01?.values.N_mon]).toEqual([37, 30])
    expect((await db.factorInputs.get([id, 'F16']))?.bySystem?.['sys-1']?.T_down_trading).toBe(146)
    const log = await db.auditLog.where('assessmentId').equals(id).toArray()
    expect(log.find((e) => e.target === 'register:incidents')?.action).toBe('assessment.merge')
    expect(log.find((e) => e.target === 'registers' && e.at === at)?.newValue).toMatchObject({
      'F01.N_fault': 37,
      'F01.N_mon': 30,
      'F16.T_down_trading@sys-1': 146
    })
  })

  it('a stale plan writes nothing', async () => {
    const { db, id } = await storedWithRegisters()
    const mine = (await loadAssessment(db, id))!
    const { result } = await planStoredMerge(db, theirsOf(mine), measurer)
    if (!result.ok) throw new Error(result.message)
    await db.factorInputs.update([id, 'F02'], { comment: 'changed meanwhile' })
    await expect(
      applyStoredMerge(
        db,
        result.plan,
        { 'register:incidents': 'theirs' },
        {
          by: '王芳',
          at: '2026-12-07T09:00:00.000Z',
          measurer
        }
      )
    ).rejects.toThrow(/changed after the merge was planned/)
    const stored = await readRegisters(db, id)
    expect(stored!.registers.find((r) => r.table.kind === 'incidents')!.source.name).toBe(
      '台账 2026.xlsx'
    )
    expect((await db.factorInputs.get([id, 'F01']))?.values.N_fault).toBe(35)
  })
})
