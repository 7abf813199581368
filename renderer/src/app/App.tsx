import { App as AntdApp, ConfigProvider } from 'antd'
import { RouterProvider } from 'react-router'
import { DownloadPrompt } from '../features/downloads/DownloadPrompt'
import { antdLocales } from '../i18n/antd-locale'
import { useLanguage } from '../i18n/useLanguage'
import { PlatformContext } from '../platform/platform-context'
import type { Platform } from '../platform/platform'
import { ErrorBoundary } from './ErrorBoundary'
import type { AppRouter } from './router'
import { StartupContext, type StartupInfo } from './startup/startup-context'
import { appTheme, HEADER_HEIGHT } from './theme'

export interface AppProps {
  /** Resolved once at start-up (see start-app.tsx). */
  platform: Platform
  /** Storage state, settings and bank problems found at start-up. */
  startup: StartupInfo
  /** Created and initialised by start-up, so the first screen (even a lazy one) is ready to show. */
  router: AppRouter
}

/** Composition only: error boundary, host platform, start-up info, antd theme and locale, router. */
export function App({ platform, startup, router }: AppProps) {
  const { language } = useLanguage()
  return (
    <ErrorBoundary>
      <PlatformContext value={platform}>
        <StartupContext value={startup}>
          <ConfigProvider theme={appTheme} locale={antdLocales[language]}>
            {/* Toasts below the sticky header, so they never cover its menu or language switch. */}
            <AntdApp message={{ top: HEADER_HEIGHT + 8 }}>
              <RouterProvider router={router} />
              <DownloadPrompt />
            </AntdApp>
          </ConfigProvider>
        </StartupContext>
      </PlatformContext>
    </ErrorBoundary>
  )
}
