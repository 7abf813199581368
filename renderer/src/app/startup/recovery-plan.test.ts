import { describe, expect, it } from 'vitest'
import type { BackupManifest } from '@shared/backup'
import {
  newestBackups,
  RECOVERY_BACKUP_LIMIT,
  recoverySources,
  suggestedBackup,
  summarizeBackup,
  type BackupSummary
} from './recovery-plan'

describe('what the recovery screen offers', () => {
  it('automatic backups (desktop) and a backup file; a file only in the browser', () => {
    expect(recoverySources('open', true)).toEqual(['automatic', 'file'])
    expect(recoverySources('open', false)).toEqual(['file'])
    expect(recoverySources('newerVersion', true)).toEqual(['automatic', 'file'])
    expect(recoverySources('newerVersion', false)).toEqual(['file'])
  })

  it('nothing when the disk is full (a restore needs space too)', () => {
    expect(recoverySources('quota', true)).toEqual([])
    expect(recoverySources('quota', false)).toEqual([])
  })

  it('lists the newest automatic backups first, at most the limit', () => {
    const list = Array.from({ length: 8 }, (_, i) => ({
      name: `backup-2025070${i + 1}T080000000Z-0001.sabackup`,
      size: 100,
      createdAt: `2025-07-0${i + 1}T08:00:00.000Z`,
      encrypted: false
    }))
    const shown = newestBackups([list[3]!, list[7]!, ...list])
    expect(shown).toHaveLength(RECOVERY_BACKUP_LIMIT)
    expect(shown[0]!.createdAt).toBe('2025-07-08T08:00:00.000Z')
    expect(shown.map((b) => b.createdAt)).toEqual(
      [...shown.map((b) => b.createdAt)].sort().reverse()
    )
  })

  it('suggests the newest readable backup that holds assessments', () => {
    const summary = (assessments: number): BackupSummary => ({
      createdAt: '',
      assessments,
      inTrash: 0,
      answers: 0,
      lastChange: null,
      institutions: []
    })
    const rows = [
      { id: 'unreadable', summary: null },
      { id: 'empty', summary: summary(0) },
      { id: 'full', summary: summary(2) },
      { id: 'older', summary: summary(3) }
    ]
    expect(suggestedBackup(rows)?.id).toBe('full')
    expect(suggestedBackup(rows.slice(0, 2))?.id).toBe('empty')
    expect(suggestedBackup(rows.slice(0, 1))).toBeUndefined()
  })

  it('summarizes what a backup holds: counts, the trash, the last change, institutions', () => {
    const item = (
      institution: string,
      updatedAt: string,
      answers: number,
      deletedAt?: string
    ): BackupManifest['assessments'][number] => ({
      part: 'assessments/0001.zip',
      size: 1,
      sha256: 'x',
      id: institution + updatedAt,
      institution,
      period: { start: '2025-01-01', end: '2025-12-31' },
      status: 'draft',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt,
      ...(deletedAt ? { deletedAt } : {}),
      answers,
      evidenceFiles: 0
    })
    const manifest = {
      createdAt: '2025-07-21T08:00:00.000Z',
      assessments: [
        item('华东证券', '2025-07-01T00:00:00.000Z', 10),
        item('西部证券', '2025-07-03T00:00:00.000Z', 5),
        item('华东证券', '2025-06-01T00:00:00.000Z', 1),
        item('北方证券', '2025-07-05T00:00:00.000Z', 2, '2025-07-06T00:00:00.000Z')
      ]
    } as unknown as BackupManifest
    expect(summarizeBackup(manifest)).toEqual({
      createdAt: '2025-07-21T08:00:00.000Z',
      assessments: 4,
      inTrash: 1,
      answers: 18,
      lastChange: '2025-07-05T00:00:00.000Z',
      institutions: ['华东证券', '西部证券']
    })
    expect(summarizeBackup({ ...manifest, assessments: [] }).lastChange).toBeNull()
  })
})
