import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { getDatabase } from '../db/database'
import { openStorage } from '../db/open-storage'
import { loadSettings } from '../db/repos/settings'
import { StorageError } from '../db/storage-error'
import { requestPersistentStorage } from '../db/storage-persistence'
import { initI18n } from '../i18n/i18n'
import { resolvePlatform } from '../platform'
import type { Platform } from '../platform/platform'
import { App } from './App'
import { setAppState } from './app-state'
import { createAppRouter, routerInitialized } from './router'
import { StartupError } from './StartupError'
import { StorageRecovery } from './startup/StorageRecovery'
import { installBuiltinBanks } from './startup/builtin-banks'
import { rememberRoutes, resumeLastRoute } from './startup/resume-route'
import type { StartupInfo } from './startup/startup-context'

/** What start-up hands to the UI. */
interface StartupResult {
  platform: Platform
  startup: StartupInfo
}

/**
 * The start-up work, in order. Everything the first screen depends on happens here, so the UI
 * never renders half-initialised: i18n (so even a storage failure is explained in the user's
 * language), the platform, the database (with any migration), then — in parallel — persistent
 * storage, the shipped banks and the settings.
 */
async function runStartupSteps(): Promise<StartupResult> {
  await initI18n()
  const platform = resolvePlatform()
  const db = await openStorage()
  const [storage, builtinBankProblems, settings] = await Promise.all([
    requestPersistentStorage(),
    installBuiltinBanks(db),
    loadSettings(db)
  ])
  // A bare start (the desktop app's) reopens the screen the assessor was last on.
  await resumeLastRoute(db)
  return { platform, startup: { storage, settings, builtinBankProblems } }
}

/**
 * The app's single start-up sequence: `#root` says `loading`, the steps run, the first screen is
 * committed, then `ready`. Any failure shows a clear message and sets `error`.
 */
export async function startApp(rootElement: HTMLElement): Promise<void> {
  setAppState('loading')
  const root = createRoot(rootElement)
  try {
    const { platform, startup } = await runStartupSteps()
    // The router loads the current URL's screen (a reload may land on any lazy route) first.
    const router = createAppRouter()
    rememberRoutes(router, getDatabase())
    await routerInitialized(router)
    // Commit synchronously, so `ready` is only set once the first screen is in the DOM.
    flushSync(() =>
      root.render(
        <StrictMode>
          <App platform={platform} startup={startup} router={router} />
        </StrictMode>
      )
    )
    // A render crash during that commit has already set `error`; never paper over it.
    if (rootElement.getAttribute('data-app-state') === 'loading') setAppState('ready')
  } catch (error) {
    console.error('Start-up failed', error)
    // Storage that cannot be opened gets its own explanation, never an empty list: the data is
    // still on disk, and nothing is written until it opens again.
    root.render(
      error instanceof StorageError ? (
        <StorageRecovery error={error} />
      ) : (
        <StartupError error={error} />
      )
    )
    setAppState('error')
  }
}
