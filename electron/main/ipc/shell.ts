import { EXTERNAL_HOSTS } from '../url-policy'
import { IpcHandlerError } from './handle'
import type { IpcHandlers } from './handle'

/**
 * Handlers of the `shell:` domain. `openExternalSafely` is the one allow-listing helper
 * (security.ts); it answers whether the URL was handed to the browser.
 */
export function createShellHandlers(
  openExternalSafely: (url: string) => Promise<boolean>
): Pick<IpcHandlers, 'shell:open-external'> {
  return {
    'shell:open-external': async ({ url }) => {
      if (!(await openExternalSafely(url))) {
        throw new IpcHandlerError(
          'NOT_ALLOWED',
          `only https links to ${EXTERNAL_HOSTS.join(', ') || '(no host)'} can be opened`
        )
      }
      return { opened: true }
    }
  }
}
