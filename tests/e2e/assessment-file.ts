import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Download } from '@playwright/test'
import { assessmentContentHash } from '../../shared/assessment/canonical'
import { parseAssessmentJson } from '../../shared/assessment/parse'
import type { Assessment } from '../../shared/assessment/assessment'
import { loadBank } from '../../shared/bank/identity'
import type { Bank } from '../../shared/bank/bank'
import { scoreAssessment, type ScoringResult } from '../../shared/scoring'

/** The shipped files of the default bank, by version. */
const BANK_FILES = {
  '1.0.0': 'sac-stability-2025.json',
  '1.1.0': 'sac-stability-2025-1.1.0.json'
} as const

/**
 * The default bank as the app installs it (new assessments use the newest version, 1.1.0), read
 * in Node to check the UI's figures independently.
 */
export function defaultBank(version: keyof typeof BANK_FILES = '1.1.0'): Bank {
  const raw: unknown = JSON.parse(
    readFileSync(new URL(`../../resources/banks/${BANK_FILES[version]}`, import.meta.url), 'utf8')
  )
  const loaded = loadBank(raw)
  if (!loaded.ok) throw new Error('the default bank must load')
  return loaded.value.bank
}

/** Reads an exported assessment file the way the app reads one. */
export async function readAssessmentDownload(
  download: Download
): Promise<{ text: string; assessment: Assessment }> {
  const text = await readFile(await download.path(), 'utf8')
  const parsed = parseAssessmentJson(text)
  if (!parsed.ok)
    throw new Error(`the exported file does not parse: ${JSON.stringify(parsed.issues)}`)
  return { text, assessment: parsed.value.assessment }
}

export function scoreOf(assessment: Assessment, bank: Bank = defaultBank()): ScoringResult {
  return scoreAssessment(bank, {
    answers: assessment.answers,
    factors: assessment.factors,
    profile: assessment.profile,
    metadata: assessment.metadata
  })
}

export { assessmentContentHash }
