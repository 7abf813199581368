import { describe, expect, it } from 'vitest'
import { cliIn, packageRoot, words } from './test-support'

/* `bank weights`: what a bank really rewards, in-process against the installed banks. */

const run = cliIn(() => packageRoot)

/** The table rows as [rank, kind, id, section, share, cumulative]. */
const rowsOf = (out: string): string[][] =>
  out
    .split('\n')
    .filter((line) => /^\s*\d+\s/.test(line))
    .map((line) =>
      line
        .trim()
        .split(/\s{2,}/)
        .slice(0, 6)
    )

const shareOf = (rows: string[][], id: string): number =>
  Number(rows.find((row) => row[2] === id)?.[4]?.replace('%', ''))

describe('bank weights', () => {
  it('1.1.0 (the newest installed): F15 weighs less than F01, F10 and F14', async () => {
    const { code, out, err } = await run('bank', 'weights', 'sac-stability-2025')
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(out).toContain('sac-stability-2025 1.1.0')
    expect(out).toContain('计分方案: sac-default')
    const rows = rowsOf(out)
    expect(rows.length).toBe(81 + 18)
    for (const id of ['F01', 'F10', 'F14'])
      expect(shareOf(rows, 'F15')).toBeLessThan(shareOf(rows, id))
    // Sorted, largest first; the cumulative share ends at 100 %.
    const shares = rows.map((row) => Number(row[4]!.replace('%', '')))
    expect([...shares].sort((a, b) => b - a)).toEqual(shares)
    expect(rows.at(-1)?.[5]).toBe('100.0%')
    expect(rows.slice(0, 3).map((row) => row[2])).toEqual(['F16', 'F17', 'F01'])
  })

  it('1.0.0 shows the review’s figures: F15 2.80 %, F10 1.30 %, F01 1.04 %', async () => {
    const { code, out } = await run(...words('bank weights sac-stability-2025@1.0.0 --lang en-US'))
    expect(code).toBe(0)
    expect(out).toContain('Profile: sac-default 1.0.0')
    const rows = rowsOf(out)
    expect(shareOf(rows, 'F15')).toBe(2.8)
    expect(shareOf(rows, 'F10')).toBe(1.3)
    expect(shareOf(rows, 'F01')).toBe(1.04)
    expect(shareOf(rows, 'C6.06')).toBe(0.59)
    expect(rows[0]?.[2]).toBe('F11')
  })

  it('takes a profile, a bank file, and prints JSON', async () => {
    const { code, out } = await run(
      ...words(
        'bank weights resources/banks/sac-stability-2025-1.1.0.json --profile equal-thirds --json'
      )
    )
    expect(code).toBe(0)
    const json = JSON.parse(out) as {
      profile: { id: string }
      weights: Array<{ id: string; kind: string; share: number }>
    }
    expect(json.profile.id).toBe('equal-thirds')
    expect(json.weights.reduce((sum, w) => sum + w.share, 0)).toBeCloseTo(1, 12)
    // Equal thirds gives pillar A a third instead of a fifth: its critical A3.01 leads.
    expect(json.weights[0]).toMatchObject({ id: 'A3.01', kind: 'question' })
  })

  it('explains an unknown profile or bank', async () => {
    const profile = await run('bank', 'weights', 'sac-stability-2025', '--profile', 'nope')
    expect(profile.code).toBe(1)
    expect(profile.err).toContain('has no profile "nope" (profiles: sac-default, equal-thirds)')
    const bank = await run('bank', 'weights', 'no-such-bank')
    expect(bank.code).toBe(1)
    expect(bank.err).toContain('no such bank file, and no installed bank "no-such-bank"')
  })
})
