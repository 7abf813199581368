import { assembleBackup, backupAssessmentPart } from '../backup'
import type { AssembleBackupInput, BackupAssessmentInput } from '../backup'
import { bankContentHash } from '../bank/identity'
import { miniBank } from './mini-bank'

/**
 * A backup as the app writes one (database version 2): each assessment packed with its evidence,
 * the mini bank installed (imported when the backup was made), no loose evidence.
 */
export function miniBankBackup(input: {
  createdAt: string
  generator: string
  assessments: readonly BackupAssessmentInput[]
  settings?: AssembleBackupInput['settings']
}): Uint8Array {
  const { createdAt, generator } = input
  return assembleBackup({
    createdAt,
    generator,
    databaseVersion: 2,
    assessments: input.assessments.map((part) =>
      backupAssessmentPart(part, { generator, createdAt })
    ),
    banks: [
      {
        bank: miniBank,
        contentHash: bankContentHash(miniBank),
        origin: 'imported',
        installedAt: createdAt
      }
    ],
    evidence: [],
    settings: input.settings ?? []
  }).bytes
}
