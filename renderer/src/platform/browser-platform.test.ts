import { describe, expect, it } from 'vitest'
import { isAppError } from './app-error'
import { acceptAttribute, readPickedFile } from './browser-platform'

describe('readPickedFile', () => {
  it('reads a file within the limit', async () => {
    const file = new File([new Uint8Array([1, 2, 3])], 'bank.json')
    const opened = await readPickedFile(file, 3)
    expect(opened.name).toBe('bank.json')
    expect([...opened.bytes]).toEqual([1, 2, 3])
  })

  it('refuses a file over the limit without reading it', async () => {
    let read = false
    const file = {
      name: 'huge.xlsx',
      size: 11,
      arrayBuffer: async () => {
        read = true
        return new ArrayBuffer(11)
      }
    }
    const error: unknown = await readPickedFile(file, 10).catch((caught: unknown) => caught)
    expect(isAppError(error) && error.code).toBe('TOO_LARGE')
    expect(isAppError(error) && error.details).toEqual({ name: 'huge.xlsx', size: 11, limit: 10 })
    expect(read).toBe(false)
  })

  it('reports an unreadable file as READ_FAILED', async () => {
    const file = {
      name: 'gone.json',
      size: 1,
      arrayBuffer: () => Promise.reject(new Error('NotReadableError'))
    }
    await expect(readPickedFile(file, 10)).rejects.toMatchObject({ code: 'READ_FAILED' })
  })
})

describe('acceptAttribute', () => {
  it('turns bare extensions into an accept list', () => {
    expect(acceptAttribute(['json', '.xlsx'])).toBe('.json,.xlsx')
  })
})
