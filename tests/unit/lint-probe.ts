import { resolve } from 'node:path'
import { ESLint } from 'eslint'

/** The repository root, where eslint.config.js lives. */
export const ROOT = resolve(import.meta.dirname, '../..')

let eslint: ESLint | undefined

/**
 * The messages of one rule for `code` linted through the project's real eslint.config.js, as if
 * it were the file at `path` (from the repository root): how the lint tests prove a rule fails.
 */
export async function lintMessages(path: string, code: string, ruleId: string): Promise<string[]> {
  eslint ??= new ESLint({ cwd: ROOT })
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) })
  return (result?.messages ?? []).filter((m) => m.ruleId === ruleId).map((m) => m.message)
}
