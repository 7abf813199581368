import { ExportOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { MenuButton } from '../../components/MenuButton'
import { HiddenFileInput } from '../../components/HiddenFileInput'
import { useWorkspace } from '../workspace/workspace-context'
import { QuestionnaireFormDialogs } from './QuestionnaireFormDialogs'
import { usePackageExport } from './usePackageExport'
import { useQuestionnaireForm } from './useQuestionnaireForm'

/**
 * The workspace header's "Exchange" menu: export a package of this assessment, export the
 * questionnaire form (.xlsx), import a filled form (hidden while read-only: a finalized assessment
 * accepts no merge). One menu keeps the header readable next to the score and the save state.
 * The file input stays mounted outside the menu, so the menu item and test tools can both use it.
 */
export function WorkspaceExchangeMenu() {
  const { t } = useTranslation()
  const { assessment, readOnly } = useWorkspace()
  const form = useQuestionnaireForm()
  const pkg = usePackageExport()
  const input = useRef<HTMLInputElement>(null)
  const busy = form.busy !== null || pkg.busy

  const items = [
    {
      key: 'package',
      icon: <ExportOutlined />,
      label: <span data-testid="export-package">{t('packages.export')}</span>,
      onClick: () => void pkg.run([assessment.id])
    },
    {
      key: 'form',
      icon: <FileExcelOutlined />,
      label: <span data-testid="export-questionnaire-form">{t('packages.form.export')}</span>,
      onClick: () => void form.exportForm()
    },
    ...(readOnly
      ? []
      : [
          {
            key: 'import',
            icon: <UploadOutlined />,
            label: (
              <span data-testid="import-questionnaire-form-item">{t('packages.form.import')}</span>
            ),
            onClick: () => input.current?.click()
          }
        ])
  ]
  return (
    <>
      <MenuButton items={items} testId="workspace-exchange" loading={busy}>
        {t('packages.exchange')}
      </MenuButton>
      {pkg.dialog}
      <HiddenFileInput
        ref={input}
        accept=".xlsx"
        testId="import-questionnaire-form"
        onFile={(file) => void form.importForm(file)}
      />
      <QuestionnaireFormDialogs form={form} />
    </>
  )
}
