import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ipcContract } from '../ipc/contract'
import { MAX_FILE_NAME_BYTES, safeFileName } from './safe-file-name'

/** The save bridge's own check of a suggested name: what the desktop refuses as INVALID_INPUT. */
const bridgeAccepts = (name: string): boolean =>
  ipcContract['file:save'].input.shape.suggestedName.safeParse(name).success
const bytes = (text: string): number => new TextEncoder().encode(text).length

describe('safeFileName (evidence and other outside names, saved on the desktop)', () => {
  it('leaves an ordinary name alone', () => {
    expect(safeFileName('监控告警截图 2025-06.png')).toBe('监控告警截图 2025-06.png')
    expect(safeFileName('report v2.final.xlsx')).toBe('report v2.final.xlsx')
  })

  it('replaces each of \\ / : * ? " < > | and control characters', () => {
    expect(safeFileName('a\\b/c:d*e?f"g<h>i|j.txt')).toBe('a_b_c_d_e_f_g_h_i_j.txt')
    expect(safeFileName('line\nbreak\ttab\u0000.pdf')).toBe('line_break_tab_.pdf')
    expect(bridgeAccepts(safeFileName('C:\\evidence\\..\\x.doc'))).toBe(true)
  })

  it('shortens a name over 200 characters, keeping the extension', () => {
    const long = `${'a'.repeat(480)}.docx`
    const safe = safeFileName(long)
    expect(safe.length).toBeLessThanOrEqual(200)
    expect(safe.endsWith('.docx')).toBe(true)
    expect(safe.startsWith('aaaa')).toBe(true)
    expect(bridgeAccepts(long)).toBe(false)
    expect(bridgeAccepts(safe)).toBe(true)
  })

  it('counts bytes too: 200 Chinese characters do not fit a Linux or macOS file name', () => {
    const safe = safeFileName(`${'证'.repeat(200)}.pdf`)
    expect(bytes(safe)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
    expect(safe).toBe(`${'证'.repeat(78)}.pdf`)
  })

  it('never cuts a character in half', () => {
    const safe = safeFileName(`${'😀'.repeat(150)}.png`)
    expect(safe.endsWith('.png')).toBe(true)
    expect([...safe.slice(0, -4)].every((char) => char === '😀')).toBe(true)
  })

  it('avoids hidden files, trailing dots and Windows device names', () => {
    expect(safeFileName('.env')).toBe('_env')
    expect(safeFileName('notes. . .')).toBe('notes')
    expect(safeFileName('CON')).toBe('_CON')
    expect(safeFileName('nul.txt')).toBe('_nul.txt')
    expect(safeFileName('console.log')).toBe('console.log')
  })

  it('falls back when nothing is left', () => {
    expect(safeFileName('   ')).toBe('file')
    expect(safeFileName('...', { fallback: 'evidence' })).toBe('___')
    expect(safeFileName('', { fallback: 'evidence' })).toBe('evidence')
  })

  it('whatever the name, the bridge accepts the result and it fits in 240 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (name) => {
        const safe = safeFileName(name)
        return bridgeAccepts(safe) && bytes(safe) <= MAX_FILE_NAME_BYTES
      }),
      { numRuns: 500 }
    )
  })
})
