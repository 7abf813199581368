import { resolve } from 'node:path'
import { APP_ENTRY_URL } from './url-policy'

/** Environment variable that moves the user-data folder (tests use a fresh one per run). */
export const USER_DATA_ENV = 'STABILITY_ASSESSOR_USER_DATA'

/**
 * The user-data folder requested through {@link USER_DATA_ENV}, made absolute against `cwd`, or
 * null to keep Electron's default. The single-instance lock lives in this folder, so two launches
 * with the same value share one instance and launches with different values are independent.
 */
export function userDataOverride(env: NodeJS.ProcessEnv, cwd: string): string | null {
  const value = env[USER_DATA_ENV]
  if (value === undefined || value.trim() === '') return null
  return resolve(cwd, value)
}

/** The first URL the window loads: the dev server when one is trusted, otherwise the bundle. */
export function startUrl(rendererUrl: string | undefined, devServerOrigin: string | null): string {
  return devServerOrigin !== null && rendererUrl !== undefined ? rendererUrl : APP_ENTRY_URL
}
