import { describe, expect, it } from 'vitest'
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '.'

describe('the passphrase strength hint', () => {
  it.each([
    ['', 'tooShort'],
    ['Ab3$xyz', 'tooShort'],
    ['password', 'weak'],
    ['Password123!', 'weak'],
    ['12345678', 'weak'],
    ['aaaaaaaaaaaaaaaa', 'weak'],
    ['abcdefghijklmnop', 'weak'],
    ['qwertyuiop', 'weak'],
    ['kx7Tq2mZ', 'weak'],
    ['kx7Tq2mZ#w', 'fair'],
    ['kx7Tq2mZ#w9', 'strong'],
    ['correct horse battery staple', 'strong'],
    ['稳定性保障评估口令', 'strong'],
    ['巡检-2026-灾备演练', 'strong']
  ] as const)('%j is %s', (passphrase, level) => {
    expect(passphraseStrength(passphrase).level).toBe(level)
  })

  it('counts characters, not UTF-16 units, against the minimum length', () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(8)
    expect(passphraseStrength('😀😀😀😀').level).toBe('tooShort')
  })
})
