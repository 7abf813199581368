import { useTranslation } from 'react-i18next'
import { useAppSettings } from '../../app/startup/useAppSettings'

/**
 * The name recorded as "who" in the audit trail: the assessor name from Settings, or a plain
 * placeholder until one is set (the trail must always name someone).
 */
export function useActorName(): string {
  const { t } = useTranslation()
  const { assessorName } = useAppSettings()
  return assessorName.trim() || t('settings.general.unnamedAssessor')
}
