import { chmod, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Locale } from '../../shared/bank/primitives'
import { CliError } from './io'
import { say } from './language'
import { docxToPdf } from './libreoffice'
import { runCli } from './program'
import { capturedIo, defaultBankPath, temporaryFolder, type CliRun } from './test-support'

/*
 * What the commands print after they succeed, and the refusals that used to be English only (a
 * bank that does not match, an installed bank that does not read, LibreOffice failing), in both
 * languages. The package root is a folder of the test's own, so a broken installed bank can sit
 * next to the real one.
 */

vi.setConfig({ testTimeout: 120_000 })
const root = temporaryFolder()

async function run(language: Locale, ...args: string[]): Promise<CliRun> {
  const { io, printed } = capturedIo(root())
  const code = await runCli([...args, '--lang', language], { io, packageRoot: root(), language })
  return { code, ...printed() }
}

/** Runs `args` in zh-CN, refused (exit 1) saying `zh`, then in en-US saying `en`. */
async function expectRefusedInBoth(args: string[], zh: string, en: string): Promise<void> {
  const chinese = await run('zh-CN', ...args)
  expect(chinese.code).toBe(1)
  expect(chinese.err).toContain(zh)
  expect((await run('en-US', ...args)).err).toContain(en)
}

beforeAll(async () => {
  await mkdir(join(root(), 'resources/banks'), { recursive: true })
  await copyFile(defaultBankPath, join(root(), 'resources/banks/sac-stability-2025.json'))
  await writeFile(join(root(), 'resources/banks/broken.json'), '{ "id": ')
  expect((await run('en-US', 'sample', '--seed', '3', '--out', 's.json')).code).toBe(0)
})

describe('"wrote" lines in the chosen language', () => {
  it('bank template and bank convert', async () => {
    expect(await run('zh-CN', 'bank', 'template', '-o', 't.xlsx')).toEqual({
      code: 0,
      out: '已写入 t.xlsx\n',
      err: ''
    })
    expect((await run('en-US', 'bank', 'template', '-o', 't.xlsx')).out).toBe('wrote t.xlsx\n')
    const bank = 'resources/banks/sac-stability-2025.json'
    const zh = await run('zh-CN', 'bank', 'convert', bank, '-o', 'b.json')
    expect(zh.out).toMatch(
      /^已写入 b\.json（题库 sac-stability-2025 1\.0\.0，内容 [0-9a-f]{12}…）\n$/
    )
    const en = await run('en-US', 'bank', 'convert', bank, '-o', 'b.json')
    expect(en.out).toMatch(
      /^wrote b\.json \(bank sac-stability-2025 1\.0\.0, content [0-9a-f]{12}…\)\n$/
    )
  })

  it('sample, with its evidence files', async () => {
    const zh = await run('zh-CN', 'sample', '--seed', '3', '-o', 'z.json', '-e', 'files')
    expect(zh.out).toMatch(/^已写入 z\.json（\d+ 个答案，\d+ 个评价因子，种子 3）\n$/)
    // Without --bank it reads the installed banks for the newest: the broken one is named.
    expect(zh.err).toMatch(
      /^警告：跳过 resources\/banks\/broken\.json：[\s\S]+?\n已将 \d+ 个证据文件写入 files\n$/
    )
    const en = await run('en-US', 'sample', '--seed', '3', '-o', 'e.json', '-e', 'files')
    expect(en.out).toMatch(/^wrote e\.json \(\d+ answers, \d+ factors, seed 3\)\n$/)
    expect(en.err).toMatch(
      /^warning: skipping resources\/banks\/broken\.json: [\s\S]+?\nwrote \d+ evidence files into files\n$/
    )
  })

  it('the report workbook and the consolidated workbook', async () => {
    const one = await run('en-US', 'report', 's.json', '-o', 'r.xlsx')
    expect(one.out).toMatch(
      /^wrote r\.xlsx \(report of .+, \d{4}-\d\d-\d\d; overall \d+\.\d, DRAFT\)\n$/
    )
    const zh = await run('zh-CN', 'report', 's.json', 'z.json', '-o', 'c.xlsx')
    expect(zh.out).toBe('已写入 c.xlsx（汇总：2 份评估，1 家机构，0 处红线触发）\n')
    const en = await run('en-US', 'report', 's.json', 'z.json', '-o', 'c.xlsx')
    expect(en.out).toBe(
      'wrote c.xlsx (consolidated: 2 assessments, 1 institutions, 0 red-line breaches)\n'
    )
  })

  it('ledger template, the same words as the other commands', async () => {
    expect((await run('zh-CN', 'ledger', 'template', '-o', 'l.xlsx')).out).toBe('已写入 l.xlsx\n')
    expect((await run('en-US', 'ledger', 'template', '-o', 'l.xlsx')).out).toBe('wrote l.xlsx\n')
  })
})

