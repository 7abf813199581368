import type { Assessment } from '../../shared/assessment/assessment'
import { parseAssessmentJson } from '../../shared/assessment/parse'
import { invalidInput, readText, type CliIo } from './io'

/** Reads an assessment file (upgraded to the current format and checked); refused with its problems. */
export async function readAssessmentFile(io: CliIo, path: string): Promise<Assessment> {
  const parsed = parseAssessmentJson(await readText(io, path))
  if (!parsed.ok) throw invalidInput(path, parsed.issues)
  return parsed.value.assessment
}
