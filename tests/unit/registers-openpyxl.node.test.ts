/**
 * An independent reader of the register template: Debian's python3-openpyxl must see every
 * register sheet with its zh-CN headers in row 1 and a dropdown (list validation) on every
 * enumerated and 是/否 column. Skips, saying why, where python3 or openpyxl is missing.
 */
import { describe, expect } from 'vitest'
import { REGISTER_KIND_TABLE, REGISTER_KINDS, registerTemplate } from '../../shared/registers'
import { itWithOpenpyxl, readWithOpenpyxl } from './openpyxl'

const SHEET = `{
    "headers": [c.value for c in ws[1]],
    "lists": {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"},
}`

interface SheetReport {
  headers: Array<string | null>
  lists: Record<string, string>
}

describe('the register template, read by openpyxl', () => {
  itWithOpenpyxl(
    'has every register with its headers and dropdowns',
    async () => {
      const books = readWithOpenpyxl<SheetReport>(SHEET, {
        'registers.xlsx': await registerTemplate()
      })
      const book = books['registers.xlsx']!
      expect(book.sheetnames).toEqual([
        '填写说明',
        '系统清单',
        '故障台账',
        '变更台账',
        '演练台账',
        '压测台账'
      ])
      for (const id of REGISTER_KINDS) {
        const kind = REGISTER_KIND_TABLE[id]
        const sheet = book.sheets[kind.sheet['zh-CN']]!
        expect(sheet.headers).toEqual(kind.fields.map((f) => f.header['zh-CN']))
        const expected: Record<string, string> = {}
        kind.fields.forEach((field, index) => {
          const column = String.fromCharCode(65 + index)
          const choices =
            field.type === 'yesNo' ? ['是', '否'] : field.choices?.map((c) => c.label['zh-CN'])
          if (choices !== undefined) expected[`${column}2:${column}2001`] = `"${choices.join(',')}"`
        })
        expect(sheet.lists, id).toEqual(expected)
      }
      expect(book.sheets['故障台账']!.lists['F2:F2001']).toBe(
        '"监控告警,技术手段主动发现,外部报告"'
      )
    },
    60_000
  )
})
