import { ExperimentOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Button, Space } from 'antd'
import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import { PageHeading } from '../../components/PageHeading'
import { homeListKey, useHomeList } from '../../db/hooks/useAssessmentListing'
import type { ListCounts } from '../../db/repos/list-page'
import { ImportAssessmentButton } from '../assessment-file/ImportAssessmentButton'
import { ExportSelectedReportsButton } from '../report/ExportSelectedReportsButton'
import { ExportPackageButton } from '../packages/ExportPackageButton'
import { ImportPackageButton } from '../packages/ImportPackageButton'
import { AssessmentTable } from './AssessmentTable'
import { EmptyState } from './EmptyState'
import { ListToolbar } from './ListToolbar'
import { modelFromListing, modelFromPage, pagedByIndex } from './list-model'
import { useAssessmentCommands } from './useAssessmentCommands'
import { useListFilters } from './useListFilters'
import { useOpenSample } from './useOpenSample'
import { useStaleListRefresh } from './useStaleListRefresh'

const NO_COUNTS: ListCounts = { all: 0, draft: 0, inReview: 0, finalized: 0, trash: 0 }

/** The home screen: every assessment on this computer, searchable, with its figures. */
export function AssessmentsScreen() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [filters, setFilters] = useListFilters()
  const query = useDeferredValue(filters.query)
  const commands = useAssessmentCommands()
  const { openSample, busy } = useOpenSample()
  const { view, sort } = filters
  const trash = view === 'trash'

  // The page shown; back to the first whenever the view, search or sort changes.
  const listKey = `${view}|${query}|${sort.field}|${sort.order}`
  const [paging, setPaging] = useState({ key: listKey, page: 1, pageSize: 20 })
  const page = paging.key === listKey ? paging.page : 1
  const { pageSize } = paging

  // The default order reads one page through the indexes; a search or another sort reads every
  // line once and searches, sorts and pages in memory.
  const request = pagedByIndex(query, sort)
    ? { view, order: sort.order, offset: (page - 1) * pageSize, limit: pageSize }
    : null
  const data = useHomeList(request).data
  const model = useMemo(
    () =>
      data === undefined
        ? undefined
        : data.kind === 'page'
          ? modelFromPage(data.page, pageSize)
          : modelFromListing(data.listing, view, query, sort, page, pageSize),
    // sort is a new object each render; its fields are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, view, query, sort.field, sort.order, page, pageSize]
  )
  useStaleListRefresh(model?.refreshIds)
  // Every line answers any view, search and sort at once; a page read answers only its request,
  // so another page's rows stay on screen, marked as loading, until this one's arrive.
  const loading =
    model === undefined || (data?.kind === 'page' && data.key !== homeListKey(request))

  // Chosen for the consolidated report; only assessments still listed (not in the trash) count.
  const [selected, setSelected] = useState<string[]>([])
  const selectedIds = model ? selected.filter((id) => model.listedIds.has(id)) : []
  const empty = model !== undefined && model.counts.all + model.counts.trash === 0

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
            counts={model?.counts ?? NO_COUNTS}
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
            rows={model?.rows ?? []}
            paging={{
              page: model?.page ?? 1,
              pageSize,
              total: model?.total ?? 0,
              onChange: (next, size) => setPaging({ key: listKey, page: next, pageSize: size })
            }}
            selection={trash ? undefined : { selectedIds, onChange: setSelected }}
            trash={trash}
            sort={sort}
            onSort={(next) => setFilters({ sort: next })}
            commands={commands}
            loading={loading}
          />
        </>
      )}
    </>
  )
}
