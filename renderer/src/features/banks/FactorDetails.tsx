import { Card, Descriptions, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Bank } from '@shared/bank/bank'
import type { EvaluationFactor } from '@shared/bank/factor'
import { localize } from '@shared/bank/lookup'
import { printConstraints, printFormulaText } from '@shared/bank-xlsx/formula-syntax'
import { useLanguage } from '../../i18n/useLanguage'
import { formatFactorNumber } from './factor-format'
import { ReferenceList } from './ReferenceList'
import { SourceTag } from './SourceTag'

const OPS = { eq: '=', ne: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤' } as const

/** One factor: definition, inputs, formula, target, bands and red lines. */
export function FactorDetails({ bank, factor }: { bank: Bank; factor: EvaluationFactor }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const value = (n: number) =>
    formatFactorNumber(n, factor.display, language, t('banks.browse.factor.minutes'))
  const colon = t('common.colon')
  const clauses = t('common.clauseSeparator')
  const section = bank.pillars.flatMap((p) => p.sections).find((s) => s.id === factor.feeds)
  const formula = factor.formula
  const formulaText =
    formula.kind === 'meanOfRatios' || formula.kind === 'minOfRatios'
      ? `${t('banks.browse.factor.terms', {
          kind: t(
            formula.kind === 'meanOfRatios'
              ? 'banks.browse.factor.termsMean'
              : 'banks.browse.factor.termsMin'
          )
        })}${colon}${formula.terms
          .map(
            (term) =>
              `${term.numerator} / ${term.denominator}${
                term.divisor ? t('banks.browse.factor.divisor', { divisor: term.divisor }) : ''
              }`
          )
          .join(clauses)}`
      : printFormulaText(formula)
  const items = [
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
      children: <Typography.Text code>{formulaText}</Typography.Text>
    },
    ...(factor.constraints.length > 0
      ? [
          {
            key: 'constraints',
            label: t('banks.browse.factor.constraints'),
            children: printConstraints(factor.constraints)
          }
        ]
      : []),
    {
      key: 'target',
      label: t('banks.browse.factor.target'),
      children: factor.targetLabel ? localize(factor.targetLabel, language) : value(factor.target)
    },
    {
      key: 'bands',
      label: t('banks.browse.factor.bands'),
      children: factor.bands
        .map((band) =>
          t('banks.browse.factor.bandsValue', {
            grade: band.grade,
            threshold:
              band.threshold === null
                ? t('banks.browse.factor.catchAll')
                : `${factor.direction === 'higher' ? '≥' : '≤'} ${value(band.threshold)}`,
            score: band.score
          })
        )
        .join(clauses)
    },
    ...(factor.redLines.length > 0
      ? [
          {
            key: 'redLines',
            label: t('banks.browse.factor.redLines'),
            children: factor.redLines
              .map(
                (line) =>
                  `${OPS[line.op]} ${value(line.value)}${colon}${localize(line.message, language)}`
              )
              .join('\n')
          }
        ]
      : []),
    ...(factor.basis
      ? [
          {
            key: 'basis',
            label: t('banks.browse.factor.basis'),
            children: localize(factor.basis, language)
          }
        ]
      : [])
  ]
  return (
    <Card
      size="small"
      data-testid={`bank-factor-${factor.id}`}
      title={
        <Space wrap size={8}>
          <Typography.Text code>{factor.id}</Typography.Text>
          <span>{localize(factor.name, language)}</span>
          <SourceTag source={factor.source} />
        </Space>
      }
      extra={
        section && (
          <Typography.Text type="secondary">
            {t('banks.browse.factor.feeds', {
              section: `${section.id} ${localize(section.title, language)}`
            })}
          </Typography.Text>
        )
      }
    >
      <Typography.Paragraph>{localize(factor.definition, language)}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { width: 140 }, content: { whiteSpace: 'pre-line' } }}
        items={items}
      />
      <ReferenceList bank={bank} references={factor.references} />
    </Card>
  )
}
