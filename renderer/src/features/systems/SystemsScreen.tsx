import { App, Button, Space, type ButtonProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { KeySystem } from '@shared/assessment/assessment'
import { PageHeading } from '../../components/PageHeading'
import { getDatabase } from '../../db/database'
import { updateMetadata } from '../../db/repos/assessments'
import type { FactorRow } from '../../db/schema'
import { storedRegisterMeasurer } from '../registers/register-measurer'
import { useActorName } from '../settings/useActorName'
import { useWorkspace } from '../workspace/workspace-context'
import { KeySystemsEditor } from './KeySystemsEditor'
import { cleanSystem, systemsProblem } from './system-presets'
import { useFailureToast } from '../../i18n/useFailureToast'

const same = (a: readonly KeySystem[], b: readonly KeySystem[]): boolean =>
  JSON.stringify(a.map(cleanSystem)) === JSON.stringify(b.map(cleanSystem))

/**
 * `/a/:id/systems`: the assessment's key systems — name, class, real-time flag, service window —
 * edited as a list and saved together. Removing a system whose per-system figures were entered
 * asks first, and the figures' old values go to the audit log.
 */
export function SystemsScreen() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const failed = useFailureToast()
  const { assessment, bank, factorEntries, readOnly } = useWorkspace()
  const actor = useActorName()
  const stored = assessment.metadata.systems
  const [draft, setDraft] = useState<KeySystem[]>(() => [...stored])
  const [saving, setSaving] = useState(false)
  const dirty = !same(draft, stored)
  const problem = systemsProblem(draft)

  const confirmRemove = useConfirmSystemRemoval(factorEntries, stored)

  const save = async (): Promise<void> => {
    setSaving(true)
    try {
      // The registers' figures follow the key systems, measured in the register worker.
      await updateMetadata(
        getDatabase(),
        assessment.id,
        { ...assessment.metadata, systems: draft.map(cleanSystem) },
        actor,
        storedRegisterMeasurer(bank)
      )
      void message.success(t('systems.saved'))
    } catch (error) {
      failed(error, (message) => t('systems.saveFailed', { message }))
    } finally {
      setSaving(false)
    }
  }

  return (
    <div className="systems-page" data-testid="systems-page">
      <PageHeading title={t('systems.title')} intro={t('systems.intro')} />
      <KeySystemsEditor
        value={draft}
        onChange={setDraft}
        readOnly={readOnly}
        confirmRemove={confirmRemove}
      />
      {!readOnly && (
        <Space style={{ marginTop: 16 }} wrap>
          <Button
            type="primary"
            data-testid="systems-save"
            disabled={!dirty || problem !== null}
            loading={saving}
            onClick={() => void save()}
          >
            {t('systems.save')}
          </Button>
          {problem !== null && (
            <span className="systems-problem" role="alert" data-testid="systems-problem">
              {problem.kind === 'nameRequired'
                ? t('systems.nameRequired')
                : t('systems.nameTwice', { name: problem.name })}
            </span>
          )}
          {problem === null && dirty && (
            <span data-testid="systems-unsaved">{t('systems.unsaved')}</span>
          )}
        </Space>
      )}
    </div>
  )
}

/**
 * Asks before a system goes when it is already saved or has per-system figures (naming the
 * factors whose figures go with it); a row just added and still empty goes without asking.
 */
function useConfirmSystemRemoval(
  factorEntries: ReadonlyMap<string, FactorRow>,
  stored: readonly KeySystem[]
): (system: KeySystem) => Promise<boolean> {
  const { t } = useTranslation()
  const { modal } = App.useApp()
  return (system: KeySystem): Promise<boolean> => {
    const factors = [...factorEntries.values()]
      .filter((entry) => entry.bySystem?.[system.id] !== undefined)
      .map((entry) => entry.factorId)
    if (factors.length === 0 && stored.every((s) => s.id !== system.id))
      return Promise.resolve(true)
    return new Promise((resolve) => {
      modal.confirm({
        title: t('systems.removeConfirm', { name: system.name || system.id }),
        content:
          factors.length > 0
            ? t('systems.removeWithFigures', {
                count: factors.length,
                factors: factors.join(t('common.listSeparator'))
              })
            : undefined,
        okText: t('systems.removeOk'),
        okButtonProps: { danger: true, 'data-testid': 'system-remove-confirm' } as ButtonProps,
        cancelText: t('systems.cancel'),
        onOk: () => resolve(true),
        onCancel: () => resolve(false)
      })
    })
  }
}
