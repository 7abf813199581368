import {
  FileExcelOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  LockOutlined
} from '@ant-design/icons'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useProtectChoice } from '../protection/useProtection'
import { useReportExport, type ReportFormat } from './useReportExport'

/** One way to export a report: a format, or a workbook/Word file with a password to open it. */
export type ReportChoice = ReportFormat | 'xlsx-protected' | 'docx-protected'

/** The choices in the order they are offered; the protected ones last, after a separator. */
export const REPORT_CHOICES: readonly ReportChoice[] = [
  'xlsx',
  'docx',
  'pdf',
  'xlsx-protected',
  'docx-protected'
]

const ICONS: Record<ReportFormat, ReactNode> = {
  xlsx: <FileExcelOutlined />,
  docx: <FileWordOutlined />,
  pdf: <FilePdfOutlined />
}

const formatOf = (choice: ReportChoice): ReportFormat =>
  choice === 'xlsx-protected' ? 'xlsx' : choice === 'docx-protected' ? 'docx' : choice

export const isProtectedChoice = (choice: ReportChoice): boolean => choice.endsWith('-protected')

/**
 * The report export choices of one assessment, as the workspace header's menu and the home list's
 * dialog offer them. A protected choice first asks for the password (typed twice, never stored).
 */
export function useReportChoices(): {
  busy: boolean
  choose: (assessmentId: string, choice: ReportChoice) => Promise<void>
  label: (choice: ReportChoice) => string
  icon: (choice: ReportChoice) => ReactNode
  /** The password dialog; render it once next to the choices. */
  dialog: ReactNode
} {
  const { t } = useTranslation()
  const { busy, exportReport } = useReportExport()
  const { ask, dialog } = useProtectChoice('office')
  const choose = async (assessmentId: string, choice: ReportChoice): Promise<void> => {
    if (!isProtectedChoice(choice)) return exportReport([assessmentId], formatOf(choice))
    const answer = await ask()
    if (answer === null || !answer.encrypt) return
    await exportReport([assessmentId], formatOf(choice), { password: answer.passphrase })
  }
  const label = (choice: ReportChoice): string =>
    isProtectedChoice(choice)
      ? t(`report.protectedFormats.${formatOf(choice) as 'xlsx' | 'docx'}`)
      : t(`report.formats.${formatOf(choice)}`)
  const icon = (choice: ReportChoice): ReactNode =>
    isProtectedChoice(choice) ? (
      <span>
        <LockOutlined /> {ICONS[formatOf(choice)]}
      </span>
    ) : (
      ICONS[formatOf(choice)]
    )
  return { busy, choose, label, icon, dialog }
}
