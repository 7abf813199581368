import { Flex, Select, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { actionLabel } from './action-label'
import type { AuditLine } from './audit-entries'
import { filterOptions, type AuditFilter } from './audit-filter'

interface AuditFiltersProps {
  lines: readonly AuditLine[]
  filter: AuditFilter
  onChange: (filter: AuditFilter) => void
  shown: number
}

/** Filter the trail by question or other item, by person and by action. */
export function AuditFilters({ lines, filter, onChange, shown }: AuditFiltersProps) {
  const { t } = useTranslation()
  const options = filterOptions(lines)
  /** What the three selects share: named, clearable, bound to their part of the filter. */
  const common = (key: 'target' | 'person' | 'action', width: number) => ({
    'data-testid': `audit-filter-${key}`,
    'aria-label': t(`audit.filters.${key}`),
    placeholder: t(`audit.filters.${key}`),
    allowClear: true,
    style: { width },
    value: filter[key],
    onChange: (value?: string) => onChange({ ...filter, [key]: value })
  })
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <Select
        {...common('target', 320)}
        showSearch={{ optionFilterProp: 'label' }}
        options={options.targets.map(([target, line]) => ({
          value: target,
          label: line.targetLabel
            ? `${line.targetId ?? target} ${line.targetLabel}`
            : (line.targetId ?? target)
        }))}
      />
      <Select
        {...common('person', 180)}
        options={options.people.map((person) => ({ value: person, label: person }))}
      />
      <Select
        {...common('action', 200)}
        options={options.actions.map((action) => ({
          value: action,
          label: actionLabel(action, t)
        }))}
      />
      <Typography.Text type="secondary" style={{ marginLeft: 'auto' }}>
        {t('audit.filters.count', { count: shown })}
      </Typography.Text>
    </Flex>
  )
}
