import { describe, expect, it } from 'vitest'
import { buildDiagnostics, DIAGNOSTICS_FORMAT } from './diagnostics'

describe('buildDiagnostics', () => {
  const request = buildDiagnostics({
    appInfo: { name: 'Stability Assessor', version: '0.1.0', platform: 'browser', locale: 'zh-CN' },
    interfaceLanguage: 'zh-CN',
    userAgent: 'TestAgent/1.0',
    now: new Date('2026-11-24T18:14:05.123Z')
  })

  it('names the file with a sortable UTC timestamp and no path characters', () => {
    expect(request.suggestedName).toBe('stability-assessor-diagnostics-20261124T181405Z.json')
  })

  it('writes readable JSON with the app info and environment', () => {
    expect(request.mimeType).toBe('application/json')
    expect(JSON.parse(new TextDecoder().decode(request.bytes as Uint8Array))).toEqual({
      format: DIAGNOSTICS_FORMAT,
      formatVersion: 1,
      generatedAt: '2026-11-24T18:14:05.123Z',
      app: { name: 'Stability Assessor', version: '0.1.0', platform: 'browser', locale: 'zh-CN' },
      interfaceLanguage: 'zh-CN',
      userAgent: 'TestAgent/1.0'
    })
  })
})
