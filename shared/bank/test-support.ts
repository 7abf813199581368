import { fiveLevelProfile } from './five-level-profile'
import type { BankInput } from './bank'
import type { ScoringProfile } from './profile'

/**
 * A small, valid bank that uses every question type, every formula family, all rule kinds and two
 * profiles. Tests clone it and break exactly one thing. Returns a fresh object on every call.
 */
export function minimalBankInput(): BankInput {
  const t = (zh: string, en: string): { 'zh-CN': string; 'en-US': string } => ({
    'zh-CN': zh,
    'en-US': en
  })
  const anchors = [
    t('未建立', 'Not in place'),
    t('初始', 'Initial'),
    t('规范', 'Defined'),
    t('量化', 'Measured'),
    t('优化', 'Optimizing')
  ] as const
  return {
    schemaVersion: 2,
    id: 'fixture-bank',
    version: '0.1.0',
    title: t('测试题库', 'Fixture bank'),
    status: t('测试用', 'For tests'),
    maturityAnchors: [...anchors],
    references: [{ id: 'csrc-2023', title: t('管理办法', 'Measures') }],
    pillars: [
      {
        id: 'A',
        title: t('组织保障', 'Organizational assurance'),
        sections: [
          {
            id: 'A1',
            kind: 'section',
            title: t('组织架构', 'Organization'),
            source: 'F',
            questions: [
              {
                id: 'A1.01',
                type: 'maturity',
                text: t('是否设立组织？', 'Is there an organisation?'),
                weight: 3,
                critical: true,
                source: 'P',
                references: [{ document: 'csrc-2023', clause: '第36条' }]
              },
              {
                id: 'A1.02',
                type: 'yesPartialNo',
                text: t('是否覆盖？', 'Is it covered?'),
                weight: 2,
                allowNA: true,
                source: 'P'
              }
            ]
          },
          {
            id: 'A2',
            kind: 'section',
            title: t('人员能力', 'Personnel'),
            source: 'F',
            questions: [
              {
                id: 'A2.01',
                type: 'maturity',
                text: t('是否有模型？', 'Is there a model?'),
                source: 'P'
              },
              {
                id: 'A2.02',
                type: 'yesPartialNo',
                text: t('是否有激励？', 'Are there incentives?'),
                source: 'P',
                redLine: {
                  id: 'RL-A2.02',
                  whenAnswerIn: ['no'],
                  message: t('未建立激励', 'No incentives')
                }
              },
              {
                id: 'A2.03',
                type: 'text',
                text: t('请说明原因', 'Explain why'),
                required: false,
                source: 'P',
                visibleWhen: { question: 'A2.02', in: ['no', 'partial'] }
              }
            ]
          }
        ]
      },
      {
        id: 'C',
        title: t('过程保障', 'Process assurance'),
        sections: [
          {
            id: 'C1',
            kind: 'process',
            title: t('架构管理', 'Architecture'),
            source: 'F',
            questions: [
              {
                id: 'C1.01',
                type: 'singleChoice',
                text: t('灾备形态', 'DR set-up'),
                source: 'P',
                options: [
                  { id: 'none', label: t('无', 'None'), score: 0 },
                  { id: 'sameCity', label: t('同城', 'Same city'), score: 60 },
                  { id: 'twoSites', label: t('两地三中心', 'Two sites, three centres'), score: 100 }
                ]
              },
              {
                id: 'C1.02',
                type: 'multiChoice',
                text: t('哪些层级？', 'Which layers?'),
                source: 'P',
                options: [
                  { id: 'infra', label: t('基础设施', 'Infrastructure'), score: 50 },
                  { id: 'app', label: t('应用', 'Application'), score: 50 },
                  { id: 'none', label: t('均无', 'None'), score: 0, exclusive: true }
                ]
              },
              {
                id: 'C1.03',
                type: 'number',
                text: t('RTO目标（分钟）', 'RTO target (min)'),
                source: 'P',
                min: 0,
                max: 1440,
                unit: t('分钟', 'min')
              },
              {
                id: 'C1.04',
                type: 'number',
                text: t('RPO目标（分钟）', 'RPO target (min)'),
                source: 'P',
                min: 0
              },
              {
                id: 'C1.05',
                type: 'percentage',
                text: t('自动切换占比', 'Share with automatic failover'),
                source: 'P',
                scoring: { direction: 'higher', target: 90 }
              },
              {
                id: 'C1.06',
                type: 'date',
                text: t('最近一次切换日期', 'Latest switchover'),
                source: 'P',
                visibleWhen: { question: 'C1.01', in: ['sameCity', 'twoSites'] },
                scoring: { withinDays: 365 }
              },
              {
                id: 'C1.07',
                type: 'evidence',
                text: t('切换记录', 'Switchover record'),
                required: false,
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
        definition: t('由监控首先发现的故障占比', 'Share of faults first found by monitoring'),
        inputs: [
          { id: 'N_fault', label: t('故障总数', 'Faults'), unit: t('次', 'faults'), integer: true },
          {
            id: 'N_mon',
            label: t('监控发现数', 'Found by monitoring'),
            unit: t('次', 'faults'),
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
        feeds: 'C1',
        source: 'P'
      },
      {
        id: 'F02',
        name: t('平均恢复时长', 'Mean time to restore'),
        definition: t('恢复时长之和除以故障数', 'Total restore minutes over faults'),
        inputs: [
          { id: 'T_total', label: t('恢复时长合计', 'Total minutes'), unit: t('分钟', 'min') },
          { id: 'n', label: t('故障数', 'Faults'), unit: t('次', 'faults'), integer: true }
        ],
        formula: { kind: 'expression', expression: 'T_total / max(n, 1)' },
        display: 'minutes',
        direction: 'lower',
        target: 5,
        bands: [
          { grade: 'A', threshold: 5, score: 100 },
          { grade: 'B', threshold: 15, score: 80 },
          { grade: 'C', threshold: 30, score: 60 },
          { grade: 'D', threshold: 60, score: 40 },
          { grade: 'E', threshold: null, score: 20 }
        ],
        feeds: 'C1',
        redLines: [
          { id: 'RL-F02', op: 'gt', value: 120, message: t('恢复过慢', 'Restore too slow') }
        ],
        source: 'P'
      }
    ],
    consistencyRules: [
      {
        kind: 'evidenceForHighMaturity',
        id: 'R-evidence',
        minLevel: 3,
        message: t('需要证据', 'Evidence needed')
      },
      {
        kind: 'compare',
        id: 'R-rto-rpo',
        left: { question: 'C1.03' },
        op: 'gte',
        right: { question: 'C1.04' },
        message: t('RTO小于RPO', 'RTO below RPO')
      },
      {
        kind: 'condition',
        id: 'R-cond',
        when: {
          all: [
            { question: 'A1.01', gte: 3 },
            { question: 'A1.02', equals: 'no' }
          ]
        },
        questions: ['A1.01', 'A1.02'],
        message: t('不一致', 'Inconsistent')
      },
      {
        kind: 'compare',
        id: 'R-factor',
        left: { factor: 'F01', input: 'N_fault' },
        op: 'eq',
        right: { factor: 'F02', input: 'n' },
        message: t('故障数不一致', 'Fault counts differ')
      }
    ],
    profiles: [
      fixtureProfile('default'),
      { ...fixtureProfile('thirds'), pillarWeights: { A: 1, C: 1 } }
    ],
    defaultProfileId: 'default'
  }
}

function fixtureProfile(id: string): ScoringProfile {
  const t = (zh: string, en: string): { 'zh-CN': string; 'en-US': string } => ({
    'zh-CN': zh,
    'en-US': en
  })
  return fiveLevelProfile({
    id,
    version: '1.0.0',
    name: t('默认', 'Default'),
    pillarWeights: { A: 35, C: 65 },
    sectionWeights: { A1: 50, A2: 50, C1: 100 }
  })
}
