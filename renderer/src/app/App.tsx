import { App as AntdApp, ConfigProvider } from 'antd'
import { useState } from 'react'
import { RouterProvider } from 'react-router'
import { antdLocales } from '../i18n/antd-locale'
import { useLanguage } from '../i18n/useLanguage'
import { PlatformContext } from '../platform/platform-context'
import type { Platform } from '../platform/platform'
import { ErrorBoundary } from './ErrorBoundary'
import { createAppRouter } from './router'
import { appTheme } from './theme'

export interface AppProps {
  /** Resolved once at start-up (see start-app.tsx). */
  platform: Platform
}

/** Composition only: error boundary, host platform, antd theme and locale, router. */
export function App({ platform }: AppProps) {
  const { language } = useLanguage()
  // One router per app; created lazily so importing this module has no side effects.
  const [router] = useState(createAppRouter)
  return (
    <ErrorBoundary>
      <PlatformContext value={platform}>
        <ConfigProvider theme={appTheme} locale={antdLocales[language]}>
          <AntdApp>
            <RouterProvider router={router} />
          </AntdApp>
        </ConfigProvider>
      </PlatformContext>
    </ErrorBoundary>
  )
}
