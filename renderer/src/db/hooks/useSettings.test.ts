import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../database'
import { saveSetting } from '../repos/settings'
import { readSettingsKept } from './useSettings'

const db = openDatabase('settings-kept-test')

describe('the settings the screens follow', () => {
  it('stay the very same object while the stored settings read the same, so a write elsewhere re-renders no screen', async () => {
    const first = await readSettingsKept(db)
    // A restore rewrites the settings row with what it already held.
    await db.settings.put({ key: 'assessorName', value: first.assessorName })
    const again = await readSettingsKept(db)
    expect(again).toBe(first)
  })

  it('are a new object with the new value once a setting changes', async () => {
    const before = await readSettingsKept(db)
    await saveSetting(db, 'assessorName', '张三')
    const after = await readSettingsKept(db)
    expect(after).not.toBe(before)
    expect(after.assessorName).toBe('张三')
    expect(before.assessorName).not.toBe('张三')
  })
})
