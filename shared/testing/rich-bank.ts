/**
 * A bank that exercises every column of the workbook: the bank module's fixture (every question
 * type, two profiles, all rule kinds) plus every optional field, every formula kind, per-question
 * anchors, numeric bands, and a skip-logic condition using every operator. Tests only.
 */
import type { BankInput } from '../bank/bank'
import { gradeBands } from '../bank/factor-shapes'
import type { Question } from '../bank/question'
import { numberScoring, t2 as t, type FactorInput } from './bank-builders'
import { minimalBankInput } from './minimal-bank'

type QuestionInput = Record<string, unknown> & { id: string; type: Question['type'] }

function factor(id: string, formula: FactorInput['formula'], inputs: string[]): FactorInput {
  return {
    id,
    name: t(`要素${id}`, `Factor ${id}`),
    definition: t('定义', 'Definition'),
    inputs: inputs.map((input) => ({ id: input, label: t(input, input), unit: t('次', 'times') })),
    formula,
    display: 'multiple',
    direction: 'higher',
    target: 1,
    bands: gradeBands([1, 0.9, 0.8, 0.5], 10),
    feeds: 'C1',
    source: 'I'
  }
}

/** The rich fixture as authored; a fresh object on every call. */
export function richBankInput(): BankInput {
  const bank = minimalBankInput()
  bank.publishedAt = '2025-03-01'
  bank.description = t('题库说明\n第二行', 'Bank description\r\nsecond line')
  bank.references = [
    {
      id: 'csrc-2023',
      title: t('管理办法', 'Measures'),
      status: t('现行', 'In force'),
      url: 'https://example.org/a?b=1&c=2'
    },
    { id: 'JR-T-0099', title: t('行业标准', 'Industry standard') }
  ]
  const [pillarA, pillarC] = bank.pillars
  if (pillarA === undefined || pillarC === undefined) throw new Error('fixture changed')
  pillarA.description = t('体系说明', 'Pillar description')
  const [a1, a2] = pillarA.sections
  const c1 = pillarC.sections[0]
  if (a1 === undefined || a2 === undefined || c1 === undefined) throw new Error('fixture changed')
  a1.description = t('章节说明', 'Section description')
  a1.provisional = true

  const q = (section: typeof a1, id: string): QuestionInput => {
    const question = section.questions.find((item) => item.id === id)
    if (question === undefined) throw new Error(`fixture lacks ${id}`)
    return question as QuestionInput
  }
  Object.assign(q(a1, 'A1.01'), {
    guidance: t('查阅文件', 'Read the documents'),
    references: [
      { document: 'csrc-2023', clause: 'Art. 3; para "2"' },
      { document: 'JR-T-0099' },
      { document: 'csrc-2023', clause: '第36条：总则' }
    ],
    anchors: [0, 1, 2, 3, 4].map((level) => t(`本题${level}级`, `Level ${level} here`)),
    redLine: {
      id: 'RL-A1.01',
      class: 'internal',
      whenAnswerIn: [0, 1],
      message: t('未设立', 'Not set up')
    },
    finding: {
      description: t('未设立稳定性保障组织', 'No stability organisation is set up'),
      recommendation: t('设立领导小组并明确职责', 'Set up a steering group with clear duties')
    },
    replaces: [
      { question: 'A1.00', confirm: true },
      {
        question: 'A0.9',
        values: [
          { from: 'level6', to: 4 },
          { from: 'confirm', to: 3 },
          { from: 2.5, to: 2 },
          { from: 'has "quotes", commas; semicolons', to: 1 }
        ]
      }
    ]
  })
  Object.assign(q(a2, 'A2.03'), {
    multiline: false,
    guidance: t('简述', 'Briefly'),
    finding: { recommendation: t('＝补充说明', '=Add a statement') }
  })
  Object.assign(q(c1, 'C1.01'), {
    replaces: [{ question: 'C1.00', values: [{ from: 'yes', to: 'twoSites' }] }]
  })
  Object.assign(q(c1, 'C1.03'), {
    integer: true,
    scoring: numberScoring('lower', 60, [
      [60, 100],
      [240.5, 50],
      [null, 0]
    ])
  })
  Object.assign(q(c1, 'C1.05'), {
    scoring: numberScoring('higher', 90, [[null, 70]])
  })
  a2.questions.push({
    id: 'A2.04',
    type: 'maturity',
    text: t('复合条件题', 'Question behind every operator'),
    weight: 0.5,
    required: false,
    source: 'I',
    visibleWhen: {
      any: [
        {
          all: [
            { question: 'A1.01', gte: 2 },
            { question: 'A1.01', lt: 4 },
            { not: { question: 'A1.02', na: true } }
          ]
        },
        { question: 'C1.01', equals: 'twoSites' },
        { question: 'C1.01', notEquals: 'none' },
        { question: 'C1.03', gt: 30 },
        { question: 'C1.03', lte: 600 },
        { question: 'C1.02', in: ['infra', 'app'] },
        { all: [{ question: 'A2.03', answered: true }] },
        { question: 'C1.07', unanswered: true },
        {
          not: {
            any: [
              { question: 'C1.05', gte: 50.5 },
              { question: 'A1.01', equals: 3 }
            ]
          }
        }
      ]
    }
  })

  const rich = bank.factors?.[0]
  if (rich === undefined) throw new Error('fixture changed')
  Object.assign(rich, {
    targetLabel: t('≥95%', '≥ 95%'),
    basis: t('依据说明', 'Why these numbers'),
    references: [{ document: 'JR-T-0099', clause: '5.2' }],
    decimals: 4,
    weight: 2.5,
    smallSample: { minN: 20, missBands: [0, 1, 2, 4] },
    replaces: [{ factor: 'F00', confirm: true, inputs: [{ from: 'faults', to: 'N_fault' }] }],
    redLines: [
      {
        id: 'RL-F01',
        class: 'internal',
        input: 'N_fault',
        op: 'gt',
        value: 100,
        message: t('故障过多', 'Too many faults')
      },
      { id: 'RL-F01b', class: 'regulatory', op: 'lt', value: 0.5, message: t('过低', 'Too low') }
    ]
  })
  rich.inputs[0] = {
    ...rich.inputs[0],
    description: t('统计口径', 'How to count'),
    min: 1,
    max: 100000
  } as FactorInput['inputs'][number]
  bank.factors?.push(
    {
      ...factor('F03', { kind: 'complementRatio', part: 'down', whole: 'service' }, [
        'down',
        'service'
      ]),
      perSystem: {
        systems: 'realTime',
        combine: 'classWeightedMin',
        classWeights: [0.2, 0.4, 0.6, 0.8, 1]
      }
    },
    factor('F04', { kind: 'meanDuration', total: 'minutes', count: 'events' }, [
      'minutes',
      'events'
    ]),
    factor(
      'F05',
      {
        kind: 'meanOfRatios',
        terms: [
          {
            numerator: 'cap_a',
            denominator: 'peak_a',
            divisor: 3,
            label: t('核心交易', 'Core trading')
          },
          { numerator: 'cap_b', denominator: 'peak_b' }
        ]
      },
      ['cap_a', 'peak_a', 'cap_b', 'peak_b']
    ),
    {
      ...factor('F06', { kind: 'minOfRatios', terms: [{ numerator: 'ok', denominator: 'all' }] }, [
        'ok',
        'all'
      ]),
      perSystem: { systems: 'all', combine: 'sum' }
    }
  )
  const [first, second] = bank.profiles
  if (first === undefined || second === undefined) throw new Error('fixture changed')
  second.description = t('三分法', 'Equal thirds')
  second.levels = second.levels.map((level) => ({
    ...level,
    description: t(`等级${level.level}`, `Level ${level.level}`)
  }))
  first.factorScoring = 'linear'
  first.factorShares = { C1: 0.55 }
  return bank
}
