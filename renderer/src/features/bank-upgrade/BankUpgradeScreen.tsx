import { Alert, App, Button, Select, Space, Typography, type ButtonProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AuditEntry } from '@shared/assessment/assessment'
import type { BankUpgradeSummary } from '@shared/assessment/bank-upgrade'
import { PageHeading } from '../../components/PageHeading'
import { getDatabase } from '../../db/database'
import { useBankCatalog } from '../../db/hooks/useBankCatalog'
import {
  useBankUpgradeView,
  useUndoableBankUpgrade,
  type BankUpgradeView
} from '../../db/hooks/useBankUpgrade'
import { applyStoredBankUpgrade, undoStoredBankUpgrade } from '../../db/repos/bank-upgrade'
import { formatDateTime } from '../../i18n/format'
import { useActorName } from '../settings/useActorName'
import { useWorkspace } from '../workspace/workspace-context'
import { UpgradePlanView } from './UpgradePlanView'
import { upgradeTargets } from './upgrade-targets'
import './bank-upgrade.css'
import { useBusyAction } from '../../i18n/useBusyAction'

/**
 * `/a/:id/bank-upgrade`: 升级题库 / Upgrade bank. Shows, before anything changes, what moving the
 * assessment to another installed version of its bank does to every answer; confirming writes it
 * all in one transaction with one audit entry, which can be undone while nothing changed since.
 */
export function BankUpgradeScreen() {
  const { t } = useTranslation()
  const { assessment, readOnly } = useWorkspace()
  const catalog = useBankCatalog().data ?? []
  const versions = upgradeTargets(catalog, assessment.bank)
  const [chosen, setChosen] = useState<string | undefined>(undefined)
  const target = chosen ?? versions[0]?.contentHash
  const view = useBankUpgradeView(assessment.id, target).data
  const undoable = useUndoableBankUpgrade(assessment.id).data

  return (
    <div className="bank-upgrade-page" data-testid="bank-upgrade-page">
      <PageHeading title={t('bankUpgrade.title')} intro={t('bankUpgrade.intro')} />
      <Space wrap style={{ marginBottom: 16 }}>
        <span data-testid="upgrade-current">
          {t('bankUpgrade.current', { id: assessment.bank.id, version: assessment.bank.version })}
        </span>
        {versions.length > 0 && (
          <label>
            {t('bankUpgrade.target')}{' '}
            <Select
              value={target}
              onChange={setChosen}
              style={{ minWidth: 160 }}
              data-testid="upgrade-target"
              options={versions.map((b) => ({ value: b.contentHash, label: b.version }))}
            />
          </label>
        )}
      </Space>
      {undoable && !readOnly && <UndoPanel entry={undoable} />}
      {assessment.status === 'finalized' ? (
        <Alert
          type="info"
          showIcon
          message={t('bankUpgrade.finalized')}
          data-testid="upgrade-finalized"
        />
      ) : readOnly ? (
        <Alert type="info" showIcon message={t('bankUpgrade.readOnly')} />
      ) : versions.length === 0 ? (
        <Alert
          type="info"
          showIcon
          message={t('bankUpgrade.noTarget')}
          data-testid="upgrade-no-target"
        />
      ) : (
        view && target && <PlanAndApply view={view} target={target} />
      )}
    </div>
  )
}

function PlanAndApply({ view, target }: { view: BankUpgradeView; target: string }) {
  const { t } = useTranslation()
  const { message, modal } = App.useApp()
  const { assessment } = useWorkspace()
  const actor = useActorName()
  const { busy, run } = useBusyAction()
  if (!view.ok) {
    const reason =
      view.refusal.problem === 'otherBank'
        ? t('bankUpgrade.refusals.otherBank', {
            bank: view.refusal.bank,
            assessmentBank: view.refusal.assessmentBank
          })
        : t(
            `bankUpgrade.refusals.${view.refusal.problem === 'finalized' ? 'finalized' : 'wrongSource'}`
          )
    return <Alert type="warning" showIcon message={t('bankUpgrade.refused', { reason })} />
  }
  const { plan } = view
  if (plan.noop) return <Alert type="info" showIcon message={t('bankUpgrade.noop')} />
  const counts = {
    carried: 0,
    confirm: 0,
    notCarried: 0
  }
  for (const fate of [...plan.answers, ...plan.factors, ...plan.findings]) counts[fate.outcome]++
  const apply = (): Promise<void> =>
    run(async () => {
      await applyStoredBankUpgrade(getDatabase(), assessment.id, target, actor)
      void message.success(t('bankUpgrade.applied', { version: plan.to.version }))
    }, 'bankUpgrade.applyFailed')
  const confirm = (): void => {
    modal.confirm({
      title: t('bankUpgrade.applyConfirm', { version: plan.to.version }),
      content: t('bankUpgrade.applyDetail', counts),
      okText: t('bankUpgrade.applyOk'),
      okButtonProps: { 'data-testid': 'upgrade-apply-confirm' } as ButtonProps,
      cancelText: t('bankUpgrade.cancel'),
      onOk: apply
    })
  }
  return (
    <>
      <UpgradePlanView
        plan={plan}
        scoreBefore={view.scoreBefore}
        scoreAfter={view.scoreAfter}
        sectionTitles={view.sectionTitles}
      />
      <Button
        type="primary"
        loading={busy !== null}
        onClick={confirm}
        data-testid="upgrade-apply"
        style={{ marginTop: 16 }}
      >
        {t('bankUpgrade.apply')}
      </Button>
    </>
  )
}

function UndoPanel({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const { assessment } = useWorkspace()
  const actor = useActorName()
  const { busy, run } = useBusyAction()
  const before = entry.oldValue as { bank: { version: string } }
  const after = entry.newValue as BankUpgradeSummary
  const undo = (): Promise<void> =>
    run(async () => {
      await undoStoredBankUpgrade(getDatabase(), assessment.id, actor)
      void message.success(t('bankUpgrade.undone', { version: before.bank.version }))
    }, 'bankUpgrade.undoFailed')
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="upgrade-undo-panel"
      message={<Typography.Text strong>{t('bankUpgrade.undoTitle')}</Typography.Text>}
      description={t('bankUpgrade.undoText', {
        from: before.bank.version,
        to: after.bank.version,
        by: entry.by,
        at: formatDateTime(entry.at, i18n.language)
      })}
      action={
        <Button loading={busy !== null} onClick={() => void undo()} data-testid="upgrade-undo">
          {t('bankUpgrade.undo')}
        </Button>
      }
    />
  )
}
