import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { filledTemplate, KNOWN_REGISTERS } from '../../shared/registers/test-support'
import { fileInRegisterScope } from '../../shared/testing/registers-sample'
import { cliIn, newestBankPath, temporaryFolder, words } from './test-support'

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

interface WrittenFile {
  assessment: {
    metadata: {
      period: { start: string; end: string }
      systems: Array<{ id: string; name: string }>
    }
    factors: Array<{
      factorId: string
      values: Record<string, number | null>
      bySystem?: Record<string, Record<string, number | null>>
    }>
    auditLog: Array<{ by: string; target?: string; newValue?: unknown; reason?: string }>
    registers?: {
      registers: Array<{
        source: { name: string; sha256: string; bytes: number }
        table: { kind: string; rows: unknown[] }
      }>
      overrides: Record<string, { value: number | null; reason: string }>
    }
  }
}

const readWritten = async (name: string) =>
  JSON.parse(await readFile(tempPath(name), 'utf8')) as WrittenFile

/** The sample of bank 1.1.0 over the registers' period, with the registers' three key systems. */
async function sampleInRegisterScope(name: string): Promise<void> {
  expect((await run('sample', '--bank', newestBankPath, '--out', 'sample.json')).code).toBe(0)
  const text = fileInRegisterScope(await readFile(tempPath('sample.json'), 'utf8'))
  await writeFile(tempPath(name), text)
}

describe('ledger apply', () => {
  it('measures the inputs, prints the counts, stores the registers as the app does', async () => {
    await sampleInRegisterScope('a.json')
    await writeFile(tempPath('filled.xlsx'), await filledTemplate())
    const applied = await run(...words('ledger apply a.json filled.xlsx --out b.json --by 王审计'))
    expect(applied.err).toBe('')
    expect(applied.code).toBe(0)
    expect(applied.out).toMatch(
      /F01 +N_mon +（全部） +29 +29 +8 +不在评估期内 ×2; 发现方式 = 外部报告 ×6\n/
    )
    expect(applied.out).toMatch(/F01 +N_fault +（全部） +35 +35 +2 /)
    expect(applied.out).toMatch(/ +集中交易 +116 +2 +2\n/)
    const written = await readWritten('b.json')
    const f01 = written.assessment.factors.find((f) => f.factorId === 'F01')!
    expect(f01.values).toMatchObject({ N_fault: 35, N_mon: 29 })
    const f04 = written.assessment.factors.find((f) => f.factorId === 'F04')!
    expect(f04.values).toMatchObject({ C_total: 7, C_fail: 3 })
    // A per-system factor gets the key system's own figure, as in the app.
    const centralId = written.assessment.metadata.systems[0]!.id
    const f16 = written.assessment.factors.find((f) => f.factorId === 'F16')!
    expect(f16.bySystem?.[centralId]).toMatchObject({ T_down_trading: 116 })
    // The registers travel in the file: every row, the file's name, size and SHA-256.
    const sha256 = createHash('sha256')
      .update(await readFile(tempPath('filled.xlsx')))
      .digest('hex')
    const stored = written.assessment.registers!
    expect(stored.overrides).toEqual({})
    expect(
      stored.registers.map((r) => [
        r.table.kind,
        r.table.rows.length,
        r.source.name,
        r.source.sha256
      ])
    ).toEqual([
      ['systems', 3, 'filled.xlsx', sha256],
      ['incidents', 37, 'filled.xlsx', sha256],
      ['changes', 11, 'filled.xlsx', sha256],
      ['drills', 4, 'filled.xlsx', sha256],
      ['stressTests', 3, 'filled.xlsx', sha256]
    ])
    // One audit entry for the file, as an import in the app writes it.
    const trail = written.assessment.auditLog.filter((e) => e.target === 'registers:filled.xlsx')
    expect(trail).toHaveLength(1)
    expect(trail[0]!.by).toBe('王审计')
    expect(trail[0]!.newValue).toMatchObject({ 'F01.N_mon': 29, 'F01.N_fault': 35 })
    expect(trail[0]!.reason).toBe(`台账导入 / registers imported: filled.xlsx (SHA-256 ${sha256})`)
    // The result scores as any assessment does, and its audit chain is intact.
    expect((await run('score', 'b.json')).code).toBe(0)
    const verified = await run('verify', 'b.json', '--lang', 'en-US')
    // (the generated sample's own entries stand before the chain; the register's is chained)
    expect(verified.out).toMatch(
      /audit log: intact \(18 entries, the first 17 from before the chain\)/
    )
    expect(verified.code).toBe(0)
  })

  it('keeps an overridden figure as typed, and replaces only the kinds a file holds', async () => {
    await sampleInRegisterScope('a.json')
    await writeFile(tempPath('filled.xlsx'), await filledTemplate())
    expect((await run('ledger', 'apply', 'a.json', 'filled.xlsx', '--out', 'b.json')).code).toBe(0)
    const file = await readWritten('b.json')
    file.assessment.registers!.overrides['F01.N_mon'] = {
      value: 28,
      reason: 'I07 误登',
      by: '李娜',
      at: '2026-12-06T10:00:00.000Z'
    } as { value: number; reason: string }
    const f01 = file.assessment.factors.find((f) => f.factorId === 'F01')!
    f01.values.N_mon = 28
    await writeFile(tempPath('b2.json'), JSON.stringify(file))
    // Only the changes register, from a file of its own: one fewer failed change.
    const changes = KNOWN_REGISTERS['变更台账']!
    const failed = changes.findIndex((row) => row['结果'] === '失败')
    await writeFile(
      tempPath('changes.xlsx'),
      await filledTemplate({
        变更台账: changes.map((row, i) => (i === failed ? { ...row, 结果: '成功' } : row))
      })
    )
    const applied = await run(
      ...words('ledger apply b2.json changes.xlsx --out c.json --lang en-US')
    )
    expect(applied.err).toBe('')
    expect(applied.out).toContain(
      'Overridden figures keep their typed values (reasons in the assessment file): F01.N_mon'
    )
    const written = await readWritten('c.json')
    const values = (id: string) => written.assessment.factors.find((f) => f.factorId === id)!.values
    expect(values('F01')).toMatchObject({ N_fault: 35, N_mon: 28 })
    expect(values('F04')).toMatchObject({ C_total: 7, C_fail: 2 })
    const stored = written.assessment.registers!
    expect(stored.overrides['F01.N_mon']).toMatchObject({ value: 28, reason: 'I07 误登' })
    expect(stored.registers.map((r) => [r.table.kind, r.source.name])).toEqual([
      ['systems', 'filled.xlsx'],
      ['incidents', 'filled.xlsx'],
      ['drills', 'filled.xlsx'],
      ['stressTests', 'filled.xlsx'],
      ['changes', 'changes.xlsx']
    ])
  })
})
