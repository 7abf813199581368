import { Alert } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { verifyAuditChain } from '@shared/assessment/audit-chain'
import type { AuditEntry } from '@shared/assessment/assessment'
import { useWorkspace } from '../workspace/workspace-context'

/**
 * The tamper-evident check of the log (docs/review.md): intact, or the first entry that does not
 * fit its chain — the same verdict as `stability-assessor verify`.
 */
export function AuditChainCheck({ newestFirst }: { newestFirst: readonly AuditEntry[] }) {
  const { t } = useTranslation()
  const { assessment } = useWorkspace()
  const verdict = useMemo(
    () => verifyAuditChain([...newestFirst].reverse(), assessment.auditHead),
    [newestFirst, assessment.auditHead]
  )
  if (verdict.intact)
    return (
      <Alert
        type="success"
        showIcon
        data-testid="audit-chain"
        data-intact="true"
        title={t('audit.chain.intact', { count: verdict.length })}
        description={
          verdict.unchained > 0 ? t('audit.chain.legacy', { count: verdict.unchained }) : undefined
        }
      />
    )
  return (
    <Alert
      type="error"
      showIcon
      data-testid="audit-chain"
      data-intact="false"
      title={t('audit.chain.broken', {
        index: verdict.index + 1,
        id: verdict.entryId ?? '—',
        problem: t(`audit.chain.problems.${verdict.problem}`)
      })}
    />
  )
}
