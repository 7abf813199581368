/**
 * The one door for .xlsx workbooks (reliability.md XLS-01…06): the gate and the loader every
 * workbook reader goes through (and the streaming sheet reader for workbooks of many rows,
 * registers), the cell-text guard every writer stores user text with, A1
 * addresses, and the header-row and instructions-sheet writers the bank workbook and the
 * questionnaire form share. Format modules (bank-xlsx, questionnaire-xlsx, report) build on it.
 */
export { columnLetter, abs, rel } from './address'
export {
  decodeCellText,
  encodeCellText,
  escapeXmlText,
  needsFormulaGuard,
  replaceXmlInvalid,
  XML_INVALID_CHARS
} from './cell-text'
export { checkWorkbookBytes, WORKBOOK_LIMITS, WORKBOOK_PATH, type WorkbookLimits } from './gate'
export { loadWorkbook } from './load'
export {
  noCachedValue,
  readWorkbookSheets,
  type SheetCell,
  type SheetRow,
  type StreamedSheet
} from './sheet-stream'
export {
  HEADING_FILL,
  instructionRows,
  writeHeaderRow,
  type HeaderCell,
  type InstructionStyle
} from './sheet-parts'
