import { ExperimentOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Button, Space } from 'antd'
import { useDeferredValue, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import { PageHeading } from '../../components/PageHeading'
import { useAssessmentListing } from '../../db/hooks/useAssessmentListing'
import { ImportAssessmentButton } from '../export/ImportAssessmentButton'
import { ExportSelectedReportsButton } from '../report/ExportSelectedReportsButton'
import { ExportPackageButton } from '../packages/ExportPackageButton'
import { ImportPackageButton } from '../packages/ImportPackageButton'
import { AssessmentTable } from './AssessmentTable'
import { EmptyState } from './EmptyState'
import { ListToolbar } from './ListToolbar'
import { countViews, filterAssessments } from './filter-assessments'
import { useAssessmentCommands } from './useAssessmentCommands'
import { useListFilters } from './useListFilters'
import { useOpenSample } from './useOpenSample'
import { useStaleListRefresh } from './useStaleListRefresh'

/** The home screen: every assessment on this computer, searchable, with its figures. */
export function AssessmentsScreen() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const listing = useAssessmentListing().data
  const [filters, setFilters] = useListFilters()
  const query = useDeferredValue(filters.query)
  const commands = useAssessmentCommands()
  const { openSample, busy } = useOpenSample()
  useStaleListRefresh(listing && [...listing.staleIds, ...listing.orphanIds])

  const rows = listing?.rows ?? []
  const trash = filters.view === 'trash'
  // Chosen for the consolidated report; only assessments still listed (not in the trash) count.
  const [selected, setSelected] = useState<string[]>([])
  const listed = new Set(rows.filter((r) => !r.deletedAt).map((r) => r.id))
  const selectedIds = selected.filter((id) => listed.has(id))
  const empty = listing !== undefined && rows.length === 0

  return (
    <>
      <PageHeading
        title={t('assessments.title')}
        intro={t('assessments.intro')}
        extra={
          <Space wrap>
            <ImportAssessmentButton />
            <ImportPackageButton />
            <Button
              icon={<ExperimentOutlined />}
              loading={busy}
              onClick={() => void openSample()}
              data-testid="open-sample"
            >
              {t('assessments.actions.sample')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="new-assessment"
              onClick={() => void navigate(paths.newAssessment)}
            >
              {t('assessments.actions.new')}
            </Button>
          </Space>
        }
      />
      {empty ? (
        <EmptyState onOpenSample={() => void openSample()} sampleBusy={busy} />
      ) : (
        <>
          <ListToolbar
            view={filters.view}
            query={filters.query}
            counts={countViews(rows)}
            onChange={setFilters}
          />
          {trash && (
            <Alert
              type="info"
              showIcon
              title={t('assessments.trashNote')}
              style={{ marginBottom: 16 }}
            />
          )}
          {!trash && (
            <Space wrap style={{ marginBottom: 12 }}>
              <ExportSelectedReportsButton selectedIds={selectedIds} />
              <ExportPackageButton ids={selectedIds} />
            </Space>
          )}
          <AssessmentTable
            rows={filterAssessments(rows, filters.view, query)}
            selection={trash ? undefined : { selectedIds, onChange: setSelected }}
            trash={trash}
            sort={filters.sort}
            onSort={(sort) => setFilters({ sort })}
            commands={commands}
            loading={listing === undefined}
          />
        </>
      )}
    </>
  )
}
