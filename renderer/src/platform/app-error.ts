import type { IpcErrorCode } from '@shared/ipc/result'

/** The main process's codes, plus failures that only happen on the renderer side. */
export type AppErrorCode = IpcErrorCode | 'READ_FAILED'

/**
 * A failure with a stable code the UI can branch on (and translate); `message` is for logs and
 * diagnostics, not for display as-is.
 */
export class AppError extends Error {
  override readonly name = 'AppError'

  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Numbers a translated message may need (e.g. sizes for TOO_LARGE). */
    readonly details: Readonly<Record<string, number | string>> = {}
  ) {
    super(message)
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError
