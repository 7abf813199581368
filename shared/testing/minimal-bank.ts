import type { BankInput } from '../bank/bank'
import { fiveLevelProfile } from '../bank/five-level-profile'
import type { ScoringProfile } from '../bank/profile'
import { bands, bankInput, faultDiscoveryFactor, q, rule, t2 } from './bank-builders'

/**
 * A small, valid bank that uses every question type, every formula family, all rule kinds and two
 * profiles. Tests clone it and break exactly one thing. Returns a fresh object on every call.
 */
export function minimalBankInput(): BankInput {
  return bankInput({
    id: 'fixture-bank',
    version: '0.1.0',
    title: t2('测试题库', 'Fixture bank'),
    status: t2('测试用', 'For tests'),
    references: [{ id: 'csrc-2023', title: t2('管理办法', 'Measures') }],
    pillars: [
      {
        id: 'A',
        title: t2('组织保障', 'Organizational assurance'),
        sections: [
          {
            id: 'A1',
            title: t2('组织架构', 'Organization'),
            source: 'F',
            questions: [
              q.maturity('A1.01', {
                text: t2('是否设立组织？', 'Is there an organisation?'),
                weight: 3,
                critical: true,
                references: [{ document: 'csrc-2023', clause: '第36条' }]
              }),
              q.ypn('A1.02', { text: t2('是否覆盖？', 'Is it covered?'), weight: 2, allowNA: true })
            ]
          },
          {
            id: 'A2',
            title: t2('人员能力', 'Personnel'),
            source: 'F',
            questions: [
              q.maturity('A2.01', { text: t2('是否有模型？', 'Is there a model?') }),
              q.ypn('A2.02', {
                text: t2('是否有激励？', 'Are there incentives?'),
                redLine: {
                  id: 'RL-A2.02',
                  whenAnswerIn: ['no'],
                  message: t2('未建立激励', 'No incentives')
                }
              }),
              q.text('A2.03', {
                text: t2('请说明原因', 'Explain why'),
                required: false,
                visibleWhen: { question: 'A2.02', in: ['no', 'partial'] }
              })
            ]
          }
        ]
      },
      {
        id: 'C',
        title: t2('过程保障', 'Process assurance'),
        sections: [
          {
            id: 'C1',
            kind: 'process',
            title: t2('架构管理', 'Architecture'),
            source: 'F',
            questions: [
              q.single(
                'C1.01',
                [
                  { id: 'none', label: t2('无', 'None'), score: 0 },
                  { id: 'sameCity', label: t2('同城', 'Same city'), score: 60 },
                  {
                    id: 'twoSites',
                    label: t2('两地三中心', 'Two sites, three centres'),
                    score: 100
                  }
                ],
                { text: t2('灾备形态', 'DR set-up') }
              ),
              q.multi(
                'C1.02',
                [
                  { id: 'infra', label: t2('基础设施', 'Infrastructure'), score: 50 },
                  { id: 'app', label: t2('应用', 'Application'), score: 50 },
                  { id: 'none', label: t2('均无', 'None'), score: 0, exclusive: true }
                ],
                { text: t2('哪些层级？', 'Which layers?') }
              ),
              q.number('C1.03', {
                text: t2('RTO目标（分钟）', 'RTO target (min)'),
                min: 0,
                max: 1440,
                unit: t2('分钟', 'min')
              }),
              q.number('C1.04', { text: t2('RPO目标（分钟）', 'RPO target (min)'), min: 0 }),
              q.percentage('C1.05', {
                text: t2('自动切换占比', 'Share with automatic failover'),
                scoring: { direction: 'higher', target: 90 }
              }),
              q.date('C1.06', {
                text: t2('最近一次切换日期', 'Latest switchover'),
                visibleWhen: { question: 'C1.01', in: ['sameCity', 'twoSites'] },
                scoring: { withinDays: 365 }
              }),
              q.evidence('C1.07', { text: t2('切换记录', 'Switchover record'), required: false })
            ]
          }
        ]
      }
    ],
    factors: [
      faultDiscoveryFactor('C1'),
      {
        id: 'F02',
        name: t2('平均恢复时长', 'Mean time to restore'),
        definition: t2('恢复时长之和除以故障数', 'Total restore minutes over faults'),
        inputs: [
          { id: 'T_total', label: t2('恢复时长合计', 'Total minutes'), unit: t2('分钟', 'min') },
          { id: 'n', label: t2('故障数', 'Faults'), unit: t2('次', 'faults'), integer: true }
        ],
        formula: { kind: 'expression', expression: 'T_total / max(n, 1)' },
        display: 'minutes',
        direction: 'lower',
        target: 5,
        bands: bands([5, 15, 30, 60]),
        feeds: 'C1',
        redLines: [
          { id: 'RL-F02', op: 'gt', value: 120, message: t2('恢复过慢', 'Restore too slow') }
        ],
        source: 'P'
      }
    ],
    consistencyRules: [
      rule.evidence('R-evidence', 3, t2('需要证据', 'Evidence needed')),
      rule.compare(
        'R-rto-rpo',
        [{ question: 'C1.03' }, 'gte', { question: 'C1.04' }],
        t2('RTO小于RPO', 'RTO below RPO')
      ),
      rule.condition(
        'R-cond',
        {
          all: [
            { question: 'A1.01', gte: 3 },
            { question: 'A1.02', equals: 'no' }
          ]
        },
        ['A1.01', 'A1.02'],
        t2('不一致', 'Inconsistent')
      ),
      rule.compare(
        'R-factor',
        [{ factor: 'F01', input: 'N_fault' }, 'eq', { factor: 'F02', input: 'n' }],
        t2('故障数不一致', 'Fault counts differ')
      )
    ],
    profiles: [
      fixtureProfile('default'),
      { ...fixtureProfile('thirds'), pillarWeights: { A: 1, C: 1 } }
    ],
    defaultProfileId: 'default'
  })
}

function fixtureProfile(id: string): ScoringProfile {
  return fiveLevelProfile({
    id,
    version: '1.0.0',
    name: t2('默认', 'Default'),
    pillarWeights: { A: 35, C: 65 },
    sectionWeights: { A1: 50, A2: 50, C1: 100 }
  })
}
