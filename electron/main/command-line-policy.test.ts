import { describe, expect, it } from 'vitest'
import { refusedSwitches } from './command-line-policy'

describe('debugging switches', () => {
  const given =
    (...switches: string[]) =>
    (name: string) =>
      switches.includes(name)

  it('are refused by a packaged app, every one named', () => {
    expect(refusedSwitches(given('remote-debugging-port'), true)).toEqual([
      '--remote-debugging-port'
    ])
    expect(refusedSwitches(given('remote-debugging-pipe', 'inspect-brk'), true)).toEqual([
      '--remote-debugging-pipe',
      '--inspect-brk'
    ])
  })

  it('are accepted by unpackaged runs, and other switches by everyone', () => {
    expect(refusedSwitches(given('remote-debugging-port', 'inspect'), false)).toEqual([])
    expect(refusedSwitches(given('lang', 'no-sandbox'), true)).toEqual([])
  })
})
