import { Typography, type DescriptionsProps } from 'antd'
import type { TFunction } from 'i18next'
import type { EvaluationFactor } from '@shared/bank/factor'
import { localize } from '@shared/bank/lookup'
import type { Locale } from '@shared/bank/primitives'
import { printConstraints, printFormulaText } from '@shared/bank-xlsx/formula-syntax'
import { formatFactorNumber } from './factor-format'

type Facts = NonNullable<DescriptionsProps['items']>

const OPS = { eq: '=', ne: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤' } as const

/** The formula in words: `mean of the ratios: a / b; c / d` or the formula's own text. */
function formulaText(factor: EvaluationFactor, t: TFunction): string | undefined {
  const formula = factor.formula
  if (formula.kind !== 'meanOfRatios' && formula.kind !== 'minOfRatios')
    return printFormulaText(formula)
  const kind = t(
    formula.kind === 'meanOfRatios'
      ? 'banks.browse.factor.termsMean'
      : 'banks.browse.factor.termsMin'
  )
  const terms = formula.terms.map(
    (term) =>
      `${term.numerator} / ${term.denominator}${
        term.divisor ? t('banks.browse.factor.divisor', { divisor: term.divisor }) : ''
      }`
  )
  return `${t('banks.browse.factor.terms', { kind })}${t('common.colon')}${terms.join(t('common.clauseSeparator'))}`
}

/** The factor's facts as the bank browser lists them: inputs, formula, target, bands, red lines. */
export function factorFacts(factor: EvaluationFactor, t: TFunction, language: Locale): Facts {
  const value = (n: number) =>
    formatFactorNumber(n, factor.display, language, t('banks.browse.factor.minutes'))
  const optional = (key: string, label: string, children: string | undefined): Facts =>
    children === undefined ? [] : [{ key, label, children }]
  const bands = factor.bands.map((band) =>
    t('banks.browse.factor.bandsValue', {
      grade: band.grade,
      threshold:
        band.threshold === null
          ? t('banks.browse.factor.catchAll')
          : `${factor.direction === 'higher' ? '≥' : '≤'} ${value(band.threshold)}`,
      score: band.score
    })
  )
  const redLines = factor.redLines.map(
    (line) =>
      `${OPS[line.op]} ${value(line.value)}${t('common.colon')}${localize(line.message, language)}`
  )
  return [
    {
      key: 'inputs',
      label: t('banks.browse.factor.inputs'),
      children: (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {factor.inputs.map((input) => (
            <li key={input.id}>
              <Typography.Text code>{input.id}</Typography.Text> {localize(input.label, language)}
              {t('common.parenthetical', { text: localize(input.unit, language) })}
            </li>
          ))}
        </ul>
      )
    },
    {
      key: 'formula',
      label: t('banks.browse.factor.formula'),
      children: <Typography.Text code>{formulaText(factor, t)}</Typography.Text>
    },
    ...optional(
      'constraints',
      t('banks.browse.factor.constraints'),
      factor.constraints.length > 0 ? printConstraints(factor.constraints) : undefined
    ),
    {
      key: 'target',
      label: t('banks.browse.factor.target'),
      children: factor.targetLabel ? localize(factor.targetLabel, language) : value(factor.target)
    },
    {
      key: 'bands',
      label: t('banks.browse.factor.bands'),
      children: bands.join(t('common.clauseSeparator'))
    },
    ...optional(
      'redLines',
      t('banks.browse.factor.redLines'),
      redLines.length > 0 ? redLines.join('\n') : undefined
    ),
    ...optional(
      'basis',
      t('banks.browse.factor.basis'),
      factor.basis ? localize(factor.basis, language) : undefined
    )
  ]
}
