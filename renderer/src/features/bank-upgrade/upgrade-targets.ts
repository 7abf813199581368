import type { BankRef } from '@shared/bank/bank'
import { compareVersions } from '@shared/bank/versions'
import type { BankCatalogEntry } from '../../db/repos/bank-catalog'

/**
 * The versions an assessment on `current` can be upgraded to: installed versions of the same
 * bank id that are newer, newest first. After an upgrade the version it came from is older and
 * is not offered (going back is the undo panel's job, not a "downgrade" plan).
 */
export function upgradeTargets(
  catalog: readonly BankCatalogEntry[],
  current: BankRef
): BankCatalogEntry[] {
  return catalog
    .filter((b) => b.id === current.id && compareVersions(b.version, current.version) > 0)
    .sort((a, b) => compareVersions(b.version, a.version))
}
