import { Select } from 'antd'
import { useTranslation } from 'react-i18next'

const SYSTEMS = [
  'trading',
  'online',
  'margin',
  'custody',
  'market',
  'clearing',
  'otc',
  'assetManagement',
  'risk',
  'dataCenter'
] as const

interface ScopeSelectProps {
  id: string
  value: string[]
  onChange: (value: string[]) => void
  onBlur: () => void
}

/** The important systems in scope: common ones to pick, any other typed in. */
export function ScopeSelect({ id, value, onChange, onBlur }: ScopeSelectProps) {
  const { t } = useTranslation()
  return (
    <Select
      id={id}
      data-testid="field-scope"
      mode="tags"
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      tokenSeparators={[',', '，', '、']}
      placeholder={t('newAssessment.fields.scopePlaceholder')}
      options={SYSTEMS.map((system) => {
        const name = t(`newAssessment.systems.${system}`)
        return { value: name, label: name }
      })}
    />
  )
}
