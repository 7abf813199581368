import { listBackups, readBackup, writeBackup } from '../backups/backup-store'
import type { IpcHandlers } from './handle'

export interface BackupHandlerDeps {
  /** `<userData>/backups`; resolved by main, never given by the renderer. */
  readonly directory: () => string
  readonly now?: () => Date
}

/**
 * Handlers of the `backup:` domain: automatic rolling backups in the user-data folder. The
 * renderer hands over bytes and reads back by a name main generated; it never names a path.
 */
export function createBackupHandlers(
  deps: BackupHandlerDeps
): Pick<IpcHandlers, 'backup:write' | 'backup:list' | 'backup:read'> {
  return {
    'backup:write': ({ bytes, keep }) =>
      writeBackup(deps.directory(), bytes, { keep, ...(deps.now ? { now: deps.now() } : {}) }),
    'backup:list': () => listBackups(deps.directory()),
    'backup:read': async ({ name }) => ({ name, bytes: await readBackup(deps.directory(), name) })
  }
}
