import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseAssessmentJson } from '../../shared/assessment'
import { cliIn, defaultBankPath, words } from './test-support'

/** The command line run in the folder `cwd`. */
const run = (cwd: string, ...args: string[]) => cliIn(() => cwd)(...args)

describe('assessment upgrade', () => {
  it('prints what carries, what to confirm and what cannot, and writes a file that fits 1.1.0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upgrade-'))
    const sample = await run(
      dir,
      'sample',
      '--bank',
      defaultBankPath,
      '--seed',
      '3',
      '--out',
      'a.json'
    )
    expect(sample.err).toBe('')
    const before = readFileSync(join(dir, 'a.json'), 'utf8')
    const { code, out, err } = await run(
      dir,
      ...words('assessment upgrade a.json --bank sac-stability-2025@1.1.0 --out b.json')
    )
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(out).toContain('升级题库：sac-stability-2025 1.0.0 → 1.1.0')
    expect(out).toMatch(/原样沿用：\d+/)
    expect(out).toMatch(/沿用，请确认：\d+/)
    expect(out).toMatch(/C6\.06：题库要求确认/)
    expect(out).toMatch(/F11：新版本按系统填报/)
    expect(out).toMatch(/总分：升级前 [\d.]+，升级后 [\d.—]+/)
    // The input is never changed; the output is a 1.1.0 assessment with one audit entry more.
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(before)
    const a = parseAssessmentJson(before)
    const b = parseAssessmentJson(readFileSync(join(dir, 'b.json'), 'utf8'))
    if (!a.ok || !b.ok) throw new Error('unreadable')
    expect(b.value.assessment.bank.version).toBe('1.1.0')
    expect(b.value.assessment.auditLog.length).toBe(a.value.assessment.auditLog.length + 1)
    const counts = out
      .match(/：(\d+)/g)!
      .slice(0, 3)
      .map((m) => Number(m.slice(1)))
    const { answers, factors, findings } = a.value.assessment
    expect(counts.reduce((x, y) => x + y, 0)).toBe(
      answers.length + factors.length + findings.length
    )

    // Upgrading again changes nothing and writes nothing.
    const second = await run(
      dir,
      ...words(
        'assessment upgrade b.json --bank sac-stability-2025@1.1.0 --out c.json --lang en-US'
      )
    )
    expect(second.code).toBe(0)
    expect(second.out).toContain('nothing to upgrade, no file written')
    expect(() => readFileSync(join(dir, 'c.json'))).toThrow()
  })

  it('refuses another bank and a missing file clearly, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upgrade-'))
    const missing = await run(
      dir,
      ...words('assessment upgrade none.json --bank sac-stability-2025 --out b.json')
    )
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('none.json')
    writeFileSync(join(dir, 'x.json'), '{')
    const bad = await run(
      dir,
      ...words('assessment upgrade x.json --bank sac-stability-2025 --out b.json')
    )
    expect(bad.code).toBe(1)
    expect(() => readFileSync(join(dir, 'b.json'))).toThrow()
  })

  it('refuses a finalized assessment in the language asked for, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upgrade-'))
    await run(dir, 'sample', '--bank', defaultBankPath, '--seed', '3', '--out', 'a.json')
    const file = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'))
    file.assessment.status = 'finalized'
    writeFileSync(join(dir, 'f.json'), JSON.stringify(file))
    const args = ['assessment', 'upgrade', 'f.json', '--bank', 'sac-stability-2025@1.1.0']
    const zh = await run(dir, ...args, '--out', 'b.json')
    expect(zh.code).not.toBe(0)
    expect(zh.err).toContain('f.json：评估已定稿，永不改动；请先在工具中复制为新的草稿再升级')
    const en = await run(dir, ...args, '--out', 'b.json', '--lang', 'en-US')
    expect(en.code).not.toBe(0)
    expect(en.err).toContain('the assessment is finalized and is never changed')
    expect(() => readFileSync(join(dir, 'b.json'))).toThrow()
  })
})
