import { describe, expect, it } from 'vitest'
import { createSaveFile, hasUserActivation } from './browser-platform'
import { createDownloadQueue } from './download-queue'

const request = {
  suggestedName: 'a.package.zip',
  bytes: new Uint8Array([1]) as Uint8Array<ArrayBuffer>,
  mimeType: 'application/zip'
}

describe('download queue', () => {
  it('holds a file until Save, starts the download once and resolves saved', async () => {
    const queue = createDownloadQueue()
    let changes = 0
    queue.subscribe(() => changes++)
    let started = 0
    const saved = queue.offer('a.zip', () => started++)
    const [item] = queue.current()
    expect(item?.name).toBe('a.zip')
    expect(started).toBe(0)
    item!.save()
    item!.save()
    await expect(saved).resolves.toBe(true)
    expect(started).toBe(1)
    expect(queue.current()).toEqual([])
    expect(changes).toBe(2)
  })

  it('resolves not saved when dismissed, without downloading', async () => {
    const queue = createDownloadQueue()
    let started = 0
    const saved = queue.offer('b.xlsx', () => started++)
    queue.current()[0]!.dismiss()
    await expect(saved).resolves.toBe(false)
    expect(started).toBe(0)
    expect(queue.current()).toEqual([])
  })

  it('keeps several files, oldest first, and the same array between changes', () => {
    const queue = createDownloadQueue()
    void queue.offer('one', () => undefined)
    void queue.offer('two', () => undefined)
    expect(queue.current()).toBe(queue.current())
    expect(queue.current().map((item) => item.name)).toEqual(['one', 'two'])
  })
})

describe('saveFile in the browser', () => {
  it('waits in the queue when the click that asked for the file has expired', async () => {
    const queue = createDownloadQueue()
    const save = createSaveFile(queue, () => false)
    const result = save(request)
    expect(queue.current().map((item) => item.name)).toEqual(['a.package.zip'])
    queue.current()[0]!.dismiss()
    await expect(result).resolves.toEqual({ saved: false })
  })

  it('reads user activation, trusting browsers without the API', () => {
    expect(hasUserActivation({ userActivation: { isActive: true } as UserActivation })).toBe(true)
    expect(hasUserActivation({ userActivation: { isActive: false } as UserActivation })).toBe(false)
    expect(hasUserActivation({} as Pick<Navigator, 'userActivation'>)).toBe(true)
  })
})
