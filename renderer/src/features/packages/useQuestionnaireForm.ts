import { App } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '@shared/assessment/assessment'
import type { QuestionnaireImport } from '@shared/questionnaire-xlsx'
import { getDatabase } from '../../db/database'
import { useAssessorName } from '../../db/hooks/useAssessorName'
import { loadExistingAssessment } from '../../db/repos/assessments'
import { useLanguage } from '../../i18n/useLanguage'
import { readPickedFile } from '../../platform/browser-platform'
import { useWorkspace } from '../workspace/workspace-context'
import { assessmentFileNameAs } from '../assessment-file/assessment-file-name'
import { useMergeStarter } from './useMergeStarter'
import type { WorkbookReport } from './ImportReportDialogs'
import { MAX_PICKED_WORKBOOK_BYTES, workbookSave } from '../../platform/save-workbook'
import { useSaveFile } from '../../platform/useSaveFile'
import { useBusyAction } from '../../i18n/useBusyAction'

/** Loaded on first use only, so exceljs stays out of the initial bundle. */
const loadFormModule = () => import('@shared/questionnaire-xlsx')

export type FormReport = WorkbookReport<QuestionnaireImport>

/**
 * The questionnaire Excel round trip of the open assessment: export the fill-in form; read a filled
 * one back — refused with cell-level problems, or handed to the merge view as "theirs".
 */
export function useQuestionnaireForm() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { language } = useLanguage()
  const saveFile = useSaveFile()
  const { assessment: row, bank } = useWorkspace()
  const assessorName = useAssessorName()?.trim()
  const merge = useMergeStarter()
  const { busy, run } = useBusyAction<'export' | 'import'>()
  const [report, setReport] = useState<FormReport | null>(null)

  const load = (): Promise<Assessment> => loadExistingAssessment(getDatabase(), row.id)

  async function exportForm(): Promise<void> {
    const [{ writeQuestionnaireWorkbook }, assessment] = await Promise.all([
      loadFormModule(),
      load()
    ])
    const bytes = await writeQuestionnaireWorkbook(bank, assessment, { locale: language })
    const name = assessmentFileNameAs(assessment.metadata, '.questionnaire.xlsx')
    await saveFile(workbookSave(name, bytes as Uint8Array<ArrayBuffer>), () =>
      t('packages.form.exported')
    )
  }

  async function mergeForm(parsed: QuestionnaireImport, mine: Assessment, fileName: string) {
    const { questionnaireToAssessment } = await loadFormModule()
    const theirs = questionnaireToAssessment(mine, parsed, {
      by: assessorName || mine.metadata.assessors[0] || '—',
      at: new Date().toISOString()
    })
    await merge.start(theirs, t('packages.form.source', { file: fileName }))
  }

  async function importForm(file: File): Promise<void> {
    const { bytes } = await readPickedFile(file, MAX_PICKED_WORKBOOK_BYTES)
    const [{ readQuestionnaireWorkbook }, mine] = await Promise.all([loadFormModule(), load()])
    const read = await readQuestionnaireWorkbook(bytes, bank, mine)
    if (!read.ok) setReport({ kind: 'refused', issues: read.issues })
    else if (read.value.issues.length > 0)
      setReport({
        kind: 'rowIssues',
        issues: read.value.issues,
        parsed: read.value,
        mine,
        fileName: file.name
      })
    else if (
      read.value.answers.length === 0 &&
      read.value.factorEntries.length === 0 &&
      read.value.systems === undefined
    )
      void message.info(t('packages.form.noChanges'))
    else await mergeForm(read.value, mine, file.name)
  }

  async function continueWithValid(): Promise<void> {
    if (report?.kind !== 'rowIssues') return
    setReport(null)
    await mergeForm(report.parsed, report.mine, report.fileName)
  }

  return {
    busy,
    report,
    merge,
    exportForm: () => run(exportForm, 'packages.form.exportFailed', 'export'),
    importForm: (file: File) => run(() => importForm(file), 'packages.failed', 'import'),
    continueWithValid,
    dismiss: () => setReport(null)
  }
}
