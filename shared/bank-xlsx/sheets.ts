/** Every data sheet of the bank workbook, in workbook order (after the instructions sheet). */
import type { SheetSpec } from './sheet-spec'
import {
  anchorsSheet,
  choicesSheet,
  pillarsSheet,
  questionsSheet,
  referencesSheet,
  sectionsSheet,
  settingsSheet
} from './specs-content'
import {
  bandsSheet,
  factorInputsSheet,
  factorTermsSheet,
  factorsSheet,
  redLinesSheet,
  rulesSheet
} from './specs-scoring'
import { levelsSheet, profileWeightsSheet, profilesSheet } from './specs-profiles'

/** The sheet of explanations; the importer ignores its content. */
export const INSTRUCTIONS_SHEET = 'instructions'

export const DATA_SHEETS: readonly SheetSpec[] = [
  settingsSheet,
  pillarsSheet,
  sectionsSheet,
  questionsSheet,
  choicesSheet,
  factorsSheet,
  factorInputsSheet,
  factorTermsSheet,
  bandsSheet,
  redLinesSheet,
  rulesSheet,
  profilesSheet,
  profileWeightsSheet,
  levelsSheet,
  anchorsSheet,
  referencesSheet
]

/** Every sheet name, in order, as the workbook lists them. */
export const SHEET_NAMES: readonly string[] = [
  INSTRUCTIONS_SHEET,
  ...DATA_SHEETS.map((s) => s.name)
]
