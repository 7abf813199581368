import { describe, expect, it } from 'vitest'
import { productName, version } from '../../package.json'
import { createProgram } from './program'

const run = async (...args: string[]): Promise<string> => {
  let output = ''
  const program = createProgram()
    .exitOverride()
    .configureOutput({ writeOut: (text) => (output += text), writeErr: (text) => (output += text) })
  await program.parseAsync(args, { from: 'user' }).catch((error: unknown) => {
    // exitOverride turns --help/--version into a thrown CommanderError after printing.
    if (!(error instanceof Error && 'code' in error)) throw error
  })
  return output
}

describe('stability-assessor CLI', () => {
  it('prints the app name and version for --version', async () => {
    expect(productName).toBe('Stability Assessor')
    expect(await run('--version')).toBe(`Stability Assessor ${version}\n`)
  })

  it('prints usage naming the app for --help', async () => {
    const help = await run('--help')
    expect(help).toContain('Usage: stability-assessor')
    expect(help).toContain('Stability Assessor')
  })
})
