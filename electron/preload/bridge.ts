import type { IpcChannel } from '@shared/ipc/channels'
import type { BridgeApi, IpcInput, IpcOutput } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'

/** Sends one call to main; in the preload this is `ipcRenderer.invoke`. */
export type Invoke = <C extends IpcChannel>(
  channel: C,
  input: IpcInput<C>
) => Promise<IpcResult<IpcOutput<C>>>

/**
 * Builds the object exposed to the page: exactly one named function per channel, each forwarding
 * its single argument. No channel name is accepted from the page, so the page can reach nothing
 * but these calls, and main validates every input again (electron/main/ipc/handle.ts).
 */
export function buildBridge(invoke: Invoke): BridgeApi {
  const api = {
    getAppInfo: (input) => invoke('app:get-info', input),
    saveFile: (input) => invoke('file:save', input),
    openFile: (input) => invoke('file:open', input),
    openExternal: (input) => invoke('shell:open-external', input),
    writeBackup: (input) => invoke('backup:write', input),
    listBackups: (input) => invoke('backup:list', input),
    readBackup: (input) => invoke('backup:read', input),
    printReportPdf: (input) => invoke('report:print-pdf', input)
  } satisfies BridgeApi
  return Object.freeze(api)
}
