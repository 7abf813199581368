import type { CliIo } from './io'
import { CliError, EXIT_INVALID } from './io'

/** What every command receives: its output channels and the package folder (for installed banks). */
export interface CliContext {
  io: CliIo
  /** Folder holding package.json and resources/; found by walking up when not given. */
  packageRoot: string
}

/**
 * Runs a command body and turns any failure into a one-line message on stderr (plus detail
 * lines, e.g. the validation issues) and an exit code. Unexpected errors exit with 1 and say so,
 * rather than printing a stack trace at the user.
 */
export async function runCommand(ctx: CliContext, body: () => Promise<number>): Promise<number> {
  try {
    return await body()
  } catch (error) {
    if (error instanceof CliError) {
      ctx.io.stderr(`stability-assessor: ${error.message}\n`)
      for (const line of error.details) ctx.io.stderr(`${line}\n`)
      return error.exitCode
    }
    ctx.io.stderr(
      `stability-assessor: unexpected error: ${(error as Error).message ?? String(error)}\n`
    )
    return EXIT_INVALID
  }
}
