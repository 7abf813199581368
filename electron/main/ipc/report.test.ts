import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { WebContents } from 'electron'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { MAX_PRINT_DATA_URL } from '../print-pdf'
import { createReportHandlers } from './report'

const sender = {} as WebContents
const context = { sender, senderUrl: 'app://bundle/index.html' }
const dirs: string[] = []
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))))

describe('report:print-pdf', () => {
  it('prints the print view, then saves the PDF where the user picks', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'print-pdf-'))
    dirs.push(dir)
    const target = join(dir, '评估报告.pdf')
    const printToPdf = vi.fn(async () => new TextEncoder().encode('%PDF-1.7 test'))
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: target }))
    const handlers = createReportHandlers({
      dialogs: { showSaveDialog },
      defaultDirectory: () => dir,
      printToPdf
    })
    const result = await handlers['report:print-pdf'](
      { html: '<!doctype html><p>报告</p>', suggestedName: '评估报告.pdf' },
      context
    )
    expect(result).toEqual({ saved: true, path: target })
    expect(printToPdf).toHaveBeenCalledWith('<!doctype html><p>报告</p>')
    expect(showSaveDialog).toHaveBeenCalledWith(
      sender,
      expect.objectContaining({
        defaultPath: join(dir, '评估报告.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }]
      })
    )
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 test')
  })

  it('writes nothing when the dialog is cancelled, and refuses a view too large to load', async () => {
    const printToPdf = vi.fn(async () => new Uint8Array([1]))
    const handlers = createReportHandlers({
      dialogs: { showSaveDialog: async () => ({ canceled: true }) },
      defaultDirectory: () => tmpdir(),
      printToPdf
    })
    const input = { html: '<p>x</p>', suggestedName: 'r.pdf' }
    expect(await handlers['report:print-pdf'](input, context)).toEqual({ saved: false })
    await expect(
      handlers['report:print-pdf']({ ...input, html: 'x'.repeat(MAX_PRINT_DATA_URL) }, context)
    ).rejects.toMatchObject({ code: 'TOO_LARGE' })
    expect(printToPdf).toHaveBeenCalledTimes(1)
  })
})
