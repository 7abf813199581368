import { contextBridge, ipcRenderer } from 'electron'
import { BRIDGE_GLOBAL } from '@shared/ipc/channels'
import { buildBridge } from './bridge'

// The sandboxed preload: no logic beyond wiring. Only the named functions built by buildBridge
// cross into the page; the IPC object itself and any channel-taking function never do.
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input))
)
