import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { assessmentSchema } from '@shared/assessment/assessment'
import type { StabilityDatabase } from './database'
import { createAssessment, loadAssessment } from './repos/assessments'
import { listAudit } from './repos/audit'
import { saveReportField } from './repos/report-fields'
import { StorageError } from './storage-error'
import { databasePerTest, TEST_NEW_ASSESSMENT, later, T0 as t0 } from './test-support'

let db: StabilityDatabase

databasePerTest('report-fields-test', (opened) => {
  db = opened
})

describe('saveReportField', () => {
  it('stores the report number, label and narrative, logged, and removes a part cleared', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await saveReportField(db, id, 'reportNumber', ' 稳评〔2026〕第1号 ', '张伟', later(1))
    await saveReportField(db, id, 'confidentiality', 'secret', '张伟', later(2))
    await saveReportField(db, id, 'narrative:conclusion', '总体良好。', '李娜', later(3))
    let stored = await loadAssessment(db, id)
    expect(assessmentSchema.parse(stored)).toMatchObject({
      metadata: { reportNumber: '稳评〔2026〕第1号', confidentiality: 'secret' },
      narrative: { conclusion: '总体良好。' }
    })
    const audit = await listAudit(db, id)
    expect(
      audit.filter((e) => e.action === 'assessment.update').map((e) => [e.target, e.by, e.newValue])
    ).toEqual([
      ['reportNumber', '张伟', '稳评〔2026〕第1号'],
      ['confidentiality', '张伟', 'secret'],
      ['narrative:conclusion', '李娜', '总体良好。']
    ])
    await saveReportField(db, id, 'narrative:conclusion', '  ', '李娜', later(4))
    await saveReportField(db, id, 'reportNumber', '', '张伟', later(5))
    stored = await loadAssessment(db, id)
    expect(stored?.narrative).toBeUndefined()
    expect(stored?.metadata.reportNumber).toBeUndefined()
  })

  it('refuses a report number of two lines or an unknown label, and changes nothing', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await expect(saveReportField(db, id, 'reportNumber', 'A\nB', '张伟')).rejects.toBeInstanceOf(
      StorageError
    )
    await expect(
      saveReportField(db, id, 'confidentiality', 'topsecret', '张伟')
    ).rejects.toBeInstanceOf(StorageError)
    const stored = await loadAssessment(db, id)
    expect(stored?.metadata.reportNumber).toBeUndefined()
    expect(stored?.metadata.confidentiality).toBeUndefined()
  })
})
