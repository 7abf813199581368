import { describe, expect, it } from 'vitest'
import type { BridgeApi } from '@shared/ipc/contract'
import { ipcFail, ipcOk } from '@shared/ipc/result'
import { AppError } from './app-error'
import { createElectronPlatform, unwrap } from './electron-platform'

describe('unwrap', () => {
  it('returns the value of an ok envelope', async () => {
    await expect(unwrap(Promise.resolve(ipcOk(42)))).resolves.toBe(42)
  })

  it('throws a coded AppError for a failed envelope', async () => {
    const error = await unwrap(Promise.resolve(ipcFail('NOT_ALLOWED', 'nope'))).catch(
      (caught: unknown) => caught
    )
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'NOT_ALLOWED', message: 'nope' })
  })
})

describe('createElectronPlatform', () => {
  const calls: Array<[string, unknown]> = []
  const bridge: BridgeApi = {
    getAppInfo: async (input) => {
      calls.push(['getAppInfo', input])
      return ipcOk({
        name: 'Stability Assessor',
        version: '1.0.0',
        platform: 'electron',
        locale: 'zh-CN'
      })
    },
    saveFile: async (input) => {
      calls.push(['saveFile', input])
      return ipcOk({ saved: true, path: '/tmp/x.json' })
    },
    openFile: async (input) => {
      calls.push(['openFile', input])
      return ipcOk(null)
    },
    openExternal: async () => ipcOk({ opened: false }),
    writeBackup: async (input) => {
      calls.push(['writeBackup', input])
      return ipcOk({
        name: 'backup-20250721T080000000Z-0001.sabackup',
        size: 1,
        createdAt: '',
        encrypted: false
      })
    },
    listBackups: async () => ipcOk([]),
    readBackup: async (input) => ipcOk({ name: input.name, bytes: new Uint8Array([1]) }),
    printReportPdf: async (input) => {
      calls.push(['printReportPdf', input])
      return ipcOk({ saved: true, path: '/tmp/r.pdf' })
    }
  }
  const platform = createElectronPlatform(bridge)

  it('sends only what the contract accepts (no MIME type)', async () => {
    const bytes = new Uint8Array([1])
    await platform.saveFile({ suggestedName: 'a.json', bytes, mimeType: 'application/json' })
    expect(calls.at(-1)).toEqual(['saveFile', { suggestedName: 'a.json', bytes }])
  })

  it('makes outside names (evidence) savable: long, with \\/:*?"<>|, extension kept', async () => {
    const bytes = new Uint8Array([1])
    const evidence = `审计报告:2025/Q3*终稿?<定稿>|"${'附'.repeat(300)}".pdf`
    await platform.saveFile({ suggestedName: evidence, bytes, mimeType: 'application/pdf' })
    const [, sent] = calls.at(-1) as [string, { suggestedName: string }]
    expect(sent.suggestedName.startsWith('审计报告_2025_Q3_终稿__定稿___附')).toBe(true)
    expect(sent.suggestedName.endsWith('.pdf')).toBe(true)
    expect(sent.suggestedName.length).toBeLessThanOrEqual(200)
  })

  it('hands the print view to main for the PDF, with a savable name', async () => {
    const result = await platform.printPdf?.({
      html: '<p>报告</p>',
      suggestedName: '报告:2025.pdf'
    })
    expect(result).toEqual({ saved: true, path: '/tmp/r.pdf' })
    expect(calls.at(-1)).toEqual([
      'printReportPdf',
      { html: '<p>报告</p>', suggestedName: '报告_2025.pdf' }
    ])
  })

  it('turns accepted extensions into a dialog filter', async () => {
    await platform.openFile({ accept: ['json', 'xlsx'], maxBytes: 5 })
    expect(calls.at(-1)).toEqual([
      'openFile',
      { maxBytes: 5, filters: [{ name: 'JSON, XLSX', extensions: ['json', 'xlsx'] }] }
    ])
  })
})
