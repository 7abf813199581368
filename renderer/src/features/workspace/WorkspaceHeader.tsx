import { Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { DEFAULT_CONFIDENTIALITY } from '@shared/assessment/report-fields'
import { formatScore } from '@shared/scoring'
import { useLanguage } from '../../i18n/useLanguage'
import { StatusTag } from '../assessments/StatusTag'
import { ExportAssessmentButton } from '../assessment-file/ExportAssessmentButton'
import { WorkspaceExchangeMenu } from '../packages/WorkspaceExchangeMenu'
import { ExportReportButton } from '../report/ExportReportButton'
import { levelText } from '../results/format'
import { SaveStateIndicator } from './SaveStateIndicator'
import { useHeaderHeight } from './useHeaderHeight'
import { useWorkspace } from './workspace-context'

/** Who is assessed and for when, the status, the confidentiality label, the live overall score and level, the save state. */
export function WorkspaceHeader() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { assessment, result } = useWorkspace()
  const { metadata } = assessment
  const { score, level } = result.overall
  const headerRef = useHeaderHeight<HTMLElement>()
  const levelLabel =
    level !== null
      ? levelText(assessment.profile, level, language)
      : score !== null
        ? t('workspace.header.levelWithheld')
        : '—'

  return (
    <header className="workspace-header" ref={headerRef}>
      <div className="workspace-header-who">
        <Typography.Text strong className="workspace-institution" ellipsis>
          {metadata.institution}
        </Typography.Text>
        <div className="workspace-header-meta">
          <span>
            {t('workspace.header.period', {
              start: metadata.period.start,
              end: metadata.period.end
            })}
          </span>
          <StatusTag status={assessment.status} />
          <Tag color="red" data-testid="confidentiality-label">
            {t(`report.confidentiality.${metadata.confidentiality ?? DEFAULT_CONFIDENTIALITY}`)}
          </Tag>
        </div>
      </div>
      <div className="workspace-figure">
        <span className="workspace-figure-label">{t('workspace.header.overall')}</span>
        <span
          className="workspace-figure-value"
          data-testid="overall-score"
          data-value={score === null ? '' : formatScore(score)}
        >
          {formatScore(score)}
        </span>
      </div>
      <div className="workspace-figure">
        <span className="workspace-figure-label">{t('workspace.header.level')}</span>
        <span className="workspace-figure-level" data-testid="overall-level">
          {levelLabel}
        </span>
      </div>
      <SaveStateIndicator />
      <ExportReportButton assessmentId={assessment.id} />
      <ExportAssessmentButton assessmentId={assessment.id} />
      <WorkspaceExchangeMenu />
    </header>
  )
}
