import { describe, expect, it } from 'vitest'
import type { BankCatalogEntry } from '../../db/repos/bank-catalog'
import { upgradeTargets } from './upgrade-targets'

const entry = (id: string, version: string): BankCatalogEntry =>
  ({ id, version, contentHash: `${id}@${version}` }) as BankCatalogEntry
const ref = (id: string, version: string) => ({ id, version, contentHash: `${id}@${version}` })

describe('upgradeTargets', () => {
  const catalog = [
    entry('sac-stability-2025', '1.0.0'),
    entry('sac-stability-2025', '1.1.0'),
    entry('sac-stability-2025', '1.10.0'),
    entry('sac-stability-2025', '1.2.0-rc.1'),
    entry('firm-own-bank', '7.3.0')
  ]

  it('offers only newer versions of the same bank, newest first', () => {
    expect(
      upgradeTargets(catalog, ref('sac-stability-2025', '1.0.0')).map((b) => b.version)
    ).toEqual(['1.10.0', '1.2.0-rc.1', '1.1.0'])
  })

  it('after an upgrade the older version is not offered', () => {
    expect(
      upgradeTargets(catalog, ref('sac-stability-2025', '1.1.0')).map((b) => b.version)
    ).toEqual(['1.10.0', '1.2.0-rc.1'])
    expect(upgradeTargets(catalog, ref('sac-stability-2025', '1.10.0'))).toEqual([])
  })
})
