import type { Comparison } from '../../shared/comparison'
import { compareCommand } from '../../electron/cli/commands/compare'
import { runCommandInProcess } from './cli-in-process'
import { expect } from './fixtures'

/**
 * `stability-assessor compare prev curr --json`, run in-process on the two exported files (the
 * command's own body; the program around it only parses the arguments).
 */
export async function compareJson(previous: string, current: string): Promise<Comparison> {
  const { code, out, err } = await runCommandInProcess((ctx) =>
    compareCommand(previous, current, { json: true }, ctx)
  )
  expect(err).toBe('')
  expect(code).toBe(0)
  return JSON.parse(out) as Comparison
}
