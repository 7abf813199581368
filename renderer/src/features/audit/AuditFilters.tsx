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
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <Select
        data-testid="audit-filter-target"
        aria-label={t('audit.filters.target')}
        placeholder={t('audit.filters.target')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 320 }}
        value={filter.target}
        onChange={(target?: string) => onChange({ ...filter, target })}
        options={options.targets.map(([target, line]) => ({
          value: target,
          label: line.targetLabel
            ? `${line.targetId ?? target} ${line.targetLabel}`
            : (line.targetId ?? target)
        }))}
      />
      <Select
        data-testid="audit-filter-person"
        aria-label={t('audit.filters.person')}
        placeholder={t('audit.filters.person')}
        allowClear
        style={{ width: 180 }}
        value={filter.person}
        onChange={(person?: string) => onChange({ ...filter, person })}
        options={options.people.map((person) => ({ value: person, label: person }))}
      />
      <Select
        data-testid="audit-filter-action"
        aria-label={t('audit.filters.action')}
        placeholder={t('audit.filters.action')}
        allowClear
        style={{ width: 200 }}
        value={filter.action}
        onChange={(action?: string) => onChange({ ...filter, action })}
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
