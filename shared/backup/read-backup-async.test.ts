import { describe, expect, it } from 'vitest'
import { HOSTILE_TARGETS, hostileCorpus } from '../testing/hostile-files'
import { readBackup, readBackupAsync } from './read-backup'

describe('readBackupAsync (the file-check worker’s reader)', () => {
  it(
    'refuses every hostile backup with the same coded problems as readBackup',
    { timeout: 600_000 },
    async () => {
      const corpus = hostileCorpus(await HOSTILE_TARGETS.backup())
      expect(corpus.length).toBeGreaterThan(10)
      for (const { name, bytes } of corpus) {
        const sync = readBackup(bytes)
        const native = await readBackupAsync(bytes)
        expect(sync.ok, name).toBe(false)
        expect(native.ok ? 'read' : native.issues, name).toEqual(sync.ok ? 'read' : sync.issues)
      }
    }
  )
})
