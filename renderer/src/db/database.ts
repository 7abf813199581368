import { Dexie, type EntityTable, type Table } from 'dexie'
import { activeDatabaseName, DATABASE_NAME } from './active-database'
import { upgradeToV2 } from './migrations/v2-assessment-list'
import { upgradeToV3 } from './migrations/v3-key-systems'
import { upgradeToV5 } from './migrations/v5-packed-registers'
import { upgradeToV6 } from './migrations/v6-register-rows'
import {
  STORES_V1,
  STORES_V2,
  STORES_V3,
  STORES_V4,
  STORES_V5,
  STORES_V6,
  type AnswerRow,
  type AssessmentListRow,
  type AssessmentRow,
  type AuditRow,
  type BankRow,
  type EvidenceBlobRow,
  type FactorRow,
  type FindingRow,
  type RegisterHeadsRow,
  type RegisterRowsRow,
  type SettingRow
} from './schema'

export { DATABASE_NAME }

/** The app's IndexedDB database. Only renderer/src/db touches it; everything else goes through repos and hooks. */
export class StabilityDatabase extends Dexie {
  banks!: EntityTable<BankRow, 'contentHash'>
  assessments!: EntityTable<AssessmentRow, 'id'>
  answers!: Table<AnswerRow, [string, string]>
  factorInputs!: Table<FactorRow, [string, string]>
  findings!: Table<FindingRow, [string, string]>
  auditLog!: Table<AuditRow, [string, string]>
  evidence!: EntityTable<EvidenceBlobRow, 'sha256'>
  settings!: EntityTable<SettingRow, 'key'>
  assessmentList!: EntityTable<AssessmentListRow, 'id'>
  registers!: EntityTable<RegisterHeadsRow, 'assessmentId'>
  registerRows!: Table<RegisterRowsRow, [string, string]>

  constructor(name: string = DATABASE_NAME) {
    super(name)
    // Released versions are never edited; each change adds a version and a file in migrations/.
    this.version(1).stores(STORES_V1)
    this.version(2).stores(STORES_V2).upgrade(upgradeToV2)
    this.version(3).stores(STORES_V3).upgrade(upgradeToV3)
    this.version(4).stores(STORES_V4)
    this.version(5).stores(STORES_V5).upgrade(upgradeToV5)
    this.version(6).stores(STORES_V6).upgrade(upgradeToV6)
    // Another connection wants a newer schema (a newer app) or to delete the database: let go of
    // ours so it can proceed, and stay closed — re-opening would add this version's tables to the
    // newer data (DUR-09); the next start-up explains it. Returning false replaces Dexie's default
    // handler, which would warn on the console and re-open on the next query.
    this.on('versionchange', () => {
      this.close({ disableAutoOpen: true })
      return false
    })
  }
}

let instance: StabilityDatabase | undefined

/**
 * The one database of this window (single writer: the desktop app holds a single-instance lock):
 * the default one, or the restored copy the recovery screen made (see active-database.ts).
 */
export function getDatabase(): StabilityDatabase {
  instance ??= new StabilityDatabase(activeDatabaseName())
  return instance
}

/** Tests and benchmarks open their own database by name. */
export function openDatabase(name: string): StabilityDatabase {
  return new StabilityDatabase(name)
}
