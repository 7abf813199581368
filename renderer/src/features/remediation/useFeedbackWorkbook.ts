import { App } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '@shared/assessment/assessment'
import type { FeedbackImport } from '@shared/feedback-xlsx'
import type { RegisterEntry } from '@shared/remediation'
import { getDatabase } from '../../db/database'
import { loadExistingAssessment } from '../../db/repos/assessments'
import { useLanguage } from '../../i18n/useLanguage'
import { readPickedFile } from '../../platform/browser-platform'
import { assessmentFileNameAs } from '../assessment-file/assessment-file-name'
import { useMergeStarter } from '../packages/useMergeStarter'
import type { WorkbookReport } from '../packages/ImportReportDialogs'
import { useWorkspace } from '../workspace/workspace-context'
import { MAX_PICKED_WORKBOOK_BYTES, workbookSave } from '../../platform/save-workbook'
import { useSaveFile } from '../../platform/useSaveFile'
import { useBusyAction } from '../../i18n/useBusyAction'

/** Loaded on first use only, so exceljs stays out of the initial bundle. */
const loadFeedbackModule = () => import('@shared/feedback-xlsx')

export type FeedbackReport = WorkbookReport<FeedbackImport, { at: string }>

const load = (id: string): Promise<Assessment> => loadExistingAssessment(getDatabase(), id)

/** Reads a picked workbook against the assessment as stored now; writes nothing. */
async function readFeedbackFile(file: File, id: string, entries: readonly RegisterEntry[]) {
  const { bytes } = await readPickedFile(file, MAX_PICKED_WORKBOOK_BYTES)
  const [{ readFeedbackWorkbook }, mine] = await Promise.all([loadFeedbackModule(), load(id)])
  const at = new Date().toISOString()
  const findingIds = new Set(entries.map((entry) => entry.findingId))
  const read = await readFeedbackWorkbook(bytes, { assessment: mine, findingIds, at })
  return { read, mine, at }
}

/**
 * The auditee's feedback workbook (事实确认) of the open assessment: export the register for the
 * assessed department; read a filled one back — refused with cell-level problems, or handed to the
 * merge view, where each answer is shown next to what the finding holds and written (with its
 * audit entry) only when the lead applies it.
 */
export function useFeedbackWorkbook(entries: readonly RegisterEntry[]) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { language } = useLanguage()
  const saveFile = useSaveFile()
  const { assessment: row } = useWorkspace()
  const merge = useMergeStarter()
  const { busy, run } = useBusyAction<'export' | 'import'>()
  const [report, setReport] = useState<FeedbackReport | null>(null)

  async function exportWorkbook(): Promise<void> {
    const [{ writeFeedbackWorkbook }, assessment] = await Promise.all([
      loadFeedbackModule(),
      load(row.id)
    ])
    const bytes = await writeFeedbackWorkbook(assessment, entries, { locale: language })
    const name = assessmentFileNameAs(assessment.metadata, '.feedback.xlsx')
    await saveFile(workbookSave(name, bytes as Uint8Array<ArrayBuffer>), () =>
      t('remediation.feedbackFile.exported')
    )
  }

  async function review(parsed: FeedbackImport, mine: Assessment, fileName: string, at: string) {
    const { feedbackToAssessment } = await loadFeedbackModule()
    const theirs = feedbackToAssessment(mine, parsed, at)
    const source = t('remediation.feedbackFile.source', { file: fileName })
    await merge.start(theirs, source, undefined, t('remediation.feedbackFile.reviewTitle'))
  }

  async function importWorkbook(file: File): Promise<void> {
    const { read, mine, at } = await readFeedbackFile(file, row.id, entries)
    if (!read.ok) setReport({ kind: 'refused', issues: read.issues })
    else if (read.value.issues.length > 0) {
      const { issues } = read.value
      setReport({ kind: 'rowIssues', issues, parsed: read.value, mine, fileName: file.name, at })
    } else if (read.value.changes.length === 0)
      void message.info(t('remediation.feedbackFile.noChanges'))
    else await review(read.value, mine, file.name, at)
  }

  async function continueWithValid(): Promise<void> {
    if (report?.kind !== 'rowIssues') return
    setReport(null)
    await review(report.parsed, report.mine, report.fileName, report.at)
  }

  return {
    busy,
    report,
    merge,
    exportWorkbook: () => run(exportWorkbook, 'remediation.feedbackFile.exportFailed', 'export'),
    importWorkbook: (file: File) =>
      run(() => importWorkbook(file), 'remediation.feedbackFile.failed', 'import'),
    continueWithValid,
    dismiss: () => setReport(null)
  }
}
