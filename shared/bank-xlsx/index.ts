/**
 * The Excel authoring format of question banks (XLSForm-like): bank → workbook, workbook → bank
 * with cell-addressed issues, the template, and the compact cell syntaxes.
 */
export { bankToWorkbook } from './bank-to-workbook'
export { workbookToBank } from './workbook-to-bank'
export { writeBankTemplate } from './template'
export { exampleBankInput } from './example-bank'
export { parseCondition, printCondition, parseValueList, printValueList } from './condition-syntax'
export type { SyntaxResult } from './syntax-lexer'
export { SHEET_NAMES, DATA_SHEETS, INSTRUCTIONS_SHEET } from './sheets'

// Building blocks shared with the questionnaire form (shared/questionnaire-xlsx), exported so the
// form reads and writes cells exactly as the bank workbook does instead of keeping a second copy.
export type { ColumnSpec, SheetSpec } from './sheet-spec'
export { cellValue, type CellInput } from './sheet-writer'
export {
  readSheetTable,
  isFormulaCell,
  MAX_ROWS,
  MAX_COLUMNS,
  MAX_CELL_CHARS,
  type CellData,
  type SheetRow,
  type SheetTable
} from './sheet-reader'
export { RowReader, rowReaders } from './row-reader'
export { IssueList, cellAddress, cellPath, sheetRef, shown, type CellRef } from './issues'
export { parseNumberText, printNumber } from './list-syntax'
export { toBytes } from './bank-to-workbook'
