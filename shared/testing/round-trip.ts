import type { Assessment } from '../assessment/assessment'
import { parseAssessmentJson, serializeAssessmentFile } from '../assessment'
import { assembleBackup, backupAssessmentPart, readBackup } from '../backup'
import { readPackage } from '../package/read-package'
import { writePackage } from '../package/write-package'

/**
 * An assessment sent through each file the app writes and read back: the assessment file, a
 * package and a backup. Kept out of the index: it brings the package and backup code along.
 */
export const ROUND_TRIP_STAMP = {
  generator: 'stability-assessor test',
  exportedAt: '2026-12-06T18:00:00+08:00'
}

const failed = (issues: readonly unknown[]): Error => new Error(JSON.stringify(issues.slice(0, 3)))

/** The assessment file's text and the assessment read back from it. */
export function throughAssessmentFile(assessment: Assessment): { text: string; back: Assessment } {
  const text = serializeAssessmentFile(assessment, ROUND_TRIP_STAMP)
  const back = parseAssessmentJson(text)
  if (!back.ok) throw failed(back.issues)
  return { text, back: back.value.assessment }
}

/** The assessment read back from a package holding it alone, without evidence. */
export function throughPackage(assessment: Assessment): Assessment {
  const back = readPackage(
    writePackage({ assessments: [assessment], evidence: [], ...ROUND_TRIP_STAMP })
  )
  if (!back.ok) throw failed(back.issues)
  return back.value.assessments[0]!
}

/** The assessment read back from a backup holding it alone, without banks or evidence. */
export function throughBackup(assessment: Assessment): Assessment {
  const { generator, exportedAt: createdAt } = ROUND_TRIP_STAMP
  const part = backupAssessmentPart({ assessment, evidence: [] }, { generator, createdAt })
  const { bytes } = assembleBackup({
    createdAt,
    generator,
    databaseVersion: 1,
    assessments: [part],
    banks: [],
    evidence: [],
    settings: []
  })
  const back = readBackup(bytes)
  if (!back.ok) throw failed(back.issues)
  return back.value.assessments[0]!.assessment
}
