import type { Bank, BankRef } from '@shared/bank/bank'
import type { LocalizedText } from '@shared/bank/primitives'
import { DEFAULT_BANK_ID, compareVersions, newestBank } from '@shared/bank/versions'
import type { StabilityDatabase } from '../database'
import type { BankRow } from '../schema'
import { guardStorage } from '../storage-error'
import { installBanks } from './banks'

/** What the bank list, the new-assessment form and the sample need of an installed bank. */
export interface BankCatalogEntry {
  contentHash: string
  id: string
  version: string
  origin: BankRow['origin']
  installedAt: string
  title: LocalizedText
  status: LocalizedText
  questionCount: number
  factorCount: number
  sectionCount: number
  profiles: Array<{ id: string; name: LocalizedText }>
  defaultProfileId: string
  firstSectionId: string
}

function catalogEntry({ bank, ...row }: BankRow): BankCatalogEntry {
  const sections = bank.pillars.flatMap((pillar) => pillar.sections)
  return {
    ...row,
    title: bank.title,
    status: bank.status,
    questionCount: sections.reduce((sum, section) => sum + section.questions.length, 0),
    factorCount: bank.factors.length,
    sectionCount: sections.length,
    profiles: bank.profiles.map(({ id, name }) => ({ id, name })),
    defaultProfileId: bank.defaultProfileId,
    firstSectionId: sections[0]?.id ?? ''
  }
}

/** Installed banks, built-in first, then by id and newest version first. */
export function listBankCatalog(db: StabilityDatabase): Promise<BankCatalogEntry[]> {
  return guardStorage(async () => {
    const rows = await db.banks.toArray()
    return rows
      .map(catalogEntry)
      .sort(
        (a, b) =>
          (a.origin === b.origin ? 0 : a.origin === 'builtin' ? -1 : 1) ||
          a.id.localeCompare(b.id) ||
          compareVersions(b.version, a.version)
      )
  })
}

/** The newest built-in version of the default bank; failing that, the first bank listed. */
export function pickDefaultBank(
  catalog: readonly BankCatalogEntry[]
): BankCatalogEntry | undefined {
  const builtin = catalog.filter((entry) => entry.origin === 'builtin')
  return newestBank(builtin, DEFAULT_BANK_ID, (entry) => entry) ?? catalog[0]
}

/** An installed bank with its install record, or undefined. */
export function getBankRow(
  db: StabilityDatabase,
  contentHash: string
): Promise<BankRow | undefined> {
  return guardStorage(() => db.banks.get(contentHash))
}

/** Installs an imported bank; says whether it was new or already installed (same content). */
export async function installImportedBank(
  db: StabilityDatabase,
  bank: Bank,
  ref: BankRef
): Promise<'installed' | 'alreadyInstalled'> {
  const added = await installBanks(db, [{ bank, ref }], 'imported')
  return added > 0 ? 'installed' : 'alreadyInstalled'
}
