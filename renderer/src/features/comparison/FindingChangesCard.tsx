import { Card, Descriptions, Typography } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Bank } from '@shared/bank/bank'
import { indexBank, type BankIndex } from '@shared/bank/lookup'
import type { Comparison } from '@shared/comparison'
import { findingTitle, parseFindingId } from '@shared/remediation'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'

const KINDS = ['opened', 'closed', 'repeated', 'carried'] as const
/** Across a bank upgrade also the previous gaps on questions the new bank removed. */
const KINDS_ACROSS_UPGRADE = [...KINDS, 'removed'] as const

/**
 * One finding as users know it: its item's id, then the question's text or the factor's name,
 * from the current bank or, for a question the new bank removed, from the previous one.
 */
function FindingLine({
  findingId,
  previousIndex
}: {
  findingId: string
  previousIndex: BankIndex
}) {
  const { index } = useWorkspace()
  const { language } = useLanguage()
  const { kind, targetId } = parseFindingId(findingId)
  const current = findingTitle(index, kind, targetId, language)
  const title =
    current === targetId ? findingTitle(previousIndex, kind, targetId, language) : current
  return (
    <li data-finding-id={findingId}>
      <Typography.Text code>{targetId}</Typography.Text>
      {title === targetId ? '' : ` ${title}`}
    </li>
  )
}

/** Findings opened, closed, repeated (a gap in both periods) and carried over, with their titles. */
export function FindingChangesCard({
  comparison,
  previousBank
}: {
  comparison: Comparison
  previousBank: Bank
}) {
  const { t } = useTranslation()
  const previousIndex = useMemo(() => indexBank(previousBank), [previousBank])
  return (
    <Card title={t('comparison.findings.title')} size="small">
      <Descriptions
        column={1}
        size="small"
        bordered
        labelStyle={{ width: 150, whiteSpace: 'nowrap' }}
        items={(comparison.bankMapping === null ? KINDS : KINDS_ACROSS_UPGRADE).map((kind) => {
          const ids = comparison.findings[kind]
          return {
            key: kind,
            label: `${t(`comparison.findings.${kind}`)} · ${ids.length}`,
            children:
              ids.length === 0 ? (
                <Typography.Text data-testid={`findings-${kind}`}>
                  {t('comparison.findings.none')}
                </Typography.Text>
              ) : (
                <ul
                  data-testid={`findings-${kind}`}
                  style={{ margin: 0, paddingInlineStart: 18, wordBreak: 'break-word' }}
                >
                  {ids.map((id) => (
                    <FindingLine key={id} findingId={id} previousIndex={previousIndex} />
                  ))}
                </ul>
              )
          }
        })}
      />
    </Card>
  )
}
