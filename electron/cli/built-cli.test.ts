import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { version } from '../../package.json'
import { findPackageRoot } from './io'

/*
 * The one end-to-end check of the built command line (bin/stability-assessor.js → out/cli/index.js).
 * Everything else runs in-process (commands.test.ts); this only proves the build and the launcher
 * work, so it needs `npx electron-vite build` first and is skipped, saying so, without it — except
 * in CI, where `npm test` builds before the unit tests and a missing build is a failure.
 */

const root = findPackageRoot(import.meta.dirname)
const built = existsSync(join(root, 'out/cli/index.js'))
const reason = built
  ? ''
  : ' (skipped: out/cli/index.js is not built; run `npx electron-vite build` first)'

/** The built command line run as a user runs it, in `cwd` with the locale `env` names. */
async function cli(
  args: readonly string[],
  env: Record<string, string> = {},
  cwd = root
): Promise<{ code: number; out: string; err: string }> {
  const locale = { LC_ALL: '', LC_MESSAGES: '', LANG: '', ...env }
  return new Promise((done) =>
    execFile(
      process.execPath,
      [join(root, 'bin/stability-assessor.js'), ...args],
      { cwd, env: { ...process.env, ...locale } },
      (error, out, err) => done({ code: error === null ? 0 : Number(error.code), out, err })
    )
  )
}

describe.skipIf(!built && process.env.CI !== 'true')(`built command line${reason}`, () => {
  it('prints help and version through bin/stability-assessor.js', async () => {
    const run = promisify(execFile)
    const help = await run(
      process.execPath,
      [join(root, 'bin/stability-assessor.js'), '--help', '--lang', 'en-US'],
      { cwd: root }
    )
    expect(help.stdout).toContain('Usage: stability-assessor')
    for (const command of ['bank', 'sample', 'score', 'report', 'package'])
      expect(help.stdout).toContain(command)
    const v = await run(process.execPath, [join(root, 'bin/stability-assessor.js'), '--version'], {
      cwd: root
    })
    expect(v.stdout.trim()).toBe(`Stability Assessor ${version}`)
  })
})

describe.skipIf(!built && process.env.CI !== 'true')(
  `built command line, in the user's language${reason}`,
  () => {
    it('speaks usage in the language --lang names, else the locale, else Chinese', async () => {
      const chinese = await cli(['--help'])
      expect(chinese.code).toBe(0)
      expect(chinese.out).toContain('用法： stability-assessor [options] [command]')
      expect(chinese.out).toContain('退出码：0 成功；1 用法错误或输入无效；2 文件无法读取或写入。')
      const byLocale = await cli(['score', '--help'], { LANG: 'en_US.UTF-8' })
      expect(byLocale.out).toContain('Usage: stability-assessor score [options] <assessment.json>')
      expect(byLocale.out).toContain(
        'score an assessment file against the exact bank it was made for'
      )
      const byOption = await cli(['score', '--help', '--lang', 'zh-CN'], { LANG: 'en_US.UTF-8' })
      expect(byOption.out).toContain('用评估所针对的那份题库为评估文件评分')
      expect(await cli(['frobnicate'])).toEqual({
        code: 1,
        out: '',
        err: '错误：未知命令「frobnicate」\n（加 --help 查看用法）\n'
      })
      expect((await cli(['score'], { LC_ALL: 'en_GB.UTF-8' })).err).toBe(
        "error: missing required argument 'assessment.json'\n(run with --help for usage)\n"
      )
    }, 120_000)

    it('says a missing, unreadable or unwritable file in that language, exit 2, one line', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'stability-built-cli-'))
      try {
        expect(await cli(['score', 'missing.json'], {}, dir)).toEqual({
          code: 2,
          out: '',
          err: 'stability-assessor: 无法读取 missing.json：文件不存在\n'
        })
        expect(await cli(['score', 'missing.json', '--lang', 'en-US'], {}, dir)).toEqual({
          code: 2,
          out: '',
          err: 'stability-assessor: cannot read missing.json: no such file\n'
        })
        expect((await cli(['bank', 'validate', dir + '/'], { LANG: 'en_US.UTF-8' }, dir)).err).toBe(
          `stability-assessor: ${dir}/: a bank must be a .json or .xlsx file\n`
        )
        await writeFile(join(dir, 'a-file'), 'x')
        const unwritable = await cli(['sample', '--out', 'a-file/s.json'], {}, dir)
        expect(unwritable).toEqual({
          code: 2,
          out: '',
          err: 'stability-assessor: 无法写入 a-file/s.json：路径中的上级不是文件夹\n'
        })
        const english = await cli(['sample', '-o', 'a-file/s.json'], { LANG: 'en_US.UTF-8' }, dir)
        expect(english.err).toBe(
          'stability-assessor: cannot write a-file/s.json: a parent is not a directory\n'
        )
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    }, 120_000)
  }
)
