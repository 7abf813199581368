import { Card, Flex } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeading } from '../../components/PageHeading'
import { BulkAssignBar } from './BulkAssignBar'
import { FeedbackWorkbookActions } from './FeedbackWorkbookActions'
import { FindingDrawer } from './FindingDrawer'
import { RegisterFilters } from './RegisterFilters'
import { RegisterSummaryBar } from './RegisterSummaryBar'
import { RegisterTable } from './RegisterTable'
import { DEFAULT_REGISTER_VIEW, summarizeRegister, viewRegister } from './register-view'
import { useFindingSaver } from './useFindingSaver'
import { useRegister } from './useRegister'

/**
 * 问题清单 as a remediation register (docs/remediation.md): every finding with its risk level,
 * department, due date and status, filters and bulk assignment, the whole record in a drawer, and
 * the auditee's feedback workbook (export, import through the merge view).
 */
export function RegisterScreen() {
  const { t } = useTranslation()
  const entries = useRegister()
  const save = useFindingSaver()
  const [view, setView] = useState(DEFAULT_REGISTER_VIEW)
  const [selected, setSelected] = useState<string[]>([])
  const [editing, setEditing] = useState<string | null>(null)
  const shown = useMemo(() => viewRegister(entries, view), [entries, view])
  const summary = useMemo(() => summarizeRegister(entries), [entries])
  const selectedEntries = entries.filter((entry) => selected.includes(entry.findingId))
  return (
    <Flex vertical gap={16} data-testid="findings-screen">
      <PageHeading
        title={t('remediation.title')}
        intro={t('remediation.intro')}
        extra={<FeedbackWorkbookActions entries={entries} />}
      />
      <Card>
        <RegisterSummaryBar summary={summary} />
      </Card>
      <Card>
        <Flex vertical gap={12}>
          <RegisterFilters
            view={view}
            onChange={setView}
            shown={shown.length}
            total={entries.length}
          />
          <BulkAssignBar selected={selectedEntries} save={save} onDone={() => setSelected([])} />
          <RegisterTable
            entries={shown}
            save={save}
            selected={selected}
            onSelect={setSelected}
            onEdit={setEditing}
          />
        </Flex>
      </Card>
      <FindingDrawer
        entry={entries.find((entry) => entry.findingId === editing)}
        save={save}
        onClose={() => setEditing(null)}
      />
    </Flex>
  )
}
