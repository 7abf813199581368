import { Statistic, Table, Tag, Typography } from 'antd'
import type { HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  BankUpgradePlan,
  ConfirmReason,
  FactorConfirmReason,
  ItemChange,
  NotCarriedReason
} from '@shared/assessment/bank-upgrade'

import type { LocalizedText } from '@shared/bank/primitives'
import { localize } from '@shared/bank/lookup'
import { formatScore } from '@shared/scoring'
import { useLanguage } from '../../i18n/useLanguage'

type Reason = ConfirmReason | FactorConfirmReason | NotCarriedReason

/** One answer, factor entry or finding record and what happens to it. */
interface FateRow {
  key: string
  kind: 'question' | 'factor' | 'finding'
  id: string
  to: string
  outcome: 'carried' | 'confirm' | 'notCarried'
  reason: Reason | ''
}

const OUTCOME_COLOR = { carried: 'green', confirm: 'gold', notCarried: 'red' } as const

function fateRows(plan: BankUpgradePlan): FateRow[] {
  const row = (
    kind: FateRow['kind'],
    id: string,
    fate: { outcome: FateRow['outcome']; to?: string; reason?: Reason }
  ): FateRow => ({
    key: `${kind}:${id}`,
    kind,
    id,
    to: fate.to ?? '',
    outcome: fate.outcome,
    reason: fate.reason ?? ''
  })
  return [
    ...plan.answers.map((f) => row('question', f.questionId, f)),
    ...plan.factors.map((f) => row('factor', f.factorId, f)),
    ...plan.findings.map((f) => row('finding', f.findingId, f))
  ]
}

/** Not-carried first, then to confirm, then carried: what needs the assessor's eye leads. */
const ORDER = { notCarried: 0, confirm: 1, carried: 2 } as const

/**
 * The plan as the assessor reads it before confirming: the overall score before and after, the
 * counts by outcome, the question and factor changes, and every answer's fate with its reason.
 */
export function UpgradePlanView(props: {
  plan: BankUpgradePlan
  scoreBefore: number | null
  scoreAfter: number | null
  sectionTitles: ReadonlyMap<string, LocalizedText>
}) {
  const { t } = useTranslation()
  const { plan } = props
  const rows = fateRows(plan).sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome])
  const count = (outcome: FateRow['outcome']) => rows.filter((r) => r.outcome === outcome).length
  const changes = plan.changes.filter((c) => c.change !== 'same')
  const changeCount = (change: ItemChange['change']) =>
    changes.filter((c) => c.change === change).length
  return (
    <div className="bank-upgrade-plan" data-testid="bank-upgrade-plan">
      <PlanFigures {...props} count={count} />
      <Typography.Title level={2} className="bank-upgrade-subtitle">
        {t('bankUpgrade.itemsTitle')}
      </Typography.Title>
      <p data-testid="upgrade-item-counts">
        {changes.length === 0
          ? t('bankUpgrade.noItemChanges')
          : t('bankUpgrade.itemCounts', {
              added: changeCount('added'),
              removed: changeCount('removed'),
              moved: changeCount('moved'),
              changed: changeCount('changed')
            })}
      </p>
      {changes.length > 0 && (
        <ItemChangeTable changes={changes} sectionTitles={props.sectionTitles} />
      )}
      <Typography.Title level={2} className="bank-upgrade-subtitle">
        {t('bankUpgrade.fatesTitle')}
      </Typography.Title>
      <Table<FateRow>
        size="small"
        rowKey="key"
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="upgrade-fates"
        columns={[
          {
            title: t('bankUpgrade.columns.kind'),
            dataIndex: 'kind',
            render: (kind: FateRow['kind']) => t(`bankUpgrade.kinds.${kind}`)
          },
          { title: t('bankUpgrade.columns.id'), dataIndex: 'id' },
          {
            title: t('bankUpgrade.columns.to'),
            dataIndex: 'to',
            render: (to: string, row) => (to === '' || to === row.id ? '' : to)
          },
          {
            title: t('bankUpgrade.columns.outcome'),
            dataIndex: 'outcome',
            render: (outcome: FateRow['outcome']) => (
              <Tag color={OUTCOME_COLOR[outcome]}>{t(`bankUpgrade.counts.${outcome}`)}</Tag>
            )
          },
          {
            title: t('bankUpgrade.columns.reason'),
            dataIndex: 'reason',
            render: (reason: FateRow['reason']) =>
              reason === '' ? '' : t(`bankUpgrade.reasons.${reason}`)
          }
        ]}
      />
    </div>
  )
}

function PlanFigures(props: {
  plan: BankUpgradePlan
  scoreBefore: number | null
  scoreAfter: number | null
  count: (outcome: FateRow['outcome']) => number
}) {
  const { t } = useTranslation()
  return (
    <div className="bank-upgrade-figures">
      <Statistic
        title={t('bankUpgrade.scoreBefore', { version: props.plan.from.version })}
        value={formatScore(props.scoreBefore)}
        data-testid="upgrade-score-before"
      />
      <Statistic
        title={t('bankUpgrade.scoreAfter', { version: props.plan.to.version })}
        value={formatScore(props.scoreAfter)}
        data-testid="upgrade-score-after"
      />
      {(['carried', 'confirm', 'notCarried'] as const).map((outcome) => (
        <Statistic
          key={outcome}
          title={t(`bankUpgrade.counts.${outcome}`)}
          value={props.count(outcome)}
          data-testid={`upgrade-count-${outcome}`}
        />
      ))}
    </div>
  )
}

function ItemChangeTable(props: {
  changes: ItemChange[]
  sectionTitles: ReadonlyMap<string, LocalizedText>
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const section = (id: string) => {
    const title = props.sectionTitles.get(id)
    return title === undefined ? id : `${id} ${localize(title, language)}`
  }
  const { changes } = props
  return (
    <Table<ItemChange>
      size="small"
      rowKey={(c) => `${c.kind}:${c.id ?? ''}:${(c.from ?? []).join('+')}`}
      dataSource={changes}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      data-testid="upgrade-item-changes"
      onRow={(c) =>
        ({
          'data-testid': `upgrade-change-${c.id ?? c.from?.[0] ?? ''}`
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          title: t('bankUpgrade.columns.change'),
          dataIndex: 'change',
          render: (change: ItemChange['change']) => t(`bankUpgrade.changes.${change}`)
        },
        {
          title: t('bankUpgrade.columns.kind'),
          dataIndex: 'kind',
          render: (kind: ItemChange['kind']) => t(`bankUpgrade.kinds.${kind}`)
        },
        {
          title: t('bankUpgrade.columns.id'),
          render: (_: unknown, c) => {
            const from = (c.from ?? []).join(' + ')
            if (c.id === undefined) return from
            return from === '' || from === c.id ? c.id : `${from} → ${c.id}`
          }
        },
        {
          title: t('bankUpgrade.columns.section'),
          render: (_: unknown, c) =>
            c.section === undefined
              ? ''
              : c.section.from === c.section.to
                ? section(c.section.to)
                : `${section(c.section.from)} → ${section(c.section.to)}`
        },
        {
          title: t('bankUpgrade.columns.aspects'),
          dataIndex: 'aspects',
          render: (aspects: ItemChange['aspects']) =>
            aspects.map((a) => t(`bankUpgrade.aspects.${a}`)).join(t('common.listSeparator'))
        }
      ]}
    />
  )
}
