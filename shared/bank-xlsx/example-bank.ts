/**
 * The example the template carries: a tiny but valid bank whose rows show the syntax of every
 * sheet. Every id starts with `EX` and every text with 示例 / Example, so rows left over from the
 * template are easy to spot; the template imports as this bank.
 */
import type { BankInput } from '../bank/bank'
import { countRatioFactor, gradeBands } from '../bank/factor-shapes'
import { fiveLevelProfile } from '../bank/five-level-profile'
import { localizedText, type LocalizedText } from '../bank/primitives'

const t = (zh: string, en: string): LocalizedText => localizedText(`示例：${zh}`, `Example: ${en}`)

/** The example bank as authored (defaults not applied); a fresh object on every call. */
export function exampleBankInput(): BankInput {
  return {
    schemaVersion: 3,
    id: 'EX-bank',
    version: '0.1.0',
    title: t('题库名称', 'bank title'),
    status: t('草稿', 'draft'),
    description: t(
      '删除或改写所有 EX 开头的行',
      'replace or delete every row whose id starts with EX'
    ),
    maturityAnchors: [
      t('未建立', 'not in place'),
      t('初始', 'initial'),
      t('规范', 'defined'),
      t('量化', 'measured'),
      t('优化', 'optimizing')
    ],
    references: [{ id: 'EX-DOC', title: t('法规名称', 'regulation title') }],
    pillars: [
      {
        id: 'EX-A',
        title: t('组织保障', 'organizational assurance'),
        sections: [
          {
            id: 'EX-A1',
            kind: 'section',
            title: t('组织架构', 'organization'),
            source: 'P',
            questions: [
              {
                id: 'EX-A1.01',
                type: 'maturity',
                text: t('是否设立稳定性保障组织？', 'is there a stability organization?'),
                guidance: t('查阅任命文件', 'read the appointment documents'),
                weight: 3,
                critical: true,
                source: 'P',
                references: [{ document: 'EX-DOC', clause: '第1条' }]
              },
              {
                id: 'EX-A1.02',
                type: 'yesPartialNo',
                text: t('职责是否明确？', 'are the duties defined?'),
                weight: 2,
                allowNA: true,
                source: 'P',
                visibleWhen: { question: 'EX-A1.01', gte: 2 },
                replaces: [{ question: 'EX-A1.00', confirm: true }],
                redLine: {
                  id: 'EX-RL1',
                  class: 'regulatory',
                  whenAnswerIn: ['no'],
                  message: t('职责未明确', 'duties undefined')
                }
              },
              {
                id: 'EX-A1.03',
                type: 'singleChoice',
                text: t('灾备形态', 'disaster-recovery set-up'),
                source: 'P',
                options: [
                  { id: 'none', label: t('无', 'none'), score: 0 },
                  { id: 'twoSites', label: t('两地三中心', 'two sites, three centres'), score: 100 }
                ]
              },
              {
                id: 'EX-A1.04',
                type: 'number',
                text: t('恢复时间目标', 'recovery time objective'),
                source: 'P',
                unit: t('分钟', 'min'),
                min: 0,
                scoring: {
                  direction: 'lower',
                  target: 30,
                  bands: [
                    { threshold: 30, score: 100 },
                    { threshold: null, score: 50 }
                  ]
                }
              }
            ]
          }
        ]
      }
    ],
    factors: [
      countRatioFactor({
        id: 'EX-F1',
        name: t('故障监控发现率', 'fault monitoring discovery rate'),
        definition: t('监控首先发现的故障占比', 'share of faults first found by monitoring'),
        outOf: { id: 'faults', label: t('故障数', 'faults'), unit: t('次', 'faults') },
        counted: {
          id: 'found',
          label: t('监控发现数', 'found by monitoring'),
          unit: t('次', 'faults')
        },
        target: 0.95,
        bands: gradeBands([0.95, 0.9, 0.8, 0.6]),
        feeds: 'EX-A1',
        weight: 2,
        smallSample: { minN: 20, missBands: [0, 1, 2, 3] },
        redLines: [
          {
            id: 'EX-RL2',
            class: 'internal',
            op: 'lt',
            value: 0.5,
            message: t('发现率过低', 'discovery rate too low')
          }
        ],
        source: 'P'
      }),
      {
        id: 'EX-F2',
        name: t('容量达标率', 'capacity compliance'),
        definition: t('容量与峰值之比的平均值', 'mean of capacity over peak'),
        inputs: [
          { id: 'capacity', label: t('设计容量', 'capacity'), unit: t('笔/秒', 'orders/s') },
          { id: 'peak', label: t('历史峰值', 'peak'), unit: t('笔/秒', 'orders/s') }
        ],
        formula: {
          kind: 'meanOfRatios',
          terms: [
            {
              numerator: 'capacity',
              denominator: 'peak',
              divisor: 3,
              label: t('交易系统', 'trading')
            }
          ]
        },
        display: 'multiple',
        direction: 'higher',
        target: 1,
        bands: gradeBands([1, 0.9, 0.8, 0.6]),
        feeds: 'EX-A1',
        source: 'P'
      },
      {
        id: 'EX-F3',
        name: t('关键系统可用率（按系统取最低）', 'key-system availability (worst system)'),
        definition: t('每个关键系统分别计算，取最低', 'computed per key system; the worst counts'),
        inputs: [
          { id: 'service', label: t('计划服务时长', 'service time'), unit: t('分钟', 'min') },
          { id: 'down', label: t('不可用时长', 'unavailable time'), unit: t('分钟', 'min') }
        ],
        constraints: [{ left: 'down', op: 'lte', right: 'service' }],
        formula: { kind: 'complementRatio', part: 'down', whole: 'service' },
        display: 'percent',
        decimals: 3,
        direction: 'higher',
        target: 0.9999,
        bands: gradeBands([0.9999, 0.9995, 0.999, 0.995]),
        feeds: 'EX-A1',
        perSystem: { systems: 'all', combine: 'min' },
        source: 'P'
      }
    ],
    consistencyRules: [
      {
        kind: 'condition',
        id: 'EX-R1',
        when: {
          all: [
            { question: 'EX-A1.01', gte: 3 },
            { question: 'EX-A1.02', equals: 'no' }
          ]
        },
        questions: ['EX-A1.02'],
        message: t('成熟度与答案不一致', 'maturity and answer disagree')
      }
    ],
    profiles: [
      {
        ...fiveLevelProfile({
          id: 'EX-default',
          version: '1.0.0',
          name: t('默认方案', 'default profile'),
          pillarWeights: { 'EX-A': 1 },
          sectionWeights: { 'EX-A1': 1 }
        }),
        factorShares: { 'EX-A1': 0.4 }
      }
    ],
    defaultProfileId: 'EX-default'
  }
}
