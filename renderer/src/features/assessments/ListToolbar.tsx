import { DeleteOutlined, SearchOutlined } from '@ant-design/icons'
import { Input, Segmented } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LIST_VIEWS, type ListView } from './filter-assessments'

interface ListToolbarProps {
  view: ListView
  query: string
  counts: Record<ListView, number>
  onChange: (change: { view?: ListView; query?: string }) => void
}

/** Search and the status / trash views, each with how many assessments it holds. */
export function ListToolbar({ view, query, counts, onChange }: ListToolbarProps) {
  const { t } = useTranslation()
  // The box keeps its own text: the URL (and so `query`) follows in a transition, and an input
  // driven by a transition loses keystrokes typed quickly.
  const [text, setText] = useState(query)
  const label = (v: ListView): string =>
    v === 'all' || v === 'trash' ? t(`assessments.filters.${v}`) : t(`assessments.status.${v}`)
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}>
      <Input
        data-testid="assessment-search"
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('assessments.filters.search')}
        aria-label={t('assessments.filters.search')}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          onChange({ query: event.target.value })
        }}
        style={{ flex: '1 1 280px', maxWidth: 420 }}
      />
      <Segmented<ListView>
        data-testid="status-filter"
        aria-label={t('assessments.filters.status')}
        value={view}
        onChange={(next) => onChange({ view: next })}
        options={LIST_VIEWS.map((v) => ({
          value: v,
          icon: v === 'trash' ? <DeleteOutlined /> : undefined,
          label: (
            <span data-view={v}>
              {label(v)}
              <span style={{ opacity: 0.65, marginInlineStart: 6 }}>{counts[v]}</span>
            </span>
          )
        }))}
      />
    </div>
  )
}
