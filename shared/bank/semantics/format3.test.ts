import { describe, expect, it } from 'vitest'
import type { BankInput } from '../bank'
import { issuesAfter } from '../test-support'

const f = (b: BankInput, i: number) => b.factors![i]!
const firstQuestion = (b: BankInput) => b.pillars[0]!.sections[0]!.questions[0]!

describe('bank format 3 checks', () => {
  it('accepts every new field used as documented', () => {
    expect(
      issuesAfter((b) => {
        Object.assign(f(b, 0), {
          weight: 2,
          perSystem: {
            systems: 'realTime',
            combine: 'classWeightedMin',
            classWeights: [0.2, 0.4, 0.6, 0.8, 1]
          },
          replaces: [{ factor: 'F00', confirm: true, inputs: [{ from: 'faults', to: 'N_fault' }] }]
        })
        Object.assign(f(b, 1), {
          redLines: [
            {
              id: 'RL-x',
              class: 'internal',
              input: 'n',
              op: 'gt',
              value: 3,
              message: { 'zh-CN': '多', 'en-US': 'many' }
            }
          ]
        })
        Object.assign(firstQuestion(b), {
          replaces: [{ question: 'A0.01', values: [{ from: 'x', to: 2 }] }]
        })
        b.profiles[0]!.factorShares = { C1: 0.5 }
      })
    ).toEqual([])
  })

  it('a class-weighted minimum needs class weights, positive ones, on a higher-is-better factor', () => {
    expect(
      issuesAfter((b) => {
        f(b, 0).perSystem = { systems: 'all', combine: 'classWeightedMin' }
        f(b, 1).perSystem = {
          systems: 'all',
          combine: 'classWeightedMin',
          classWeights: [0, 1, 1, 1, 1]
        }
      })
    ).toEqual([
      {
        path: 'factors[0].perSystem.classWeights',
        message:
          'a class-weighted minimum needs classWeights (one weight per class, 第一类 … 第五类)'
      },
      {
        path: 'factors[1].perSystem.classWeights[0]',
        message: 'a class weight is positive, not 0'
      },
      {
        path: 'factors[1].perSystem.combine',
        message:
          'a class-weighted minimum scales shortfalls below the target; it needs a higher-is-better factor'
      }
    ])
    expect(
      issuesAfter((b) => {
        f(b, 0).perSystem = { systems: 'all', combine: 'min', classWeights: [1, 1, 1, 1, 1] }
      })
    ).toEqual([
      {
        path: 'factors[0].perSystem.classWeights',
        message: 'classWeights are used only by combine "classWeightedMin", not "min"'
      }
    ])
  })

  it('small-sample rules only on ratio factors entered once, miss bands not falling', () => {
    expect(
      issuesAfter((b) => {
        f(b, 0).smallSample = { minN: 20, missBands: [0, 2, 1, 3] }
        f(b, 1).smallSample = { minN: 20 }
      })
    ).toEqual([
      {
        path: 'factors[0].smallSample.missBands[2]',
        message: 'misses allowed must not fall from band to band (2 before 1)'
      },
      {
        path: 'factors[1].smallSample',
        message:
          'the small-sample rule counts misses of a ratio (numerator of denominator); this factor is expression'
      }
    ])
  })

  it('a red line on an input names an input of a factor entered once', () => {
    expect(
      issuesAfter((b) => {
        f(b, 0).perSystem = { systems: 'all', combine: 'min' }
        f(b, 0).redLines = [
          {
            id: 'RL-y',
            input: 'nope',
            op: 'gt',
            value: 0,
            message: { 'zh-CN': '多', 'en-US': 'many' }
          }
        ]
      })
    ).toEqual([
      { path: 'factors[0].redLines[0].input', message: 'factor "F01" has no input "nope"' },
      {
        path: 'factors[0].redLines[0].input',
        message: 'a red line on an input needs a factor entered once, not per system'
      }
    ])
  })

  it('replaces names retired ids (or the item itself), once, with values this question takes', () => {
    expect(
      issuesAfter((b) => {
        const [first, second] = b.pillars[0]!.sections[0]!.questions
        Object.assign(first!, { replaces: [{ question: 'A0.01' }, { question: second!.id }] })
        Object.assign(second!, {
          replaces: [
            { question: 'A0.01' },
            { question: second!.id, values: [{ from: 1, to: 'maybe' }] }
          ]
        })
        f(b, 0).replaces = [{ factor: 'F02' }, { factor: 'F01', inputs: [{ from: 'a', to: 'zz' }] }]
      })
    ).toEqual([
      {
        path: 'pillars[0].sections[0].questions[0].replaces[1].question',
        message:
          '"A1.02" is a question of this bank; replaces names an id retired from an earlier version (or the question itself)'
      },
      {
        path: 'pillars[0].sections[0].questions[1].replaces[0].question',
        message:
          'question "A0.01" is already replaced at pillars[0].sections[0].questions[0].replaces[0].question'
      },
      {
        path: 'pillars[0].sections[0].questions[1].replaces[1].question',
        message:
          'question "A1.02" is already replaced at pillars[0].sections[0].questions[0].replaces[1].question'
      },
      {
        path: 'pillars[0].sections[0].questions[1].replaces[1].values[0].to',
        message:
          '"maybe" is not a possible answer to yes/partial/no question "A1.02" (yes, partial, no; N/A is tested with {na: true})'
      },
      {
        path: 'factors[0].replaces[0].factor',
        message:
          '"F02" is a factor of this bank; replaces names an id retired from an earlier version (or the factor itself)'
      },
      { path: 'factors[0].replaces[1].inputs[0].to', message: 'factor "F01" has no input "zz"' }
    ])
  })

  it('factor shares only for sections that have factors', () => {
    expect(
      issuesAfter((b) => {
        b.profiles[0]!.factorShares = { A1: 0.3 }
      })
    ).toEqual([
      {
        path: 'profiles[0].factorShares.A1',
        message: 'no factor feeds "A1", so it has no factor share to set'
      }
    ])
  })
})
