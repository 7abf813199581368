import type { Assessment } from '../assessment/assessment'
import { bankSchema, type Bank, type BankInput } from '../bank/bank'
import { fiveLevelProfile } from '../bank/five-level-profile'
import { twoKeySystems } from './assessment-builders'
import { bankInput, faultDiscoveryFactor, q, t2 } from './bank-builders'

/**
 * A tiny bank with one question of every type and one factor, for unit tests of the assessment
 * format. It does not depend on the shipped default bank, which changes with the standard.
 */
export const miniBankInput: BankInput = bankInput({
  id: 'mini',
  title: t2('测试题库', 'Test bank'),
  status: t2('测试', 'test'),
  pillars: [
    {
      id: 'A',
      title: t2('组织保障', 'Organization'),
      sections: [
        {
          id: 'A1',
          title: t2('组织架构', 'Structure'),
          questions: [
            q.maturity('A1.01', { text: t2('成熟度', 'Maturity'), weight: 3, critical: true }),
            q.ypn('A1.02', { text: t2('是否', 'Yes/no'), allowNA: true }),
            q.single(
              'A1.03',
              [
                { id: 'a', label: t2('甲', 'A'), score: 100 },
                { id: 'b', label: t2('乙', 'B'), score: 0 }
              ],
              { text: t2('单选', 'Single') }
            ),
            q.multi(
              'A1.04',
              [
                { id: 'x', label: t2('X', 'X'), score: 50 },
                { id: 'y', label: t2('Y', 'Y'), score: 50 },
                { id: 'none', label: t2('无', 'None'), score: 0, exclusive: true }
              ],
              { text: t2('多选', 'Multi') }
            ),
            q.number('A1.05', { text: t2('人数', 'Headcount'), integer: true, min: 0, max: 1000 }),
            q.percentage('A1.06', { text: t2('比例', 'Share') }),
            q.date('A1.07', { text: t2('日期', 'Date') }),
            q.text('A1.08', { text: t2('说明', 'Notes'), required: false }),
            q.evidence('A1.09', { text: t2('证据', 'Evidence'), required: false })
          ]
        }
      ]
    },
    {
      id: 'C',
      title: t2('过程保障', 'Process'),
      sections: [
        {
          id: 'C3',
          kind: 'process',
          title: t2('监控告警管理', 'Monitoring'),
          source: 'F',
          questions: [q.maturity('C3.01', { text: t2('告警平台', 'Alerting'), weight: 3 })]
        }
      ]
    }
  ],
  factors: [faultDiscoveryFactor('C3')],
  profiles: [
    fiveLevelProfile({
      id: 'default',
      version: '1.0.0',
      name: t2('默认', 'Default'),
      pillarWeights: { A: 0.2, C: 0.8 },
      sectionWeights: { A1: 1, C3: 1 }
    })
  ]
})

export const miniBank: Bank = bankSchema.parse(miniBankInput)

/** A valid assessment for the mini bank; `bankHash` is the mini bank's content hash. */
export function miniAssessment(bankHash: string): Assessment {
  return {
    id: 'asm-1',
    createdAt: '2025-07-01T09:00:00+08:00',
    updatedAt: '2025-07-02T17:30:00+08:00',
    metadata: {
      institution: '示例证券股份有限公司',
      systems: twoKeySystems(),
      period: { start: '2024-07-01', end: '2025-06-30' },
      assessors: ['张伟', '李娜'],
      notes: '年度自评估'
    },
    bank: { id: 'mini', version: '1.0.0', contentHash: bankHash },
    profile: miniBank.profiles[0]!,
    status: 'draft',
    answers: [
      {
        questionId: 'A1.01',
        value: 3,
        evidence: [{ kind: 'reference', id: 'ev-1', name: '《信息系统应急预案（2025年修订）》' }],
        flagged: false,
        carriedOver: false,
        answeredBy: '张伟',
        answeredAt: '2025-07-01T10:00:00+08:00'
      },
      {
        questionId: 'A1.02',
        value: null,
        na: { justification: '本机构未设横向团队' },
        evidence: [],
        flagged: false,
        carriedOver: false
      },
      { questionId: 'A1.03', value: 'a', evidence: [], flagged: false, carriedOver: false },
      { questionId: 'A1.04', value: ['x', 'y'], evidence: [], flagged: false, carriedOver: false },
      { questionId: 'A1.05', value: 42, evidence: [], flagged: false, carriedOver: false },
      { questionId: 'A1.06', value: 87.5, evidence: [], flagged: false, carriedOver: false },
      {
        questionId: 'A1.07',
        value: '2025-03-31',
        evidence: [],
        flagged: false,
        carriedOver: false
      },
      {
        questionId: 'A1.08',
        value: '说明文字',
        comment: '备注',
        evidence: [],
        flagged: true,
        carriedOver: false
      },
      {
        questionId: 'A1.09',
        value: null,
        evidence: [
          {
            kind: 'file',
            id: 'ev-2',
            name: '组织架构图.pdf',
            sha256: 'ab'.repeat(32),
            size: 123_456,
            mimeType: 'application/pdf'
          }
        ],
        flagged: false,
        carriedOver: false
      },
      { questionId: 'C3.01', value: 2, evidence: [], flagged: false, carriedOver: false }
    ],
    factors: [{ factorId: 'F01', values: { N_fault: 42, N_mon: 38 }, evidence: [] }],
    findings: [
      {
        findingId: 'q:C3.01',
        owner: '王芳',
        dueDate: '2025-12-31',
        action: '建设统一告警平台',
        status: 'open'
      }
    ],
    auditLog: [
      { id: 'au-1', at: '2025-07-01T09:00:00+08:00', by: '张伟', action: 'assessment.create' },
      {
        id: 'au-2',
        at: '2025-07-01T10:00:00+08:00',
        by: '张伟',
        action: 'answer.set',
        target: 'question:A1.01',
        newValue: 3
      }
    ]
  }
}
