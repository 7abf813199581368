import { describe, expect, it } from 'vitest'
import type { Assessment, EvidenceRef } from '../assessment/assessment'
import { generateSampleAssessment } from '../sample'
import { defaultBank } from '../testing/default-bank'
import { buildReportDocument } from '../report-doc/build-document'
import { cellText, type Block } from '../report-doc/document'
import { buildReportModel } from './build-model'
import { reportLabels } from './labels'

const bank = defaultBank()
const AT = '2025-07-20T10:00:00+08:00'
const screenshot: EvidenceRef = {
  kind: 'file',
  id: 'ev-shot',
  name: 'A1.01_20250630-142305.png',
  sha256: 'b'.repeat(64),
  size: 4096,
  mimeType: 'image/png',
  effectiveDate: '2025-06-30',
  caption: '6 月 30 日监控大屏：告警均已闭环'
}
const register: EvidenceRef = {
  kind: 'reference',
  id: 'ev-reg',
  name: '《值班记录》',
  location: '机房',
  effectiveDate: '2025-06-01'
}
const plain: EvidenceRef = { kind: 'reference', id: 'ev-plain', name: '《应急预案》' }

/** The sample with the three pieces of evidence on its first question. */
function withEvidence(): Assessment {
  const sample = generateSampleAssessment(bank, { seed: 2 })
  const first = bank.pillars[0]!.sections[0]!.questions[0]!.id
  const others = sample.answers.filter((a) => a.questionId !== first)
  const own = sample.answers.find((a) => a.questionId === first)!
  return { ...sample, answers: [{ ...own, evidence: [screenshot, register, plain] }, ...others] }
}

describe('evidence date and caption in the reports', () => {
  it('follow each name in the workbook’s evidence column, the SHA-256 on the same line', () => {
    const assessment = withEvidence()
    const id = assessment.answers[0]!.questionId
    for (const [locale, lines] of [
      [
        'zh-CN',
        [
          'A1.01_20250630-142305.png（证据日期 2025-06-30；6 月 30 日监控大屏：告警均已闭环）',
          '《值班记录》（机房）（证据日期 2025-06-01）',
          '《应急预案》'
        ]
      ],
      [
        'en-US',
        [
          'A1.01_20250630-142305.png (dated 2025-06-30; 6 月 30 日监控大屏：告警均已闭环)',
          '《值班记录》 (机房) (dated 2025-06-01)',
          '《应急预案》'
        ]
      ]
    ] as const) {
      const model = buildReportModel({ bank, assessment, locale, generatedAt: AT })
      const row = model.details.find((d) => d.id === id)!
      expect(row.evidenceNames.split('\n')).toEqual(lines)
      expect(row.evidenceHashes.split('\n')).toEqual(['b'.repeat(64), '—', '—'])
      expect(reportLabels(locale).evidenceDetails.date).toContain('{date}')
    }
  })

  it('follow each name in the Word report’s evidence index', () => {
    const doc = buildReportDocument({ bank, assessment: withEvidence(), generatedAt: AT })
    const blocks: Block[] = doc.sections.flatMap((s) => s.blocks)
    const index = blocks.find((b) => b.kind === 'table' && b.name === 'evidence')
    if (index?.kind !== 'table') throw new Error('no evidence index in the report')
    const names = index.rows.map((row) => cellText(row[1]!))
    expect(names).toContain(
      'A1.01_20250630-142305.png（证据日期 2025-06-30；6 月 30 日监控大屏：告警均已闭环）'
    )
    expect(names).toContain('《值班记录》（证据日期 2025-06-01）')
    expect(names).toContain('《应急预案》')
  })
})
