import { getBankRow, listBankCatalog, type BankCatalogEntry } from '../repos/bank-catalog'
import type { BankRow } from '../schema'
import { useDatabaseQuery, type LiveResult } from './live-query'

/** Installed banks (without their content), live. */
export function useBankCatalog(): LiveResult<BankCatalogEntry[]> {
  return useDatabaseQuery(listBankCatalog, [])
}

/** One installed bank with its install record; null when no bank has this content hash. */
export function useBankRow(contentHash: string): LiveResult<BankRow | null> {
  return useDatabaseQuery(async (db) => (await getBankRow(db, contentHash)) ?? null, [contentHash])
}
