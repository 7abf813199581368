import type { App } from 'electron'
import type { IpcHandlers } from './handle'

/** What `app:get-info` reads, injected so the handler runs without Electron in tests. */
export interface AppInfoSources {
  readonly app: Pick<App, 'getName' | 'getVersion' | 'getLocale' | 'getPath'>
  readonly versions: { readonly electron?: string; readonly chrome?: string }
  /** e.g. "Windows_NT 10.0.22631 x64" */
  readonly os: string
}

/** Handlers of the `app:` domain. */
export function createAppHandlers(sources: AppInfoSources): Pick<IpcHandlers, 'app:get-info'> {
  return {
    'app:get-info': async () => ({
      name: sources.app.getName(),
      version: sources.app.getVersion(),
      platform: 'electron',
      electron: sources.versions.electron,
      chrome: sources.versions.chrome,
      os: sources.os,
      locale: sources.app.getLocale(),
      userDataPath: sources.app.getPath('userData')
    })
  }
}
