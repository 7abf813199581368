import type { BridgeApi } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'
import { safeFileName } from '@shared/util/safe-file-name'
import { AppError } from './app-error'
import type { Platform } from './platform'

/** Turns the bridge's Result envelope back into a value or a thrown, coded AppError. */
export async function unwrap<T>(reply: Promise<IpcResult<T>>): Promise<T> {
  const result = await reply
  if (result.ok) return result.value
  throw new AppError(result.error.code, result.error.message)
}

/** The desktop host: every call crosses the preload bridge to main, which owns dialogs and disk. */
export function createElectronPlatform(bridge: BridgeApi): Platform {
  return {
    kind: 'electron',
    getAppInfo: () => unwrap(bridge.getAppInfo({})),
    // The save dialog picks the type from the filters; the MIME type only matters to a browser.
    // Names from outside (imported evidence: any characters, up to 500) are made ones the bridge
    // and every file system accept, instead of failing as INVALID_INPUT.
    saveFile: async ({ suggestedName: name, bytes: data, filters }) => {
      const suggestedName = safeFileName(name)
      // The bridge carries bytes; a Blob is read here (off the main thread, by the browser).
      const bytes = data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data
      return unwrap(
        bridge.saveFile(filters ? { suggestedName, bytes, filters } : { suggestedName, bytes })
      )
    },
    openFile: ({ accept, maxBytes }) =>
      unwrap(
        bridge.openFile({
          maxBytes,
          filters: [
            {
              name: accept.map((extension) => extension.toUpperCase()).join(', '),
              extensions: accept
            }
          ]
        })
      ),
    printPdf: ({ html, suggestedName }) =>
      unwrap(bridge.printReportPdf({ html, suggestedName: safeFileName(suggestedName) })),
    autoBackups: {
      write: (bytes, keep, reason) => unwrap(bridge.writeBackup({ bytes, keep, reason })),
      list: () => unwrap(bridge.listBackups({})),
      read: (name) => unwrap(bridge.readBackup({ name }))
    }
  }
}
