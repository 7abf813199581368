import type { IpcMain, WebContents } from 'electron'
import type { z } from 'zod'
import type { IpcChannel } from '@shared/ipc/channels'
import { ipcContract } from '@shared/ipc/contract'
import type { IpcOutput, IpcParsedInput } from '@shared/ipc/contract'
import { ipcFail, ipcOk } from '@shared/ipc/result'
import type { IpcErrorCode, IpcResult } from '@shared/ipc/result'

/**
 * The only module that registers IPC handlers (ESLint and electron/main/boundaries.test.ts enforce
 * it). Every call is checked here before any handler runs: known channel, trusted top-level sender
 * frame, input parsed by the contract's zod schema. Handlers then see only valid input, and every
 * reply crosses as an `IpcResult`.
 */

/** The parts of an `IpcMainInvokeEvent` the checks read; a real event satisfies it. */
export interface IpcInvokeEventLike {
  readonly sender: WebContents
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null
}

/** What a handler learns about its caller, beyond the parsed input. */
export interface IpcHandlerContext {
  /** The webContents that called, e.g. to parent a dialog to its window. */
  readonly sender: WebContents
  /** The URL of the (trusted, top-level) frame that called. */
  readonly senderUrl: string
}

export type IpcHandler<C extends IpcChannel> = (
  input: IpcParsedInput<C>,
  context: IpcHandlerContext
) => Promise<IpcOutput<C>>

/** One handler per channel; a missing channel is a type error. */
export type IpcHandlers = { [C in IpcChannel]: IpcHandler<C> }

export type IpcListener<C extends IpcChannel> = (
  event: IpcInvokeEventLike,
  rawInput: unknown
) => Promise<IpcResult<IpcOutput<C>>>

/**
 * Thrown by a handler to fail with a specific code (e.g. `TOO_LARGE`) instead of `INTERNAL`.
 */
export class IpcHandlerError extends Error {
  constructor(
    readonly code: Exclude<IpcErrorCode, 'FORBIDDEN_SENDER' | 'UNKNOWN_CHANNEL'>,
    message: string
  ) {
    super(message)
    this.name = 'IpcHandlerError'
  }
}

/** "suggestedName: a file name, not a path; bytes: file too large" — names each bad field and why. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.')
      return `${path === '' ? '(input)' : path}: ${issue.message}`
    })
    .join('; ')
}

/** The sender's URL when it is a trusted top-level frame, otherwise the reason it is not. */
function checkSender(
  event: IpcInvokeEventLike,
  isTrustedSender: (url: string) => boolean
): { ok: true; url: string } | { ok: false; reason: string } {
  try {
    const frame = event.senderFrame
    if (frame === null) return { ok: false, reason: 'the sending frame is gone' }
    if (frame.parent !== null) return { ok: false, reason: 'sub-frames may not call the bridge' }
    if (!isTrustedSender(frame.url)) return { ok: false, reason: 'the sender is not the app' }
    return { ok: true, url: frame.url }
  } catch {
    // Reading a frame that was destroyed mid-call throws; that caller is not trusted either.
    return { ok: false, reason: 'the sending frame is gone' }
  }
}

/**
 * Builds the listener for one channel: refuses unknown channels, untrusted or nested senders and
 * invalid input without calling `handler`; turns thrown errors into `INTERNAL` (message kept,
 * stack dropped) or the code of an {@link IpcHandlerError}.
 */
export function createIpcListener<C extends IpcChannel>(
  channel: C,
  handler: IpcHandler<C>,
  isTrustedSender: (url: string) => boolean
): IpcListener<C> {
  return async (event, rawInput) => {
    if (!Object.hasOwn(ipcContract, channel)) {
      return ipcFail('UNKNOWN_CHANNEL', `unknown channel "${String(channel)}"`)
    }
    const sender = checkSender(event, isTrustedSender)
    if (!sender.ok) return ipcFail('FORBIDDEN_SENDER', `${channel}: ${sender.reason}`)

    const schema: z.ZodType = ipcContract[channel].input
    const parsed = schema.safeParse(rawInput)
    if (!parsed.success) {
      return ipcFail('INVALID_INPUT', `${channel}: ${describeZodError(parsed.error)}`)
    }

    try {
      const context = { sender: event.sender, senderUrl: sender.url }
      const value = await handler(parsed.data as IpcParsedInput<C>, context)
      return ipcOk(value)
    } catch (error) {
      if (error instanceof IpcHandlerError) return ipcFail(error.code, error.message)
      const message = error instanceof Error ? error.message : String(error)
      return ipcFail('INTERNAL', `${channel}: ${message}`)
    }
  }
}

/**
 * Registers one checked listener per contract channel. Iterates the contract, not `handlers`, so
 * nothing outside the contract can be registered; throws at start-up if a handler is missing.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: IpcHandlers,
  isTrustedSender: (url: string) => boolean
): void {
  for (const channel of Object.keys(ipcContract) as IpcChannel[]) {
    const handler = handlers[channel] as IpcHandler<typeof channel> | undefined
    if (typeof handler !== 'function') throw new Error(`No IPC handler for "${channel}"`)
    ipcMain.handle(channel, createIpcListener(channel, handler, isTrustedSender))
  }
}
