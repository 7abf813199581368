/** Bank → authoring workbook (.xlsx bytes). */
import ExcelJS from 'exceljs'
import type { Bank } from '../bank/bank'
import { writeInstructionsSheet } from './instructions'
import type { SheetSpec } from './sheet-spec'
import { writeDataSheet, type RowInput } from './sheet-writer'
import { DATA_SHEETS } from './sheets'
import {
  anchorRows,
  choiceRows,
  pillarRows,
  questionRows,
  referenceRows,
  sectionRows,
  settingsRows
} from './write-content'
import {
  bandRows,
  factorInputRows,
  factorRows,
  factorTermRows,
  levelRows,
  profileRows,
  profileWeightRows,
  redLineRows,
  ruleRows
} from './write-scoring'

const ROW_BUILDERS: Record<string, (bank: Bank) => RowInput[]> = {
  settings: settingsRows,
  pillars: pillarRows,
  sections: sectionRows,
  questions: questionRows,
  choices: choiceRows,
  factors: factorRows,
  factor_inputs: factorInputRows,
  factor_terms: factorTermRows,
  bands: bandRows,
  red_lines: redLineRows,
  rules: ruleRows,
  profiles: profileRows,
  profile_weights: profileWeightRows,
  levels: levelRows,
  anchors: anchorRows,
  references: referenceRows
}

function rowsOf(spec: SheetSpec, bank: Bank): RowInput[] {
  const build = ROW_BUILDERS[spec.name]
  if (build === undefined) throw new Error(`bank-xlsx: no row builder for sheet ${spec.name}`)
  return build(bank)
}

/** exceljs returns a Node Buffer in Node and a Uint8Array-like in browsers; hand back a plain view. */
export function toBytes(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (data instanceof Uint8Array)
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  return new Uint8Array(data)
}

/**
 * Writes a bank (as parsed, defaults applied) as an XLSForm-like authoring workbook: an
 * instructions sheet, then one sheet per table (settings, pillars, sections, questions, choices,
 * factors, …) with bilingual header notes, dropdowns and frozen headers. Texts are string cells
 * guarded against formulas, numbers are number cells. `workbookToBank` reads it back unchanged.
 */
export async function bankToWorkbook(bank: Bank): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Stability Assessor'
  writeInstructionsSheet(workbook)
  for (const spec of DATA_SHEETS) writeDataSheet(workbook, spec, rowsOf(spec, bank))
  const buffer: unknown = await workbook.xlsx.writeBuffer()
  return toBytes(buffer as ArrayBuffer | ArrayBufferView)
}
