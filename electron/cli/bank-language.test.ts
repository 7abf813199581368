import { writeFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { bankToWorkbook } from '../../shared/bank-xlsx'
import { cliIn, defaultBank, temporaryFolder } from './test-support'

const tempPath = temporaryFolder()
const run = cliIn(tempPath)

/** The default bank as a workbook with row 5's weight reading "heavy"; the weight column's letter. */
async function brokenWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await bankToWorkbook(await defaultBank())) as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet('questions')!
  const weight = (sheet.getRow(1).values as unknown[]).indexOf('weight')
  sheet.getRow(5).getCell(weight).value = 'heavy'
  await writeFile(tempPath('broken.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()))
  return sheet.getColumn(weight).letter
}

describe('bank validate speaks the chosen language, with sheet, row and column', () => {
  it('prints the broken cell in Chinese with --lang zh-CN, in English with --lang en-US', async () => {
    const column = await brokenWorkbook()
    const zh = await run('bank', 'validate', 'broken.xlsx', '--lang', 'zh-CN')
    expect(zh.code).toBe(1)
    expect(zh.out).toBe('')
    expect(zh.err).toBe(
      `stability-assessor: broken.xlsx：工作表「questions」第 5 行 ${column} 列（weight）：应为正数，实际为 "heavy"\n`
    )
    const en = await run('bank', 'validate', 'broken.xlsx', '--lang', 'en-US')
    expect(en.code).toBe(1)
    expect(en.err).toContain(
      `questions!${column}5 (weight): must be a positive number, got "heavy"`
    )
  })
})
