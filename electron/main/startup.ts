import { APP_ENTRY_URL } from './url-policy'

/** The first URL the window loads: the dev server when one is trusted, otherwise the bundle. */
export function startUrl(rendererUrl: string | undefined, devServerOrigin: string | null): string {
  return devServerOrigin !== null && rendererUrl !== undefined ? rendererUrl : APP_ENTRY_URL
}
