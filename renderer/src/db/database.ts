import { Dexie, type EntityTable, type Table } from 'dexie'
import {
  STORES_V1,
  type AnswerRow,
  type AssessmentRow,
  type AuditRow,
  type BankRow,
  type EvidenceBlobRow,
  type FactorRow,
  type FindingRow,
  type SettingRow
} from './schema'

export const DATABASE_NAME = 'stability-assessor'

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

  constructor(name: string = DATABASE_NAME) {
    super(name)
    this.version(1).stores(STORES_V1)
  }
}

let instance: StabilityDatabase | undefined

/** The one database of this window (single writer: the desktop app holds a single-instance lock). */
export function getDatabase(): StabilityDatabase {
  instance ??= new StabilityDatabase()
  return instance
}

/** Tests and benchmarks open their own database by name. */
export function openDatabase(name: string): StabilityDatabase {
  return new StabilityDatabase(name)
}
