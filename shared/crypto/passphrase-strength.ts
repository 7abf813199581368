/**
 * A passphrase strength hint, not a gate beyond a minimum length: an estimate of the guessing
 * work in bits from the characters used, with runs (aaaa), sequences (1234, abcd) and the
 * passwords everybody tries counted as one character. PBKDF2 adds about 19 bits (600,000
 * iterations); the levels leave that margin out so the hint errs on the careful side.
 */
export const MIN_PASSPHRASE_LENGTH = 8

export type PassphraseLevel = 'tooShort' | 'weak' | 'fair' | 'strong'

export interface PassphraseStrength {
  level: PassphraseLevel
  /** Estimated entropy, rounded down. */
  bits: number
}

/** Passwords tried first by anyone guessing (lower case, digits and symbols as typed). */
const COMMON = new Set([
  'password',
  'passw0rd',
  'p@ssw0rd',
  'qwerty',
  'qwertyuiop',
  'iloveyou',
  'woaini',
  'woaini1314',
  'admin',
  'administrator',
  'letmein',
  'welcome',
  'abc123',
  '12345678',
  '123456789',
  '1234567890',
  '11111111',
  '00000000',
  '88888888',
  '66666666',
  'a1b2c3d4',
  '1qaz2wsx',
  'zaq12wsx',
  'asdfghjkl'
])

function poolOf(char: string): number {
  if (/[a-z]/.test(char)) return 26
  if (/[A-Z]/.test(char)) return 26
  if (/[0-9]/.test(char)) return 10
  if (/[\u3400-\u9fff]/.test(char)) return 3000
  if (char.charCodeAt(0) < 0x80) return 33
  return 100
}

/** Characters that add something: a run or a one-step sequence counts its first character only. */
function informativeChars(chars: string[]): string[] {
  return chars.filter((char, i) => {
    if (i === 0) return true
    const step = char.codePointAt(0)! - chars[i - 1]!.codePointAt(0)!
    return step !== 0 && step !== 1 && step !== -1
  })
}

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const chars = [...passphrase.normalize('NFC')]
  const informative = informativeChars(chars)
  const pool = new Map<number, boolean>()
  for (const char of informative) pool.set(poolOf(char), true)
  // Upper and lower case share the size 26: count both when both occur.
  const hasUpper = informative.some((c) => /[A-Z]/.test(c))
  const hasLower = informative.some((c) => /[a-z]/.test(c))
  const size = [...pool.keys()].reduce((sum, n) => sum + n, 0) + (hasUpper && hasLower ? 26 : 0)
  const lower = passphrase.toLowerCase()
  const common = COMMON.has(lower) || COMMON.has(lower.replace(/[\d!@#$%^&*.]+$/, ''))
  const bits = common ? 10 : Math.floor(informative.length * Math.log2(Math.max(size, 2)))
  const level: PassphraseLevel =
    chars.length < MIN_PASSPHRASE_LENGTH
      ? 'tooShort'
      : bits < 50
        ? 'weak'
        : bits < 72
          ? 'fair'
          : 'strong'
  return { level, bits }
}
