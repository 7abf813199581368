/** docs/bank-excel.md must keep naming every sheet and column the workbook has. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATA_SHEETS } from '../../shared/bank-xlsx/index'

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/bank-excel.md'), 'utf8')

describe('docs/bank-excel.md', () => {
  it('names every sheet and every column', () => {
    const missing: string[] = []
    for (const sheet of DATA_SHEETS) {
      if (!doc.includes(`\`${sheet.name}\``)) missing.push(sheet.name)
      for (const column of sheet.columns) {
        // `text::…` stands for both languages; `anchor0 … anchor4` for the numbered columns.
        const base = column.name.replace(/::(zh-CN|en-US)$/, '').replace(/\d+$/, '')
        if (!doc.includes(base)) missing.push(`${sheet.name}.${column.name}`)
      }
    }
    expect(missing).toEqual([])
  })
})
