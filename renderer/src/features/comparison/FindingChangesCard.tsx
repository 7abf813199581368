import { Card, Descriptions, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Comparison } from '@shared/comparison'
import { findingTitle, parseFindingId } from '@shared/remediation'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'

const KINDS = ['opened', 'closed', 'repeated', 'carried'] as const
/** Across a bank upgrade also the previous gaps on questions the new bank removed. */
const KINDS_ACROSS_UPGRADE = [...KINDS, 'removed'] as const

/** One finding as users know it: its item's id, then the question's text or the factor's name. */
function FindingLine({ findingId }: { findingId: string }) {
  const { index } = useWorkspace()
  const { language } = useLanguage()
  const { kind, targetId } = parseFindingId(findingId)
  const title = findingTitle(index, kind, targetId, language)
  return (
    <li data-finding-id={findingId}>
      <Typography.Text code>{targetId}</Typography.Text>
      {title === targetId ? '' : ` ${title}`}
    </li>
  )
}

/** Findings opened, closed, repeated (a gap in both periods) and carried over, with their titles. */
export function FindingChangesCard({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation()
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
                    <FindingLine key={id} findingId={id} />
                  ))}
                </ul>
              )
          }
        })}
      />
    </Card>
  )
}
