import { Button, Result, Spin } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import type { WorkspaceState } from './useWorkspaceData'

/** Loading, a missing assessment or a missing bank version: said plainly, with a way on. */
export function WorkspaceUnavailable({
  state
}: {
  state: Exclude<WorkspaceState, { status: 'ready' }>
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  switch (state.status) {
    case 'loading':
      return (
        <div className="workspace-loading" role="status" aria-live="polite">
          <Spin />
          <span>{t('workspace.loading')}</span>
        </div>
      )
    case 'missing':
      return (
        <Result
          status="404"
          title={t('workspace.missing.title')}
          subTitle={t('workspace.missing.description')}
          extra={
            <Button type="primary" onClick={() => void navigate(paths.assessments)}>
              {t('workspace.missing.back')}
            </Button>
          }
        />
      )
    case 'bankMissing':
      return (
        <Result
          status="warning"
          title={t('workspace.bankMissing.title')}
          subTitle={t('workspace.bankMissing.description', {
            bankId: state.bankId,
            version: state.bankVersion
          })}
          extra={
            <Button type="primary" onClick={() => void navigate(paths.banks)}>
              {t('workspace.bankMissing.goBanks')}
            </Button>
          }
        />
      )
  }
}
