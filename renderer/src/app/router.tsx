import { createHashRouter, Navigate } from 'react-router'
import { AssessmentsScreen } from '../features/assessments/AssessmentsScreen'
import { BanksScreen } from '../features/banks/BanksScreen'
import { NotFoundScreen } from '../features/not-found/NotFoundScreen'
import { SettingsScreen } from '../features/settings/SettingsScreen'
import { AppLayout } from './AppLayout'
import { paths } from './paths'

/**
 * Hash routing: the location lives after `#`, so the page itself is always index.html, whether
 * served from `app://bundle/index.html` in Electron or from a plain HTTP server in a browser.
 */
export function createAppRouter() {
  return createHashRouter([
    {
      element: <AppLayout />,
      children: [
        { index: true, element: <Navigate to={paths.assessments} replace /> },
        { path: paths.assessments, element: <AssessmentsScreen /> },
        { path: paths.banks, element: <BanksScreen /> },
        { path: paths.settings, element: <SettingsScreen /> },
        { path: '*', element: <NotFoundScreen /> }
      ]
    }
  ])
}
