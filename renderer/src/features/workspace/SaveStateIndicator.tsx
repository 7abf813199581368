import { CheckCircleFilled, CloseCircleFilled, LoadingOutlined } from '@ant-design/icons'
import { Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { useDescribeError } from '../../i18n/describe-error'
import { useSaveState } from './saves-context'

const ICONS = {
  saved: <CheckCircleFilled />,
  saving: <LoadingOutlined />,
  error: <CloseCircleFilled />
} as const

/**
 * The autosave indicator. There is no save button: "saved" means every change has committed to
 * IndexedDB; "not saved" says why and that the app keeps retrying.
 */
export function SaveStateIndicator() {
  const { t } = useTranslation()
  const describe = useDescribeError()
  const { status, error } = useSaveState()
  const hint =
    status === 'error'
      ? `${describe(error)} ${t('workspace.save.retrying')}`
      : t(status === 'saved' ? 'workspace.save.savedHint' : 'workspace.save.savingHint')

  return (
    <Tooltip title={hint} placement="bottomRight">
      <span
        className="save-state"
        data-testid="save-state"
        data-state={status}
        role="status"
        aria-live="polite"
        tabIndex={0}
      >
        {ICONS[status]}
        <span>{t(`workspace.save.${status}`)}</span>
      </span>
    </Tooltip>
  )
}
