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

/** The assessment's other screens, in the sidebar's order; each is named by `workspace.nav.<screen>`. */
const SCREENS = [
  { screen: 'systems', icon: <ClusterOutlined />, testId: 'nav-systems' },
  { screen: 'factors', icon: <CalculatorOutlined />, testId: 'nav-factors' },
  { screen: 'results', icon: <BarChartOutlined />, testId: 'nav-results' },
  { screen: 'bankUpgrade', icon: <SwapOutlined />, testId: 'nav-bank-upgrade' },
  { screen: 'report', icon: <FileTextOutlined />, testId: 'nav-report' },
  { screen: 'findings', icon: <UnorderedListOutlined />, testId: 'nav-findings' },
  { screen: 'comparison', icon: <DiffOutlined />, testId: 'nav-comparison' },
  { screen: 'review', icon: <AuditOutlined />, testId: 'nav-review' },
  { screen: 'audit', icon: <HistoryOutlined />, testId: 'nav-audit' }
] as const satisfies readonly { screen: keyof typeof paths; icon: ReactNode; testId: string }[]

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
        {SCREENS.map(({ screen, icon, testId }) => (
          <li key={screen}>
            <NavLink
              to={paths[screen](id)}
              className="sidebar-link sidebar-screen"
              data-testid={testId}
            >
              {icon}
              <span>{t(`workspace.nav.${screen}`)}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
