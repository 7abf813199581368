import type { Bank, BankRef } from '@shared/bank/bank'
import type { StabilityDatabase } from '../database'
import type { BankRow } from '../schema'
import { guardStorage } from '../storage-error'

/**
 * Installs banks that are not installed yet (by content hash). Existing rows are never replaced,
 * so an assessment always opens with the exact bank it was created with.
 */
export function installBanks(
  db: StabilityDatabase,
  banks: ReadonlyArray<{ bank: Bank; ref: BankRef }>,
  origin: BankRow['origin'],
  now: Date = new Date()
): Promise<number> {
  return guardStorage(() =>
    db.transaction('rw', db.banks, async () => {
      let added = 0
      for (const { bank, ref } of banks) {
        if (await db.banks.get(ref.contentHash)) continue
        await db.banks.add({
          contentHash: ref.contentHash,
          id: ref.id,
          version: ref.version,
          origin,
          installedAt: now.toISOString(),
          bank
        })
        added++
      }
      return added
    })
  )
}

/** Which of these content hashes are installed, reading keys only (bank contents are large). */
export function installedBankHashes(
  db: StabilityDatabase,
  contentHashes: readonly string[]
): Promise<Set<string>> {
  return guardStorage(async () => {
    const keys = await db.banks
      .where(':id')
      .anyOf([...contentHashes])
      .primaryKeys()
    return new Set(keys.map(String))
  })
}

/** The exact bank an assessment refers to, or undefined when it is not installed. */
export function getBank(db: StabilityDatabase, ref: BankRef): Promise<Bank | undefined> {
  return guardStorage(async () => {
    const row = await db.banks.get(ref.contentHash)
    return row && row.id === ref.id && row.version === ref.version ? row.bank : undefined
  })
}
