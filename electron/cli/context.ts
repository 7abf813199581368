import type { Locale } from '../../shared/bank/primitives'
import type { CliIo } from './io'
import { CliError, EXIT_INVALID } from './io'
import { CLI_TEXTS, say } from './language'

/** What every command receives: its output channels and the package folder (for installed banks). */
export interface CliContext {
  io: CliIo
  /** Folder holding package.json and resources/; found by walking up when not given. */
  packageRoot: string
  /** The language problems are said in unless a command's `--lang` says otherwise. */
  language: Locale
}

/**
 * Runs a command body and turns any failure into a one-line message on stderr (plus detail
 * lines, e.g. the validation issues) and an exit code. Unexpected errors exit with 1 and say so,
 * rather than printing a stack trace at the user.
 */
export async function runCommand(
  ctx: CliContext,
  body: () => Promise<number>,
  language: Locale = ctx.language
): Promise<number> {
  try {
    return await body()
  } catch (error) {
    if (error instanceof CliError) {
      ctx.io.stderr(`stability-assessor: ${say(error.text, language)}\n`)
      for (const line of error.details) ctx.io.stderr(`${say(line, language)}\n`)
      return error.exitCode
    }
    const message = (error as Error).message ?? String(error)
    ctx.io.stderr(`stability-assessor: ${say(CLI_TEXTS.unexpected(message), language)}\n`)
    return EXIT_INVALID
  }
}
