import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from './database'
import { loadLastRoute, saveLastRoute } from './repos/last-route'
import { loadSettings } from './repos/settings'

const db = openDatabase('last-route-test')

afterEach(async () => {
  await db.settings.clear()
})

describe('last route', () => {
  it('is empty at first, then returns the newest route saved', async () => {
    expect(await loadLastRoute(db)).toBeNull()
    await saveLastRoute(db, '/a/x/s/A1')
    await saveLastRoute(db, '/a/x/s/C9?q=C9.07')
    expect(await loadLastRoute(db)).toBe('/a/x/s/C9?q=C9.07')
  })

  it('does not leak into the settings', async () => {
    await saveLastRoute(db, '/settings')
    expect(Object.keys(await loadSettings(db))).not.toContain('lastRoute')
  })
})
