import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { WebContents } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFileHandlers } from './file'
import type { FileDialogs } from './file'
import { IpcHandlerError } from './handle'

const context = { sender: { id: 7 } as unknown as WebContents, senderUrl: 'app://bundle/' }
let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'file-handlers-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const dialogs = (answers: {
  save?: { canceled: boolean; filePath?: string }
  open?: { canceled: boolean; filePaths: string[] }
}) => ({
  showSaveDialog: vi.fn<FileDialogs['showSaveDialog']>(
    async () => answers.save ?? { canceled: true }
  ),
  showOpenDialog: vi.fn<FileDialogs['showOpenDialog']>(
    async () => answers.open ?? { canceled: true, filePaths: [] }
  )
})

describe('file:save', () => {
  it('writes the bytes where the user chose, starting the dialog at the suggested name', async () => {
    const target = join(dir, 'chosen.xlsx')
    const fake = dialogs({ save: { canceled: false, filePath: target } })
    const handlers = createFileHandlers({
      dialogs: fake,
      defaultDirectory: () => '/home/u/Documents'
    })
    const filters = [{ name: 'Excel', extensions: ['xlsx'] }]
    const result = await handlers['file:save'](
      { suggestedName: 'report.xlsx', bytes: new Uint8Array([80, 75]), filters },
      context
    )
    expect(result).toEqual({ saved: true, path: target })
    expect([...(await readFile(target))]).toEqual([80, 75])
    expect(fake.showSaveDialog).toHaveBeenCalledWith(context.sender, {
      defaultPath: join('/home/u/Documents', 'report.xlsx'),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation']
    })
  })

  it('writes nothing when the user cancels', async () => {
    const handlers = createFileHandlers({ dialogs: dialogs({}), defaultDirectory: () => dir })
    const result = await handlers['file:save'](
      { suggestedName: 'r.xlsx', bytes: new Uint8Array([1]) },
      context
    )
    expect(result).toEqual({ saved: false })
  })
})

describe('file:open', () => {
  it('returns the chosen file name and bytes', async () => {
    const file = join(dir, 'bank.json')
    await writeFile(file, '{}')
    const fake = dialogs({ open: { canceled: false, filePaths: [file] } })
    const handlers = createFileHandlers({ dialogs: fake, defaultDirectory: () => dir })
    const result = await handlers['file:open']({ maxBytes: 100 }, context)
    expect(result?.name).toBe('bank.json')
    expect(new TextDecoder().decode(result?.bytes)).toBe('{}')
    expect(fake.showOpenDialog).toHaveBeenCalledWith(context.sender, { properties: ['openFile'] })
  })

  it('returns null when the user cancels', async () => {
    const handlers = createFileHandlers({ dialogs: dialogs({}), defaultDirectory: () => dir })
    await expect(handlers['file:open']({ maxBytes: 100 }, context)).resolves.toBeNull()
  })

  it('fails with TOO_LARGE for a file over maxBytes', async () => {
    const file = join(dir, 'big.xlsx')
    await writeFile(file, 'x'.repeat(101))
    const handlers = createFileHandlers({
      dialogs: dialogs({ open: { canceled: false, filePaths: [file] } }),
      defaultDirectory: () => dir
    })
    const error = await handlers['file:open']({ maxBytes: 100 }, context).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IpcHandlerError)
    expect(error).toMatchObject({ code: 'TOO_LARGE' })
  })

  it('fails with NOT_FOUND when the file vanished after it was picked', async () => {
    const handlers = createFileHandlers({
      dialogs: dialogs({ open: { canceled: false, filePaths: [join(dir, 'gone.json')] } }),
      defaultDirectory: () => dir
    })
    await expect(handlers['file:open']({ maxBytes: 100 }, context)).rejects.toMatchObject({
      code: 'NOT_FOUND'
    })
  })
})
