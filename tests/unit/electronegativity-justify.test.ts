import { describe, expect, it } from 'vitest'
import {
  isGated,
  justificationFor,
  parseEngDisable
} from '../../scripts/electronegativity-justify.mjs'
import type { Finding, Justification } from '../../scripts/electronegativity-justify.mjs'

const REASON = 'only reached after the https allowlist check'

describe('parseEngDisable', () => {
  it('reads the check names and the reason after a dash', () => {
    for (const dash of ['—', '–', '-', '--']) {
      expect(
        parseEngDisable(`foo() // eng-disable OPEN_EXTERNAL_JS_CHECK ${dash} ${REASON}`)
      ).toEqual({
        checks: ['OPEN_EXTERNAL_JS_CHECK'],
        reason: REASON
      })
    }
  })

  it('reads several checks and block comments', () => {
    expect(parseEngDisable(`/* eng-disable A_JS_CHECK, B_JS_CHECK — ${REASON} */`)).toEqual({
      checks: ['A_JS_CHECK', 'B_JS_CHECK'],
      reason: REASON
    })
  })

  it('has no reason when none, or only a token one, is written', () => {
    expect(parseEngDisable('x // eng-disable SANDBOX_JS_CHECK')).toEqual({
      checks: ['SANDBOX_JS_CHECK'],
      reason: null
    })
    expect(parseEngDisable('x // eng-disable SANDBOX_JS_CHECK — ok')?.reason).toBeNull()
    expect(
      parseEngDisable('x // eng-disable SANDBOX_JS_CHECK because it is fine here')?.reason
    ).toBeNull()
    expect(parseEngDisable('x // eng-disable — no check named here at all')?.checks).toEqual([])
  })

  it('ignores lines without the marker', () => {
    expect(parseEngDisable('const disabled = true // not a directive')).toBeNull()
  })
})

describe('justificationFor', () => {
  const at = (file: string, line: number, reason: string | null = REASON): Justification => ({
    file,
    line,
    checks: ['OPEN_EXTERNAL_JS_CHECK'],
    reason
  })
  const finding = (over: Partial<Finding> = {}): Finding => ({
    id: 'OPEN_EXTERNAL_JS_CHECK',
    constructorName: 'OpenExternalJSCheck',
    severity: 'MEDIUM',
    file: 'electron/main/security.ts',
    line: 12,
    origin: 'source',
    ...over
  })

  it('accepts a comment on the flagged line or on line 1 of the same file', () => {
    expect(justificationFor(finding(), [at('electron/main/security.ts', 12)])).not.toBeNull()
    expect(justificationFor(finding(), [at('electron/main/security.ts', 1)])).not.toBeNull()
  })

  it('rejects a comment elsewhere, in another file, or without a reason', () => {
    expect(justificationFor(finding(), [at('electron/main/security.ts', 11)])).toBeNull()
    expect(justificationFor(finding(), [at('electron/main/other.ts', 12)])).toBeNull()
    expect(justificationFor(finding(), [at('electron/main/security.ts', 12, null)])).toBeNull()
  })

  it('matches the check by id or by class name, not another check', () => {
    const byClass = { ...at('electron/main/security.ts', 12), checks: ['OpenExternalJSCheck'] }
    expect(justificationFor(finding(), [byClass])).not.toBeNull()
    const other = { ...at('electron/main/security.ts', 12), checks: ['SANDBOX_JS_CHECK'] }
    expect(justificationFor(finding(), [other])).toBeNull()
  })

  it('maps global and minified-build findings to a source justification of the same check', () => {
    const source = [at('electron/main/security.ts', 12)]
    expect(justificationFor(finding({ file: 'N/A', line: 0 }), source)).not.toBeNull()
    expect(
      justificationFor(finding({ origin: 'build', file: 'out/main/index.js', line: 1 }), source)
    ).not.toBeNull()
    expect(
      justificationFor(
        finding({ origin: 'build', id: 'SANDBOX_JS_CHECK', constructorName: 'SandboxJSCheck' }),
        source
      )
    ).toBeNull()
  })
})

describe('isGated', () => {
  it('gates MEDIUM and HIGH only', () => {
    expect(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'].map(isGated)).toEqual([
      false,
      false,
      true,
      true
    ])
  })
})
