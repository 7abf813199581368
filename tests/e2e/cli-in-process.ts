import { runCommand, type CliContext } from '../../electron/cli/context'
import { findPackageRoot } from '../../electron/cli/io'

/**
 * A command of the command line run in-process, its own body (the program around it only parses
 * the arguments), in English, in the current folder: its exit code and what it printed. For specs
 * that check the app's files against what the command line reads from them.
 */
export async function runCommandInProcess(
  body: (ctx: CliContext) => Promise<number>
): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io = {
    stdout: (text: string) => void (out += text),
    stderr: (text: string) => void (err += text),
    cwd: process.cwd()
  }
  const ctx = { io, packageRoot: findPackageRoot(import.meta.dirname), language: 'en-US' as const }
  const code = await runCommand(ctx, () => body(ctx))
  return { code, out, err }
}
