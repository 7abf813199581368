import { Alert, App, Button, Modal, Space, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '@shared/assessment/assessment'
import type { Bank } from '@shared/bank/bank'
import { indexBank } from '@shared/bank/lookup'
import {
  conflictsBySection,
  REGISTERS_GROUP,
  resolveSection,
  type MergePlan,
  type MergeResolutions
} from '@shared/merge'
import { getDatabase } from '../../db/database'
import { useAssessorName } from '../../db/hooks/useAssessorName'
import type { CarriedEvidence } from '../../db/repos/evidence'
import { applyStoredMerge } from '../../db/repos/merge'
import { useDescribeError } from '../../i18n/describe-error'
import { loadMeasureModule } from '../registers/useRegisterFigures'
import { MergeConflictRow } from './MergeConflictRow'
import { MergeTakesList } from './MergeTakesList'
import { useValueContext } from '../audit/useValueContext'
import './merge.css'

/** What the merge view needs: the stored copy, the plan against theirs, its bank, and where theirs came from. */
export interface MergeSession {
  mine: Assessment
  plan: MergePlan
  bank: Bank
  source: string
  /** Files the package carried for theirs, not stored yet: the merge stores those it keeps. */
  carried?: CarriedEvidence
  /** The title instead of "合并评估：<institution>" (e.g. 核对被评估单位的反馈). */
  title?: string
}

interface MergeViewProps {
  session: MergeSession
  onClose: () => void
  onApplied: (merged: Assessment) => void
}

/**
 * The merge view: conflicts grouped by section with mine and theirs side by side, a choice per
 * conflict and "take all of theirs for this section", the one-sided items that will be taken, and
 * Apply (one transaction; every resolution and a summary go to the audit log).
 */
export function MergeView({ session, onClose, onApplied }: MergeViewProps) {
  const { t } = useTranslation()
  const describe = useDescribeError()
  const { message } = App.useApp()
  const by = useAssessorName()?.trim() || session.mine.metadata.assessors[0] || '—'
  const { mine, plan, bank, source } = session
  const index = useMemo(() => indexBank(bank), [bank])
  const context = useValueContext(index, mine.profile)
  const groups = useMemo(() => conflictsBySection(plan, bank), [plan, bank])
  const systems = useMemo(
    () => new Map(mine.metadata.systems.map((s) => [s.id, s.name])),
    [mine.metadata.systems]
  )
  const [resolutions, setResolutions] = useState<MergeResolutions>({})
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const open = plan.conflicts.filter((c) => !resolutions[c.key]).length

  async function apply(): Promise<void> {
    setBusy(true)
    setError(null)
    try {
      // The registers' figures are measured again after the merge (measures load on first use).
      const { bankFigureMeasurer } = await loadMeasureModule()
      const merged = await applyStoredMerge(
        getDatabase(),
        plan,
        resolutions,
        {
          by,
          at: new Date().toISOString(),
          source,
          measurer: bankFigureMeasurer(bank)
        },
        session.carried
      )
      const theirs = Object.values(resolutions).filter((s) => s === 'theirs').length
      void message.success(
        t('packages.merge.applied', {
          theirs,
          mine: plan.conflicts.length - theirs,
          taken: plan.takes.length
        })
      )
      onApplied(merged)
    } catch (caught) {
      setError(t('packages.merge.applyFailed', { message: describe(caught) }))
    } finally {
      setBusy(false)
    }
  }

  const sectionTitle = (id: string): string => {
    if (id === REGISTERS_GROUP) return t('packages.merge.registersGroup')
    const entry = index.sections.get(id)
    return entry ? `${id} ${entry.section.title[context.locale]}` : t('packages.merge.general')
  }

  return (
    <Modal
      open
      width={1080}
      title={session.title ?? t('packages.merge.title', { institution: mine.metadata.institution })}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Space>
          {open > 0 && (
            <Typography.Text type="warning" data-testid="merge-unresolved">
              {t('packages.merge.unresolved', { count: open })}
            </Typography.Text>
          )}
          <Button onClick={onClose}>{t('packages.merge.cancel')}</Button>
          <Button
            type="primary"
            data-testid="merge-apply"
            disabled={open > 0}
            loading={busy}
            onClick={() => void apply()}
          >
            {t('packages.merge.apply')}
          </Button>
        </Space>
      }
    >
      <div data-testid="merge-view" data-conflicts={plan.conflicts.length}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {t('packages.merge.source', { source })}
        </Typography.Paragraph>
        <Typography.Paragraph>
          {t('packages.merge.intro', {
            assessors: plan.theirs.assessors.join(context.words.listSeparator) || '—'
          })}
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <MergeTakesList
          takes={plan.takes}
          context={context}
          systems={systems}
          open={plan.conflicts.length === 0}
        />
        {plan.settled.length > 0 && (
          <Typography.Paragraph type="secondary">
            {t('packages.merge.settled', { count: plan.settled.length })}
          </Typography.Paragraph>
        )}
        <Typography.Title level={5}>
          {plan.conflicts.length > 0
            ? t('packages.merge.conflicts', { count: plan.conflicts.length })
            : t('packages.merge.noConflicts')}
        </Typography.Title>
        {[...groups].map(([sectionId, conflicts]) => (
          <section
            key={sectionId}
            className="merge-section"
            data-testid="merge-section"
            data-section-id={sectionId}
          >
            <div className="merge-section-head">
              <Typography.Text strong>{sectionTitle(sectionId)}</Typography.Text>
              {sectionId !== '' && (
                <Button
                  size="small"
                  data-testid={`merge-section-theirs-${sectionId}`}
                  onClick={() =>
                    setResolutions((r) => resolveSection(plan, bank, sectionId, 'theirs', r))
                  }
                >
                  {t('packages.merge.sectionTheirs')}
                </Button>
              )}
            </div>
            {conflicts.map((conflict) => (
              <MergeConflictRow
                key={conflict.key}
                conflict={conflict}
                chosen={resolutions[conflict.key]}
                onChoose={(side) => setResolutions((r) => ({ ...r, [conflict.key]: side }))}
                context={context}
                systems={systems}
              />
            ))}
          </section>
        ))}
      </div>
    </Modal>
  )
}
