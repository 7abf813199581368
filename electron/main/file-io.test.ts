import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FileTooLargeError, readFileWithLimit, writeFileAtomic } from './file-io'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'file-io-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const target = join(dir, 'report.xlsx')
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]))
    expect([...(await readFile(target))]).toEqual([1, 2, 3])
    expect(await readdir(dir)).toEqual(['report.xlsx'])
  })

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'report.xlsx')
    await writeFile(target, 'old contents that are longer')
    await writeFileAtomic(target, new TextEncoder().encode('new'))
    expect(await readFile(target, 'utf8')).toBe('new')
  })

  it('leaves the old file intact and cleans up when the write fails', async () => {
    const target = join(dir, 'missing-folder', 'report.xlsx')
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow()
    expect(await readdir(dir)).toEqual([])
  })

  it('removes the temporary file when the final rename fails', async () => {
    // A non-empty folder at the target path: the temp file is written, the rename then fails.
    const target = join(dir, 'taken')
    await mkdir(target)
    await writeFile(join(target, 'keep.txt'), 'keep')
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['taken'])
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('keep')
  })
})

describe('readFileWithLimit', () => {
  it('reads a file at or under the limit', async () => {
    const file = join(dir, 'bank.json')
    await writeFile(file, '{"a":1}')
    expect(new TextDecoder().decode(await readFileWithLimit(file, 7))).toBe('{"a":1}')
    expect((await readFileWithLimit(file, 1000)).byteLength).toBe(7)
  })

  it('reads an empty file', async () => {
    const file = join(dir, 'empty.json')
    await writeFile(file, '')
    expect((await readFileWithLimit(file, 10)).byteLength).toBe(0)
  })

  it('refuses a file over the limit before reading it', async () => {
    const file = join(dir, 'huge.xlsx')
    await writeFile(file, '')
    await truncate(file, 50 * 1024 * 1024) // sparse: 50 MiB on paper, nothing on disk
    const error = await readFileWithLimit(file, 1024).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FileTooLargeError)
    expect((error as FileTooLargeError).message).toBe(
      'the file is 52428800 bytes; at most 1024 bytes can be opened'
    )
  })

  it('refuses a folder and a missing file', async () => {
    await expect(readFileWithLimit(dir, 10)).rejects.toThrow()
    await expect(readFileWithLimit(join(dir, 'nope'), 10)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
