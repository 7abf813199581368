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

  it('prints usage naming the app and every command for --help, in Chinese by default', async () => {
    const { code, out } = await run('--help')
    expect(code).toBe(0)
    expect(out).toContain('用法： stability-assessor [options] [command]')
    expect(out).toContain('Stability Assessor（稳定性保障评估工具）')
    expect(out).toContain('命令：')
    for (const command of ['bank', 'ledger', 'sample', 'score', 'report'])
      expect(out).toContain(command)
    expect(out).toContain('退出码：0 成功；1 用法错误或输入无效；2 文件无法读取或写入。')
    const english = await run('--lang', 'en-US', '--help')
    expect(english.out).toContain('Usage: stability-assessor [options] [command]')
    expect(english.out).toContain('Exit codes: 0 success')
    expect(english.out).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it.each([
    ['bank', 'validate'],
    ['bank', 'template'],
    ['bank', 'convert'],
    ['ledger', 'template'],
    ['ledger', 'check'],
    ['ledger', 'apply'],
    ['sample'],
    ['score'],
    ['report']
  ])('has --help for %s %s in both languages', async (...command) => {
    const words = command.filter(Boolean)
    const chinese = await run(...words, '--help')
    expect(chinese.code).toBe(0)
    expect(chinese.out).toContain(`用法： stability-assessor ${words.join(' ')}`)
    expect(chinese.out).toMatch(/-h, --help +显示本帮助/)
    expect(chinese.out.replace(/\s+/g, ' ')).toContain('（可选：zh-CN、en-US；默认：zh-CN）')
    const english = await run(...words, '--help', '--lang=en-US')
    expect(english.out).toContain(`Usage: stability-assessor ${words.join(' ')}`)
    expect(english.out.replace(/\s+/g, ' ')).toContain('(choices: zh-CN, en-US, default: en-US)')
    expect(english.out).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it('exits 1 with a message on usage errors, in the chosen language', async () => {
    const said = async (...args: string[]) => {
      const { code, err } = await run(...args)
      expect(code).toBe(1)
      return err
    }
    expect(await said('frobnicate')).toBe('错误：未知命令「frobnicate」\n（加 --help 查看用法）\n')
    expect(await said('scor', '-l', 'en-US')).toBe(
      "error: unknown command 'scor'\n(Did you mean score?)\n(run with --help for usage)\n"
    )
    expect(await said('score')).toContain('错误：缺少必需的参数「assessment.json」')
    expect(await said('score', '--lang', 'en-US')).toContain(
      "error: missing required argument 'assessment.json'"
    )
    expect(await said('score', 'a.json', 'b.json')).toContain(
      '错误：参数过多：应为 1 个，实际 2 个'
    )
    expect(await said('score', '-b')).toContain('错误：选项「-b, --bank <file>」缺少取值')
    expect(await said('report', 'a.json')).toContain('错误：必须给出选项「-o, --out <file>」')
    expect(await said('bank', 'validate', '--bogus', 'x')).toContain('错误：未知选项「--bogus」')
    expect(await said('sample', '--seed', 'abc')).toContain(
      '错误：选项「-s, --seed <n>」的取值「abc」无效：种子须为整数'
    )
    expect(await said('sample', '--seed', 'abc', '--lang', 'en-US')).toContain(
      "error: option '-s, --seed <n>' argument 'abc' is invalid. the seed must be a whole number"
    )
    expect(await said('score', 'x.json', '--lang', 'fr')).toContain(
      '错误：选项「-l, --lang <locale>」的取值「fr」无效：可选值为 zh-CN, en-US'
    )
    expect(await said('bank', 'template', '-o', 'x.json', '--lang', 'en-US')).toBe(
      'stability-assessor: --out x.json: the template is an .xlsx file\n'
    )
    expect(await said('report', 'a.json', 'b.json', '-o', 'r.docx')).toBe(
      'stability-assessor: --format docx 只生成一份评估的报告；多份评估请生成汇总工作簿（--format xlsx）\n'
    )
  })
})