describe('packages: the same "wrote" line as every command', () => {
  it('package create and package open', async () => {
    await run('en-US', 'sample', '--seed', '3', '-o', 'pk.json', '-e', 'pk-files')
    const args = [
      'package',
      'create',
      'pk.json',
      '-e',
      'pk-files',
      '-o',
      'p.zip',
      '--no-encryption'
    ]
    const zh = await run('zh-CN', ...args)
    expect(zh.code).toBe(0)
    expect(zh.out).toMatch(/^已写入 p\.zip（1 份评估，\d+ 个证据文件，未加密）\n$/)
    const en = await run('en-US', ...args)
    expect(en.out).toMatch(/^wrote p\.zip \(1 assessment, \d+ evidence files, not encrypted\)\n$/)
    const opened = await run('zh-CN', 'package', 'open', 'p.zip', '-o', 'opened-zh')
    expect(opened.out).toMatch(/^已写入 opened-zh（\d+ 个文件，与数据包内容逐字节相同）\n$/)
    const openedEn = await run('en-US', 'package', 'open', 'p.zip', '-o', 'opened-en')
    expect(openedEn.out).toMatch(
      /^wrote opened-en \(\d+ files, byte for byte as in the package\)\n$/
    )
  })

  it('package open into a file where the folder should be', async () => {
    const zh = await run('zh-CN', 'package', 'open', 'p.zip', '-o', 's.json')
    expect(zh.code).toBe(2)
    expect(zh.err).toBe(
      `stability-assessor: 无法读取文件夹 ${join(root(), 's.json')}：不是文件夹\n`
    )
    const en = await run('en-US', 'package', 'open', 'p.zip', '-o', 's.json')
    expect(en.err).toBe(
      `stability-assessor: cannot read the folder ${join(root(), 's.json')}: not a folder\n`
    )
  })
})

describe('refusals and warnings in the chosen language', () => {
  it('an assessment that does not fit its bank names the bank', async () => {
    const file = JSON.parse(await readFile(join(root(), 's.json'), 'utf8')) as {
      assessment: { answers: { questionId: string }[] }
    }
    file.assessment.answers.push({ ...file.assessment.answers[0]!, questionId: 'Z9.99' })
    await writeFile(join(root(), 'misfit.json'), JSON.stringify(file))
    for (const command of [['score'], ['report', '-o', 'm.xlsx']]) {
      const zh = await run('zh-CN', command[0]!, 'misfit.json', ...command.slice(1))
      expect(zh.code).toBe(1)
      expect(zh.err).toMatch(
        /^stability-assessor: misfit\.json（对照题库 sac-stability-2025 1\.0\.0）：/m
      )
      const en = await run('en-US', command[0]!, 'misfit.json', ...command.slice(1))
      expect(en.err).toMatch(
        /^stability-assessor: misfit\.json \(against bank sac-stability-2025 1\.0\.0\): /m
      )
    }
  })

  it('ledger apply for a bank without register measures', async () => {
    const measures = join(root(), 'resources/registers/sac-stability-2025-measures.json')
    await mkdir(join(root(), 'resources/registers'), { recursive: true })
    await writeFile(
      measures,
      JSON.stringify({ bankId: 'sac-stability-2025', bankVersions: ['9.9.9'], factors: [] })
    )
    await expectRefusedInBoth(
      ['ledger', 'apply', 's.json', 'l.xlsx', '-o', 'applied.json'],
      `\nstability-assessor: ${measures}：没有题库 sac-stability-2025 1.0.0 的台账计算规则\n`,
      `\nstability-assessor: ${measures}: no register measures for bank sac-stability-2025 1.0.0\n`
    )
  })

  it('an installed bank that does not read is skipped with a warning', async () => {
    const zh = await run('zh-CN', 'score', 's.json')
    expect(zh.code).toBe(0)
    expect(zh.err).toMatch(/^警告：跳过 resources\/banks\/broken\.json：[^\n]*[\u4e00-\u9fff]/)
    const en = await run('en-US', 'score', 's.json')
    expect(en.err).toMatch(/^warning: skipping resources\/banks\/broken\.json: /)
    expect(en.err).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it('a bank other than the one the assessment was made for', async () => {
    const file = JSON.parse(await readFile(join(root(), 's.json'), 'utf8')) as {
      assessment: { bank: { version: string; contentHash: string } }
    }
    const variant = async (name: string, bank: { version?: string; contentHash?: string }) => {
      const copy = structuredClone(file)
      Object.assign(copy.assessment.bank, bank)
      await writeFile(join(root(), name), JSON.stringify(copy))
    }
    await variant('other-content.json', { contentHash: 'f'.repeat(64) })
    await variant('other-version.json', { version: '9.9.9' })

    await expectRefusedInBoth(
      ['score', 'other-content.json'],
      '评估所用题库为 "sac-stability-2025" 1.0.0（内容 ffffffffffff…），但已安装的 resources/banks/sac-stability-2025.json 内容不同',
      'the assessment was made for bank "sac-stability-2025" 1.0.0 (content ffffffffffff…), but the installed resources/banks/sac-stability-2025.json has different content'
    )
    await expectRefusedInBoth(
      ['score', 'other-version.json'],
      '本机未安装（已安装：sac-stability-2025 1.0.0）；请用 --bank <文件> 给出',
      'which is not installed (installed: sac-stability-2025 1.0.0); pass it with --bank <file>'
    )

    const given = await run('zh-CN', 'score', 'other-version.json', '--bank', 'b.json')
    expect(given.code).toBe(1)
    expect(given.err).toMatch(
      /^stability-assessor: b\.json 是题库 "sac-stability-2025" 1\.0\.0（内容 [0-9a-f]{12}…），但评估所用题库为 "sac-stability-2025" 9\.9\.9（内容 /
    )
  })

  it('LibreOffice failing to convert the report', async () => {
    const fake = join(root(), 'fake-soffice')
    await writeFile(fake, '#!/bin/sh\necho "Error: source file could not be loaded" >&2\nexit 1\n')
    await chmod(fake, 0o755)
    const error = await docxToPdf(fake, new Uint8Array([1, 2, 3])).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CliError)
    const text = (error as CliError).text
    expect(say(text, 'zh-CN')).toBe(
      'LibreOffice 未能将报告转换为 PDF：Error: source file could not be loaded'
    )
    expect(say(text, 'en-US')).toBe(
      'LibreOffice could not convert the report to PDF: Error: source file could not be loaded'
    )
  })
})
