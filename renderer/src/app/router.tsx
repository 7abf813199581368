import { createHashRouter, Navigate } from 'react-router'
import { AssessmentsScreen } from '../features/assessments/AssessmentsScreen'
import { AppLayout } from './AppLayout'
import { paths, routePatterns } from './paths'

/** Loads a screen module on first visit, so the start-up bundle holds only the home screen. */
const screen =
  <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  async () => ({ Component: (await load())[name] })

export type AppRouter = ReturnType<typeof createAppRouter>

/**
 * Resolves once the router has loaded the screens of the current URL (lazy ones included), so
 * the first render shows the screen itself rather than an empty fallback.
 */
export function routerInitialized(router: AppRouter): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve()
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return
      unsubscribe()
      resolve()
    })
  })
}

/** The screens of one open assessment, under its workspace frame. */
function workspaceScreens() {
  return [
    {
      index: true,
      lazy: screen(() => import('../features/workspace/WorkspaceIndex'), 'WorkspaceIndex')
    },
    {
      path: routePatterns.section,
      lazy: screen(() => import('../features/questionnaire/SectionScreen'), 'SectionScreen')
    },
    {
      path: routePatterns.systems,
      lazy: screen(() => import('../features/systems/SystemsScreen'), 'SystemsScreen')
    },
    {
      path: routePatterns.bankUpgrade,
      lazy: screen(() => import('../features/bank-upgrade/BankUpgradeScreen'), 'BankUpgradeScreen')
    },
    {
      path: routePatterns.factors,
      lazy: screen(() => import('../features/factors/FactorsScreen'), 'FactorsScreen')
    },
    {
      path: routePatterns.results,
      lazy: screen(() => import('../features/results/ResultsScreen'), 'ResultsScreen')
    },
    {
      path: routePatterns.findings,
      lazy: screen(() => import('../features/remediation/RegisterScreen'), 'RegisterScreen')
    },
    {
      path: routePatterns.comparison,
      lazy: screen(() => import('../features/comparison/ComparisonScreen'), 'ComparisonScreen')
    },
    {
      path: routePatterns.review,
      lazy: screen(() => import('../features/review/ReviewScreen'), 'ReviewScreen')
    },
    {
      path: routePatterns.audit,
      lazy: screen(() => import('../features/audit/AuditScreen'), 'AuditScreen')
    },
    {
      path: routePatterns.report,
      lazy: screen(() => import('../features/report/ReportScreen'), 'ReportScreen')
    }
  ]
}

/**
 * Hash routing: the location lives after `#`, so the page itself is always index.html, whether
 * served from `app://bundle/index.html` in Electron or from a plain HTTP server in a browser.
 */
export function createAppRouter() {
  return createHashRouter([
    {
      // The report's print view stands outside the app's frame: it is what gets printed.
      path: routePatterns.print,
      lazy: screen(() => import('../features/report/PrintViewScreen'), 'PrintViewScreen')
    },
    {
      element: <AppLayout />,
      children: [
        { index: true, element: <Navigate to={paths.assessments} replace /> },
        { path: paths.assessments, element: <AssessmentsScreen /> },
        {
          path: paths.newAssessment,
          lazy: screen(
            () => import('../features/new-assessment/NewAssessmentScreen'),
            'NewAssessmentScreen'
          )
        },
        {
          path: paths.banks,
          lazy: screen(() => import('../features/banks/BanksScreen'), 'BanksScreen')
        },
        {
          path: routePatterns.bank,
          lazy: screen(() => import('../features/banks/BankBrowseScreen'), 'BankBrowseScreen')
        },
        {
          path: routePatterns.guide,
          lazy: screen(() => import('../features/guide/GuideScreen'), 'GuideScreen')
        },
        {
          path: paths.settings,
          lazy: screen(() => import('../features/settings/SettingsScreen'), 'SettingsScreen')
        },
        {
          path: routePatterns.workspace,
          lazy: screen(() => import('../features/workspace/WorkspaceLayout'), 'WorkspaceLayout'),
          children: workspaceScreens()
        },
        {
          path: '*',
          lazy: screen(() => import('../features/not-found/NotFoundScreen'), 'NotFoundScreen')
        }
      ]
    }
  ])
}
