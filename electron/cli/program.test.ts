import { describe, expect, it } from 'vitest'
import { productName, version } from '../../package.json'
import { cliIn, packageRoot } from './test-support'

const run = cliIn(() => packageRoot)

describe('stability-assessor program', () => {
  it('prints the app name and version for --version', async () => {
    expect(productName).toBe('Stability Assessor')
    expect(await run('--version')).toEqual({
      code: 0,
      out: `Stability Assessor ${version}\n`,
      err: ''
    })
  })

  it('prints usage naming the app and every command for --help', async () => {
    const { code, out } = await run('--help')
    expect(code).toBe(0)
    expect(out).toContain('Usage: stability-assessor')
    expect(out).toContain('Stability Assessor')
    for (const command of ['bank', 'sample', 'score', 'report']) expect(out).toContain(command)
    expect(out).toContain('Exit codes')
  })

  it.each([
    ['bank', 'validate'],
    ['bank', 'template'],
    ['bank', 'convert'],
    ['sample'],
    ['score'],
    ['report']
  ])('has --help for %s %s', async (...command) => {
    const { code, out } = await run(...command.filter(Boolean), '--help')
    expect(code).toBe(0)
    expect(out).toContain(`Usage: stability-assessor ${command.filter(Boolean).join(' ')}`)
  })

  it('exits 1 with a message on usage errors', async () => {
    const unknown = await run('frobnicate')
    expect(unknown.code).toBe(1)
    expect(unknown.err).toContain("unknown command 'frobnicate'")
    const missing = await run('score')
    expect(missing.code).toBe(1)
    expect(missing.err).toContain("missing required argument 'assessment.json'")
    const badSeed = await run('sample', '--seed', 'abc')
    expect(badSeed.code).toBe(1)
    expect(badSeed.err).toContain('the seed must be a whole number')
    const badLang = await run('score', 'x.json', '--lang', 'fr')
    expect(badLang.code).toBe(1)
    expect(badLang.err).toContain('Allowed choices are zh-CN, en-US')
  })
})
