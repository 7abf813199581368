import { describe, expect, it } from 'vitest'
import { secureWebPreferences } from './window-preferences'

// SEC-01 (shared/engineering/reliability.md), written out here as the reviewed expectation.
const SEC_01 = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
  // Beyond SEC-01: middle-click (auxclick) cannot open windows either (Electronegativity AUXCLICK).
  disableBlinkFeatures: 'Auxclick'
}

describe('secureWebPreferences (SEC-01)', () => {
  it('is exactly the SEC-01 list, with DevTools off in a packaged app', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs', true)).toStrictEqual({
      ...SEC_01,
      preload: '/app/out/preload/index.cjs',
      devTools: false
    })
  })

  it('allows DevTools only in an unpackaged (developer) build', () => {
    expect(secureWebPreferences('/p.cjs', false)).toStrictEqual({
      ...SEC_01,
      preload: '/p.cjs',
      devTools: true
    })
  })

  it('never enables Blink features or Node in sub-frames', () => {
    const prefs = secureWebPreferences('/p.cjs', true)
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(prefs).not.toHaveProperty('nodeIntegrationInSubFrames')
  })
})
