/** Why an IPC call failed; stable codes the renderer can branch on. */
export type IpcErrorCode =
  | 'FORBIDDEN_SENDER'
  | 'INVALID_INPUT'
  | 'UNKNOWN_CHANNEL'
  | 'NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'TOO_LARGE'
  | 'INTERNAL'

export interface IpcError {
  code: IpcErrorCode
  message: string
}

/**
 * Every IPC reply crosses as a Result envelope, so errors keep their code and message
 * (Electron flattens thrown errors from `invoke` into a generic string).
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export const ipcOk = <T>(value: T): IpcResult<T> => ({ ok: true, value })

export const ipcFail = (code: IpcErrorCode, message: string): IpcResult<never> => ({
  ok: false,
  error: { code, message }
})
