import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decodeCellText,
  encodeCellText,
  escapeXmlText,
  needsFormulaGuard,
  unescapeXmlText
} from './cell-text'

describe('formula guard', () => {
  it('guards every trigger, also after blanks and apostrophes', () => {
    for (const text of ['=1+1', '+1', '-1', '@A1', '＝1', '＋1', '－1', '＠A1', '\t=1', '\r=1']) {
      expect(needsFormulaGuard(text)).toBe(true)
      expect(encodeCellText(text).startsWith("'")).toBe(true)
    }
    expect(needsFormulaGuard(' =1')).toBe(true)
    expect(needsFormulaGuard('\u3000=1')).toBe(true)
    expect(needsFormulaGuard("'=1")).toBe(true)
    expect(needsFormulaGuard('a=1')).toBe(false)
    expect(needsFormulaGuard("'plain")).toBe(false)
  })

  it('reads what Excel stores for a typed quote prefix as the text itself', () => {
    expect(decodeCellText('=1+1')).toBe('=1+1')
    expect(decodeCellText("'=1+1")).toBe('=1+1')
    expect(decodeCellText("''=1+1")).toBe("'=1+1")
    expect(decodeCellText("'plain")).toBe("'plain")
  })
})

describe('OOXML escapes', () => {
  it('escapes CR, NUL and literal escape-like text', () => {
    expect(escapeXmlText('a\r\nb')).toBe('a_x000D_\nb')
    expect(escapeXmlText('\0')).toBe('_x0000_')
    expect(escapeXmlText('_x000D_')).toBe('_x005F_x000D_')
    expect(unescapeXmlText('_x005F_x000D_')).toBe('_x000D_')
    expect(unescapeXmlText('a_x000d_b')).toBe('a\rb')
  })

  it('round-trips any text through encode/decode', () => {
    const pieces = fc.constantFrom(
      "'",
      '=',
      '-',
      '＝',
      '\t',
      '\r',
      '\n',
      ' ',
      '_x000D_',
      '_x',
      'a',
      '中'
    )
    const texts = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(pieces).map((p) => p.join(''))
    )
    fc.assert(
      fc.property(texts, (text) => {
        const cell = encodeCellText(text)
        expect(decodeCellText(cell)).toBe(text)
        // Nothing in the cell is a character XML cannot carry or a CR a parser would rewrite.
        // eslint-disable-next-line no-control-regex
        expect(/[\u0000-\u0008\u000b-\u001f]/.test(cell)).toBe(false)
        // What Excel shows starts with the guard apostrophe or could never be read as a formula.
        const shown = unescapeXmlText(cell)
        expect(shown.startsWith("'") || !needsFormulaGuard(shown)).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })
})
