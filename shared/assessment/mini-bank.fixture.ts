import type { Bank, BankInput } from '../bank/bank'
import { fiveLevelProfile } from '../bank/five-level-profile'
import { bankSchema } from '../bank/bank'
import type { Assessment } from './assessment'

/**
 * A tiny bank with one question of every type and one factor, for unit tests of the assessment
 * format. It does not depend on the shipped default bank, which changes with the standard.
 */
const t = (zh: string, en: string): { 'zh-CN': string; 'en-US': string } => ({
  'zh-CN': zh,
  'en-US': en
})

export const miniBankInput: BankInput = {
  schemaVersion: 2,
  id: 'mini',
  version: '1.0.0',
  title: t('测试题库', 'Test bank'),
  status: t('测试', 'test'),
  maturityAnchors: [
    t('未建立', 'None'),
    t('初始', 'Initial'),
    t('规范', 'Defined'),
    t('量化', 'Measured'),
    t('优化', 'Optimizing')
  ],
  pillars: [
    {
      id: 'A',
      title: t('组织保障', 'Organization'),
      sections: [
        {
          id: 'A1',
          kind: 'section',
          title: t('组织架构', 'Structure'),
          source: 'P',
          questions: [
            {
              id: 'A1.01',
              type: 'maturity',
              text: t('成熟度', 'Maturity'),
              weight: 3,
              critical: true,
              source: 'P'
            },
            {
              id: 'A1.02',
              type: 'yesPartialNo',
              text: t('是否', 'Yes/no'),
              allowNA: true,
              source: 'P'
            },
            {
              id: 'A1.03',
              type: 'singleChoice',
              text: t('单选', 'Single'),
              source: 'P',
              options: [
                { id: 'a', label: t('甲', 'A'), score: 100 },
                { id: 'b', label: t('乙', 'B'), score: 0 }
              ]
            },
            {
              id: 'A1.04',
              type: 'multiChoice',
              text: t('多选', 'Multi'),
              source: 'P',
              options: [
                { id: 'x', label: t('X', 'X'), score: 50 },
                { id: 'y', label: t('Y', 'Y'), score: 50 },
                { id: 'none', label: t('无', 'None'), score: 0, exclusive: true }
              ]
            },
            {
              id: 'A1.05',
              type: 'number',
              text: t('人数', 'Headcount'),
              integer: true,
              min: 0,
              max: 1000,
              source: 'P'
            },
            { id: 'A1.06', type: 'percentage', text: t('比例', 'Share'), source: 'P' },
            { id: 'A1.07', type: 'date', text: t('日期', 'Date'), source: 'P' },
            { id: 'A1.08', type: 'text', text: t('说明', 'Notes'), required: false, source: 'P' },
            {
              id: 'A1.09',
              type: 'evidence',
              text: t('证据', 'Evidence'),
              required: false,
              source: 'P'
            }
          ]
        }
      ]
    },
    {
      id: 'C',
      title: t('过程保障', 'Process'),
      sections: [
        {
          id: 'C3',
          kind: 'process',
          title: t('监控告警管理', 'Monitoring'),
          source: 'F',
          questions: [
            {
              id: 'C3.01',
              type: 'maturity',
              text: t('告警平台', 'Alerting'),
              weight: 3,
              source: 'P'
            }
          ]
        }
      ]
    }
  ],
  factors: [
    {
      id: 'F01',
      name: t('故障监控发现率', 'Fault monitoring discovery rate'),
      definition: t('监控发现的故障占比', 'Share of faults found by monitoring'),
      inputs: [
        { id: 'N_fault', label: t('故障数', 'Faults'), unit: t('次', 'times'), integer: true },
        {
          id: 'N_mon',
          label: t('监控发现数', 'Found by monitoring'),
          unit: t('次', 'times'),
          integer: true
        }
      ],
      constraints: [{ left: 'N_mon', op: 'lte', right: 'N_fault' }],
      formula: { kind: 'ratio', numerator: 'N_mon', denominator: 'N_fault' },
      display: 'percent',
      direction: 'higher',
      target: 0.95,
      bands: [
        { grade: 'A', threshold: 0.95, score: 100 },
        { grade: 'B', threshold: 0.9, score: 80 },
        { grade: 'C', threshold: 0.8, score: 60 },
        { grade: 'D', threshold: 0.6, score: 40 },
        { grade: 'E', threshold: null, score: 20 }
      ],
      feeds: 'C3',
      source: 'P'
    }
  ],
  profiles: [
    fiveLevelProfile({
      id: 'default',
      version: '1.0.0',
      name: t('默认', 'Default'),
      pillarWeights: { A: 0.2, C: 0.8 },
      sectionWeights: { A1: 1, C3: 1 }
    })
  ],
  defaultProfileId: 'default'
}

export const miniBank: Bank = bankSchema.parse(miniBankInput)

/** A valid assessment for the mini bank; `bankHash` is the mini bank's content hash. */
export function miniAssessment(bankHash: string): Assessment {
  return {
    id: 'asm-1',
    createdAt: '2025-07-01T09:00:00+08:00',
    updatedAt: '2025-07-02T17:30:00+08:00',
    metadata: {
      institution: '示例证券股份有限公司',
      scope: ['集中交易系统', '网上交易系统'],
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
