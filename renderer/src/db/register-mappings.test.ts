import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type StabilityDatabase } from './database'
import { readRegisterMapping, rememberRegisterMapping } from './repos/register-mappings'

let db: StabilityDatabase
let counter = 0

beforeEach(async () => {
  db = openDatabase(`register-mappings-test-${counter++}`)
  await db.open()
})
afterEach(async () => {
  db.close()
  await db.delete()
})

describe("an institution's column mapping", () => {
  it('is remembered per institution, each register kind replacing its own', async () => {
    expect(await readRegisterMapping(db, '甲证券')).toEqual({})
    await rememberRegisterMapping(db, '甲证券', { changes: { 工单号: 'changeId', 应用: 'system' } })
    await rememberRegisterMapping(db, '甲证券', { incidents: { 事件单号: 'incidentId' } })
    await rememberRegisterMapping(db, ' 甲证券 ', { changes: { 变更单: 'changeId' } })
    await rememberRegisterMapping(db, '乙证券', {})
    expect(await readRegisterMapping(db, '甲证券')).toEqual({
      changes: { 变更单: 'changeId' },
      incidents: { 事件单号: 'incidentId' }
    })
    expect(await readRegisterMapping(db, '乙证券')).toEqual({})
  })

  it('ignores a stored value that is not a mapping', async () => {
    await db.settings.put({ key: 'registerMapping:丙证券', value: { changes: { a: 1 } } })
    expect(await readRegisterMapping(db, '丙证券')).toEqual({})
  })
})
