import { z } from 'zod'
import type { BridgeMethod, IpcChannel, ipcChannels } from './channels'
import type { IpcResult } from './result'

/** Largest file the bridge moves in one call (reports, packages, banks). */
export const MAX_BRIDGE_FILE_BYTES = 256 * 1024 * 1024

const fileFilter = z
  .object({
    name: z.string().min(1).max(80),
    extensions: z
      .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
      .min(1)
      .max(10)
  })
  .strict()

/** What the app reports about itself (About box, diagnostics, report metadata). */
export interface AppInfo {
  name: string
  version: string
  platform: 'electron' | 'browser'
  electron?: string
  chrome?: string
  os?: string
  locale: string
  userDataPath?: string
}

export interface SaveFileResult {
  saved: boolean
  /** Where it went; absent when the user cancelled. */
  path?: string
}

export interface OpenedFile {
  name: string
  bytes: Uint8Array
}

const phantom = <T>(): T => undefined as T

/**
 * The single IPC contract: input schema (parsed in main before any handler runs) and output type.
 * Every call takes one JSON-like object argument.
 */
export const ipcContract = {
  'app:get-info': {
    input: z.object({}).strict(),
    output: phantom<AppInfo>()
  },
  'file:save': {
    input: z
      .object({
        suggestedName: z
          .string()
          .min(1)
          .max(200)
          .refine(
            (name) =>
              !/[\\/:*?"<>|]/.test(name) && ![...name].some((ch) => ch.charCodeAt(0) < 0x20),
            'a file name, not a path'
          ),
        bytes: z
          .instanceof(Uint8Array)
          .refine((b) => b.byteLength <= MAX_BRIDGE_FILE_BYTES, 'file too large'),
        filters: z.array(fileFilter).max(10).optional()
      })
      .strict(),
    output: phantom<SaveFileResult>()
  },
  'file:open': {
    input: z
      .object({
        filters: z.array(fileFilter).max(10).optional(),
        maxBytes: z.number().int().positive().max(MAX_BRIDGE_FILE_BYTES)
      })
      .strict(),
    output: phantom<OpenedFile | null>()
  },
  'shell:open-external': {
    input: z.object({ url: z.string().max(2048) }).strict(),
    output: phantom<{ opened: boolean }>()
  }
} as const satisfies Record<IpcChannel, { input: z.ZodType; output: unknown }>

export type IpcInput<C extends IpcChannel> = z.input<(typeof ipcContract)[C]['input']>
export type IpcParsedInput<C extends IpcChannel> = z.output<(typeof ipcContract)[C]['input']>
export type IpcOutput<C extends IpcChannel> = (typeof ipcContract)[C]['output']

type ChannelOf<M extends BridgeMethod> = {
  [C in IpcChannel]: (typeof ipcChannels)[C] extends M ? C : never
}[IpcChannel]

/** The object the preload exposes on `window.stabilityAssessor`: one named function per channel. */
export type BridgeApi = {
  [M in BridgeMethod]: (
    input: IpcInput<ChannelOf<M>>
  ) => Promise<IpcResult<IpcOutput<ChannelOf<M>>>>
}
