import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { initI18n } from '../i18n/i18n'
import { resolvePlatform } from '../platform'
import type { Platform } from '../platform/platform'
import { App } from './App'
import { setAppState } from './app-state'
import { StartupError } from './StartupError'

/** What start-up hands to the UI. Grows as steps are added (storage, loaded banks). */
interface StartupResult {
  platform: Platform
}

/**
 * The start-up work, in order. Everything the first screen depends on happens here, so the UI
 * never renders half-initialised. Later steps: open the IndexedDB storage, load the banks.
 */
async function runStartupSteps(): Promise<StartupResult> {
  await initI18n()
  const platform = resolvePlatform()
  return { platform }
}

/**
 * The app's single start-up sequence: `#root` says `loading`, the steps run, the first screen is
 * committed, then `ready`. Any failure shows a clear message and sets `error`.
 */
export async function startApp(rootElement: HTMLElement): Promise<void> {
  setAppState('loading')
  const root = createRoot(rootElement)
  try {
    const { platform } = await runStartupSteps()
    // Commit synchronously, so `ready` is only set once the first screen is in the DOM.
    flushSync(() =>
      root.render(
        <StrictMode>
          <App platform={platform} />
        </StrictMode>
      )
    )
    // A render crash during that commit has already set `error`; never paper over it.
    if (rootElement.getAttribute('data-app-state') === 'loading') setAppState('ready')
  } catch (error) {
    console.error('Start-up failed', error)
    root.render(<StartupError error={error} />)
    setAppState('error')
  }
}
