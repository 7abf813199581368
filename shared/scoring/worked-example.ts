import type { Answer, FactorEntry } from '../assessment/assessment'
import { countRatioFactor, gradeBands, type CountInput } from '../bank/factor-shapes'
import { fiveLevelAnchors, fiveLevelProfile } from '../bank/five-level-profile'
import { bankSchema, type Bank } from '../bank/bank'
import { localizedText as t, type LocalizedText } from '../bank/primitives'
import type { ScorableAssessment } from './score'

/** A factor input: its id, what it measures and in which unit. */
const input = (id: string, label: LocalizedText, unit: LocalizedText): CountInput => ({
  id,
  label,
  unit
})
const ORDERS_PER_SECOND = t('笔/秒', 'orders/s')
const MBPS = t('Mbps', 'Mbps')
const SYSTEMS = t('个', 'systems')

/**
 * The worked example of docs/scoring.md: a small bank (2 pillars, 3 sections, one process with
 * two factors, a critical item, an N/A, an unanswered item, an unevidenced maturity claim and a
 * red line) and one assessment of it. worked-example.test.ts scores it and checks every number
 * the document shows, so the document cannot drift from the engine.
 */

export const WORKED_EXAMPLE_BANK: Bank = bankSchema.parse({
  schemaVersion: 3,
  id: 'worked-example',
  version: '1.0.0',
  title: t('计分方法示例题库', 'Scoring method worked example'),
  status: t('示例', 'example'),
  maturityAnchors: fiveLevelAnchors(),
  pillars: [
    {
      id: 'A',
      title: t('组织保障', 'Organizational assurance'),
      sections: [
        {
          id: 'A1',
          kind: 'section',
          title: t('组织架构', 'Organization structure'),
          source: 'P',
          questions: [
            {
              id: 'A1.01',
              type: 'maturity',
              text: t(
                '是否设立专门的稳定性保障组织并由高级管理层承担最终责任？',
                'Is there a dedicated stability organisation with senior-management accountability?'
              ),
              weight: 3,
              critical: true,
              source: 'P'
            },
            {
              id: 'A1.02',
              type: 'yesPartialNo',
              text: t(
                '纵向职能团队是否覆盖应用、数据库、资源、网络及数据中心？',
                'Do vertical teams cover applications, databases, resources, networks and data centres?'
              ),
              weight: 2,
              source: 'P'
            },
            {
              id: 'A1.05',
              type: 'yesPartialNo',
              text: t(
                '每个重要信息系统是否都有稳定性责任人及后备人员？',
                'Does every important system have a stability owner and a backup?'
              ),
              weight: 2,
              source: 'P'
            },
            {
              id: 'A1.07',
              type: 'evidence',
              text: t('组织架构图、岗位职责文件', 'Organisation chart and role documents'),
              source: 'P'
            }
          ]
        },
        {
          id: 'A2',
          kind: 'section',
          title: t('人员能力', 'Personnel capability'),
          source: 'P',
          questions: [
            {
              id: 'A2.01',
              type: 'maturity',
              text: t(
                '是否为主要运维与稳定性岗位建立胜任力模型？',
                'Is there a competency model for the main operations and stability roles?'
              ),
              weight: 3,
              critical: true,
              source: 'P'
            },
            {
              id: 'A2.02',
              type: 'maturity',
              text: t(
                '是否定期开展胜任力评估并制定个人提升计划？',
                'Are competency assessments held regularly, with development plans?'
              ),
              weight: 2,
              source: 'P'
            },
            {
              id: 'A2.04',
              type: 'yesPartialNo',
              text: t(
                '是否建立与稳定性结果挂钩的激励与问责机制？',
                'Are incentives and accountability tied to stability outcomes?'
              ),
              weight: 1,
              source: 'P'
            },
            {
              id: 'A2.06',
              type: 'yesPartialNo',
              text: t(
                '关键岗位是否有后备人员，关键经验是否沉淀到知识库？',
                'Do key roles have backups, with know-how in a knowledge base?'
              ),
              weight: 2,
              allowNA: true,
              source: 'P'
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
          id: 'C8',
          kind: 'process',
          title: t('容量与性能管理', 'Capacity & performance management'),
          source: 'P',
          questions: [
            {
              id: 'C8.01',
              type: 'maturity',
              text: t(
                '是否建立容量基线、水位监控和扩容触发阈值？',
                'Are capacity baselines, watermarks and expansion triggers defined?'
              ),
              weight: 3,
              critical: true,
              source: 'P'
            },
            {
              id: 'C8.04',
              type: 'yesPartialNo',
              text: t(
                '市场大幅波动或重大变更后，是否触发专项压力测试？',
                'Do big market moves or major changes trigger ad hoc stress tests?'
              ),
              weight: 2,
              source: 'P'
            },
            {
              id: 'C8.05',
              type: 'maturity',
              text: t(
                '是否基于历史数据和模型开展容量预测？',
                'Is capacity forecast from historical data and models?'
              ),
              weight: 1,
              source: 'P'
            }
          ]
        }
      ]
    }
  ],
  factors: [
    {
      id: 'F10',
      name: t('容量冗余倍数', 'Capacity headroom multiple'),
      definition: t(
        '各指标最近压测实测最大承载能力 ÷ 历史峰值 ÷ 要求倍数，取最小值',
        'For each metric, tested capacity ÷ historical peak ÷ required multiple; the minimum'
      ),
      inputs: [
        input('peakOrders', t('历史峰值委托笔数', 'Peak orders'), ORDERS_PER_SECOND),
        input('capOrders', t('压测最大委托笔数', 'Tested order capacity'), ORDERS_PER_SECOND),
        input('peakBandwidth', t('交易时段带宽峰值', 'Peak bandwidth'), MBPS),
        input('capBandwidth', t('压测最大带宽', 'Tested bandwidth'), MBPS)
      ],
      formula: {
        kind: 'minOfRatios',
        terms: [
          { numerator: 'capOrders', denominator: 'peakOrders', divisor: 3 },
          { numerator: 'capBandwidth', denominator: 'peakBandwidth', divisor: 2 }
        ]
      },
      display: 'multiple',
      direction: 'higher',
      target: 1,
      bands: gradeBands([1.5, 1.2, 1, 0.8]),
      feeds: 'C8',
      redLines: [
        {
          id: 'RL-F10',
          op: 'lt',
          value: 1,
          message: t(
            '容量冗余倍数低于监管要求（r < 1.0）',
            'Capacity headroom below the regulatory multiple (r < 1.0)'
          )
        }
      ],
      source: 'P'
    },
    countRatioFactor({
      id: 'F14',
      name: t('压力测试覆盖率', 'Stress-test coverage'),
      definition: t(
        '过去12个月完成压力测试的交易结算类重要系统占比',
        'Share of important trading/settlement systems stress-tested in 12 months'
      ),
      outOf: input('systems', t('交易结算类重要系统数', 'Important trading systems'), SYSTEMS),
      counted: input('tested', t('完成压测的系统数', 'Systems stress-tested'), SYSTEMS),
      target: 1,
      bands: gradeBands([1, 0.9, 0.75, 0.5]),
      feeds: 'C8',
      redLines: [
        {
          id: 'RL-F14',
          op: 'lt',
          value: 1,
          message: t(
            '存在未完成年度压力测试的交易结算类重要系统',
            'An important trading system was not stress-tested this year'
          )
        }
      ],
      source: 'P'
    })
  ],
  profiles: [
    fiveLevelProfile({
      id: 'worked-example',
      version: '1',
      name: t('示例计分方案', 'Worked-example profile'),
      pillarWeights: { A: 0.35, C: 0.65 },
      sectionWeights: { A1: 35, A2: 35, C8: 10 }
    })
  ],
  defaultProfileId: 'worked-example'
})

const evidence = (id: string, name: string): Answer['evidence'][number] => ({
  kind: 'reference',
  id,
  name
})

const answer = (
  questionId: string,
  value: Answer['value'],
  extra: Partial<Answer> = {}
): Answer => ({
  questionId,
  value,
  evidence: [],
  flagged: false,
  carriedOver: false,
  ...extra
})

const ANSWERS: Answer[] = [
  answer('A1.01', 3, { evidence: [evidence('ev1', '《信息系统稳定性保障委员会章程》')] }),
  answer('A1.02', 'yes'),
  answer('A1.05', 'partial'),
  answer('A1.07', null, { evidence: [evidence('ev2', '组织架构图（2025版）')] }),
  // Claimed L4 with no evidence attached: the unevidenced gate scores it as L2.
  answer('A2.01', 4),
  // A2.02 is not answered.
  answer('A2.04', 'yes'),
  answer('A2.06', null, {
    na: { justification: '运维岗位由集团共享服务中心统一配置，本公司不设独立岗位' }
  }),
  answer('C8.01', 1),
  answer('C8.04', 'yes'),
  answer('C8.05', 3, { evidence: [evidence('ev3', '2025年容量预测报告')] })
]

const FACTORS: FactorEntry[] = [
  {
    factorId: 'F10',
    values: { peakOrders: 2000, capOrders: 5400, peakBandwidth: 400, capBandwidth: 1000 },
    evidence: []
  },
  { factorId: 'F14', values: { systems: 8, tested: 8 }, evidence: [] }
]

export const WORKED_EXAMPLE_ASSESSMENT: ScorableAssessment = {
  answers: ANSWERS,
  factors: FACTORS,
  profile: WORKED_EXAMPLE_BANK.profiles[0] as Bank['profiles'][number],
  metadata: {
    institution: '示例证券股份有限公司',
    systems: [
      { id: 'sys-1', name: '集中交易系统' },
      { id: 'sys-2', name: '融资融券系统' }
    ],
    period: { start: '2025-01-01', end: '2025-12-31' },
    assessors: ['张三']
  }
}
