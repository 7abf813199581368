import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { filledTemplate, KNOWN_REGISTERS } from '../../shared/registers/test-support'
import { cliIn, temporaryFolder } from './test-support'

const tempPath = temporaryFolder()
const run = cliIn(tempPath)

describe('ledger template and ledger check', () => {
  it('writes the template, and checks it filled in, in Chinese and in English', async () => {
    const made = await run('ledger', 'template', '--out', 'registers.xlsx')
    expect(made).toEqual({ code: 0, out: '已写入 registers.xlsx\n', err: '' })
    expect((await readFile(tempPath('registers.xlsx'))).subarray(0, 2).toString()).toBe('PK')
    await writeFile(tempPath('filled.xlsx'), await filledTemplate())
    const zh = await run('ledger', 'check', 'filled.xlsx')
    expect(zh.code).toBe(0)
    expect(zh.out).toMatch(/^filled\.xlsx {2}SHA-256 [0-9a-f]{64}\n/)
    expect(zh.out).toMatch(/故障台账 +故障台账 +37 +0\n/)
    expect(zh.out).toMatch(/变更台账 +变更台账 +11 +0\n/)
    const en = await run('ledger', 'check', 'filled.xlsx', '--lang', 'en-US')
    expect(en.out).toMatch(/Incidents +故障台账 +37 +0\n/)
    expect(en.out).toContain('Register')
  })

  it('refuses a register with a bad cell, naming sheet, row, column and why (exit 1)', async () => {
    const rows = KNOWN_REGISTERS['变更台账']!.map((row, i) =>
      i === 2 ? { ...row, 结果: '部分成功' } : row
    )
    await writeFile(
      tempPath('bad.xlsx'),
      await filledTemplate({ ...KNOWN_REGISTERS, 变更台账: rows })
    )
    const zh = await run('ledger', 'check', 'bad.xlsx', '--lang', 'zh-CN')
    expect(zh).toEqual({
      code: 1,
      out: '',
      err: 'stability-assessor: bad.xlsx：工作表「变更台账」第 4 行 F 列（结果）：部分成功 不是可选值之一：成功、失败、回退\n'
    })
    const en = await run('ledger', 'check', 'bad.xlsx', '--lang', 'en-US')
    expect(en.err).toBe(
      'stability-assessor: bad.xlsx: 变更台账!F4 (结果): 部分成功 is not one of 成功, 失败, 回退\n'
    )
  })

  it('refuses a template path that is not .xlsx', async () => {
    const run1 = await run('ledger', 'template', '--out', 'x.csv', '--lang', 'en-US')
    expect(run1.code).toBe(1)
    expect(run1.err).toBe('stability-assessor: --out x.csv: the template is an .xlsx file\n')
  })
})

describe('ledger apply', () => {
  it('measures the inputs over the period, prints the counts, writes them with an audit trail', async () => {
    expect((await run('sample', '--out', 'sample.json')).code).toBe(0)
    const file = JSON.parse(await readFile(tempPath('sample.json'), 'utf8')) as {
      assessment: { metadata: { period: { start: string; end: string } } }
    }
    file.assessment.metadata.period = { start: '2026-01-01', end: '2026-12-31' }
    await writeFile(tempPath('a.json'), JSON.stringify(file))
    await writeFile(tempPath('filled.xlsx'), await filledTemplate())
    const applied = await run(
      'ledger',
      'apply',
      'a.json',
      'filled.xlsx',
      '--out',
      'b.json',
      '--by',
      '王审计'
    )
    expect(applied.err).toBe('')
    expect(applied.code).toBe(0)
    expect(applied.out).toMatch(
      /F01 +N_mon +（全部） +29 +29 +8 +不在评估期内 ×2; 发现方式 = 外部报告 ×6\n/
    )
    expect(applied.out).toMatch(/F01 +N_fault +（全部） +35 +35 +2 /)
    expect(applied.out).toMatch(/ +集中交易 +116 +2 +2\n/)
    const written = JSON.parse(await readFile(tempPath('b.json'), 'utf8')) as {
      assessment: {
        factors: Array<{ factorId: string; values: Record<string, number | null> }>
        auditLog: Array<{ by: string; target?: string; newValue?: unknown; reason?: string }>
      }
    }
    const f01 = written.assessment.factors.find((f) => f.factorId === 'F01')!
    expect(f01.values).toMatchObject({ N_fault: 35, N_mon: 29 })
    const f04 = written.assessment.factors.find((f) => f.factorId === 'F04')!
    expect(f04.values).toMatchObject({ C_total: 7, C_fail: 3 })
    const trail = written.assessment.auditLog.find((e) => e.target === 'factor:F01.N_mon')!
    expect(trail.by).toBe('王审计')
    expect(trail.newValue).toBe(29)
    expect(trail.reason).toMatch(
      /^台账计算 \/ from register 故障台账 \(Incidents\): 29 counted, 8 excluded; filled\.xlsx \(SHA-256 [0-9a-f]{64}\)$/
    )
    // The result scores as any assessment does, and its audit chain is intact.
    expect((await run('score', 'b.json')).code).toBe(0)
    const verified = await run('verify', 'b.json', '--lang', 'en-US')
    // (the generated sample's own entries stand before the chain; the register's are chained)
    expect(verified.out).toMatch(
      /audit log: intact \(33 entries, the first 17 from before the chain\)/
    )
    expect(verified.code).toBe(0)
  })
})
