import { Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'
import type { Section } from '@shared/bank/bank'
import type { Locale } from '@shared/bank/primitives'
import { formatScore, type SectionResult } from '@shared/scoring'
import { paths } from '../../app/paths'
import { sectionTitle } from './section-title'
import { isStarted } from './started'

interface SidebarSectionProps {
  assessmentId: string
  section: Section
  result: SectionResult | undefined
  language: Locale
}

/** Whole percent, rounded down: 99.6 % done is not "100 %" to someone checking what is left. */
const wholePercent = (percent: number): number => Math.floor(percent + 1e-9)

/** One section or process in the tree: id, title, provisional mark, completion bar and score. */
export function SidebarSection({ assessmentId, section, result, language }: SidebarSectionProps) {
  const { t } = useTranslation()
  const percent = wholePercent(result?.completion.percent ?? 0)
  const score = isStarted(result) ? formatScore(result?.combinedScore) : '—'
  const title = sectionTitle(section, language)
  return (
    <li>
      <NavLink
        to={paths.section(assessmentId, section.id)}
        className="sidebar-link sidebar-section"
        data-testid={`nav-section-${section.id}`}
        data-complete={percent >= 100 ? 'true' : undefined}
      >
        <span className="sidebar-section-line">
          <span className="sidebar-section-id">{section.id}</span>
          <span className="sidebar-section-title">{title}</span>
          {section.provisional && (
            <Tooltip title={t('workspace.nav.provisionalHint')} placement="right">
              <span className="provisional-mark">{t('workspace.nav.provisional')}</span>
            </Tooltip>
          )}
          <span className="sidebar-score" aria-hidden="true">
            {score}
          </span>
          {/* Heard, not seen: the bar and the bare score say it to the eye. The link's name is
              its visible text and this, so speech input finds it by what it shows. */}
          <span className="visually-hidden">
            {t('workspace.nav.sectionState', { percent: `${percent}%`, score })}
          </span>
        </span>
        <span className="sidebar-progress" aria-hidden="true">
          <span style={{ width: `${percent}%` }} />
        </span>
      </NavLink>
    </li>
  )
}
