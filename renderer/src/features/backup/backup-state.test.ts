import { describe, expect, it } from 'vitest'
import {
  backupReminderDue,
  changedSinceBackup,
  dismissBackupReminder,
  noteUnbackedChanges,
  recordBackup
} from './backup-state'
import { localStoragePerTest } from './test-support'

localStoragePerTest()

const day = (n: number): Date => new Date(Date.UTC(2026, 2, 1 + n, 8))

describe('the browser build’s backup reminder', () => {
  it('counts changes after the last backup only', () => {
    expect(changedSinceBackup(null)).toBe(false)
    expect(changedSinceBackup(day(0).toISOString())).toBe(true)
    recordBackup(day(1))
    expect(changedSinceBackup(day(0).toISOString())).toBe(false)
    expect(changedSinceBackup(day(2).toISOString())).toBe(true)
  })

  it('is due 7 days after unbacked changes were first seen, not after the data’s own dates', () => {
    // An imported assessment last changed years ago: the clock starts when the app sees it.
    const latest = '2020-01-01T00:00:00.000Z'
    expect(backupReminderDue(latest, day(0))).toBe(false)
    noteUnbackedChanges(latest, day(0))
    noteUnbackedChanges(latest, day(3)) // seen again: the clock does not restart
    expect(backupReminderDue(latest, day(6))).toBe(false)
    expect(backupReminderDue(latest, day(7))).toBe(true)
  })

  it('waits another 7 days after a dismissal, and stops once a backup holds the changes', () => {
    const latest = day(0).toISOString()
    noteUnbackedChanges(latest, day(0))
    expect(backupReminderDue(latest, day(8))).toBe(true)
    dismissBackupReminder(day(8))
    expect(backupReminderDue(latest, day(14))).toBe(false)
    expect(backupReminderDue(latest, day(15))).toBe(true)
    recordBackup(day(15))
    expect(backupReminderDue(latest, day(30))).toBe(false)
  })

  it('never reminds for an empty database', () => {
    noteUnbackedChanges(null, day(0))
    expect(backupReminderDue(null, day(100))).toBe(false)
  })
})
