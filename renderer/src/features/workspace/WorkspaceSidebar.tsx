import {
  AuditOutlined,
  BarChartOutlined,
  CalculatorOutlined,
  ClusterOutlined,
  DiffOutlined,
  FileTextOutlined,
  HistoryOutlined,
  SwapOutlined,
  UnorderedListOutlined
} from '@ant-design/icons'
import { useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'
import { paths } from '../../app/paths'
import { formatScore } from '@shared/scoring'
import type { SectionResult } from '@shared/scoring'
import { useLanguage } from '../../i18n/useLanguage'
import { SidebarSection } from './SidebarSection'
import { isStarted } from './started'
import { useWorkspace } from './workspace-context'

/** The assessment's map: pillars → sections/processes with live completion and score, then the other screens. */
export function WorkspaceSidebar() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { assessment, bank, result } = useWorkspace()
  const sectionResults = useMemo(
    () => new Map<string, SectionResult>(result.sections.map((s) => [s.id, s])),
    [result]
  )
  // Like a section, a pillar shows "—" until something in it is entered.
  const pillarScores = useMemo(
    () =>
      new Map(
        result.pillars.map((p) => [
          p.id,
          result.sections.some((s) => s.pillarId === p.id && isStarted(s)) ? p.score : null
        ])
      ),
    [result]
  )
  const id = assessment.id

  return (
    <nav
      className="workspace-sidebar"
      data-testid="workspace-sidebar"
      aria-label={t('workspace.nav.label')}
    >
      <div className="sidebar-heading">{t('workspace.nav.questionnaire')}</div>
      {bank.pillars.map((pillar) => (
        <div key={pillar.id} className="sidebar-pillar">
          <div className="sidebar-pillar-title">
            <span>
              {pillar.id} {pillar.title[language]}
            </span>
            <span className="sidebar-score">{formatScore(pillarScores.get(pillar.id))}</span>
          </div>
          <ul>
            {pillar.sections.map((section) => (
              <SidebarSection
                key={section.id}
                assessmentId={id}
                section={section}
                result={sectionResults.get(section.id)}
                language={language}
              />
            ))}
          </ul>
        </div>
      ))}
      <ul className="sidebar-screens">
        <ScreenLink to={paths.systems(id)} icon={<ClusterOutlined />} testId="nav-systems">
          {t('workspace.nav.systems')}
        </ScreenLink>
        <ScreenLink to={paths.factors(id)} icon={<CalculatorOutlined />} testId="nav-factors">
          {t('workspace.nav.factors')}
        </ScreenLink>
        <ScreenLink to={paths.results(id)} icon={<BarChartOutlined />} testId="nav-results">
          {t('workspace.nav.results')}
        </ScreenLink>
        <ScreenLink to={paths.bankUpgrade(id)} icon={<SwapOutlined />} testId="nav-bank-upgrade">
          {t('workspace.nav.bankUpgrade')}
        </ScreenLink>
        <ScreenLink to={paths.report(id)} icon={<FileTextOutlined />} testId="nav-report">
          {t('workspace.nav.report')}
        </ScreenLink>
        <ScreenLink to={paths.findings(id)} icon={<UnorderedListOutlined />} testId="nav-findings">
          {t('workspace.nav.findings')}
        </ScreenLink>
        <ScreenLink to={paths.comparison(id)} icon={<DiffOutlined />} testId="nav-comparison">
          {t('workspace.nav.comparison')}
        </ScreenLink>
        <ScreenLink to={paths.review(id)} icon={<AuditOutlined />} testId="nav-review">
          {t('workspace.nav.review')}
        </ScreenLink>
        <ScreenLink to={paths.audit(id)} icon={<HistoryOutlined />} testId="nav-audit">
          {t('workspace.nav.audit')}
        </ScreenLink>
      </ul>
    </nav>
  )
}

function ScreenLink(props: { to: string; icon: ReactNode; testId: string; children: ReactNode }) {
  return (
    <li>
      <NavLink to={props.to} className="sidebar-link sidebar-screen" data-testid={props.testId}>
        {props.icon}
        <span>{props.children}</span>
      </NavLink>
    </li>
  )
}
