import { Checkbox, Flex, Input, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { FINDING_STATUSES } from '@shared/assessment/assessment'
import { RISK_LEVELS } from '@shared/scoring/risk-level'
import { REGISTER_SORTS, type RegisterView } from './register-view'

/** The "only" switches, in their order: the view's flag, its label (`remediation.filters.<label>`), its test id. */
const ONLY_SWITCHES = [
  { key: 'overdueOnly', label: 'overdue', testId: 'register-overdue-only' },
  { key: 'repeatOnly', label: 'repeat', testId: 'register-repeat-only' },
  { key: 'urgentOnly', label: 'urgent', testId: 'register-urgent-only' }
] as const

interface RegisterFiltersProps {
  view: RegisterView
  onChange: (view: RegisterView) => void
  shown: number
  total: number
}

/** Search, status and risk filters, the "only" switches and the order of the register. */
export function RegisterFilters({ view, onChange, shown, total }: RegisterFiltersProps) {
  const { t } = useTranslation()
  const set = (change: Partial<RegisterView>) => onChange({ ...view, ...change })
  /** A drop-down that sets one field of the view, named `remediation.filters.<field>`. */
  const select = <K extends 'status' | 'risk' | 'sort'>(
    field: K,
    testId: string,
    width: number,
    options: { value: RegisterView[K]; label: string }[]
  ) => (
    <Select
      data-testid={testId}
      aria-label={t(`remediation.filters.${field}`)}
      value={view[field]}
      onChange={(value: RegisterView[K]) => set({ [field]: value })}
      style={{ width }}
      options={options}
    />
  )
  return (
    <Flex gap={12} wrap align="center" data-testid="register-filters">
      <Input.Search
        allowClear
        data-testid="register-search"
        aria-label={t('remediation.filters.search')}
        placeholder={t('remediation.filters.search')}
        value={view.search}
        onChange={(event) => set({ search: event.target.value })}
        style={{ width: 260 }}
      />
      {select('status', 'register-status-filter', 150, [
        { value: 'all', label: t('remediation.filters.allStatuses') },
        ...FINDING_STATUSES.map((s) => ({ value: s, label: t(`remediation.statuses.${s}`) }))
      ])}
      {select('risk', 'register-risk-filter', 140, [
        { value: 'all', label: t('remediation.filters.allRisks') },
        ...RISK_LEVELS.map((r) => ({ value: r, label: t(`remediation.risk.${r}`) }))
      ])}
      {ONLY_SWITCHES.map(({ key, label, testId }) => (
        <Checkbox
          key={key}
          data-testid={testId}
          checked={view[key]}
          onChange={(event) => set({ [key]: event.target.checked })}
        >
          {t(`remediation.filters.${label}`)}
        </Checkbox>
      ))}
      {select(
        'sort',
        'register-sort',
        150,
        REGISTER_SORTS.map((s) => ({ value: s, label: t(`remediation.filters.sorts.${s}`) }))
      )}
      <span data-testid="register-shown">{t('remediation.filters.shown', { shown, total })}</span>
    </Flex>
  )
}
