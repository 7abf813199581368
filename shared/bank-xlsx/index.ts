/**
 * The Excel authoring format of question banks (XLSForm-like): bank → workbook, workbook → bank
 * with cell-addressed issues, the template, and the compact cell syntaxes.
 */
export { bankToWorkbook } from './bank-to-workbook'
export { workbookToBank, MAX_WORKBOOK_BYTES } from './workbook-to-bank'
export { writeBankTemplate } from './template'
export { exampleBankInput } from './example-bank'
export {
  parseCondition,
  printCondition,
  parseValueList,
  printValueList,
  type SyntaxResult
} from './condition-syntax'
export { encodeCellText, decodeCellText, needsFormulaGuard } from './cell-text'
export { SHEET_NAMES, DATA_SHEETS, INSTRUCTIONS_SHEET } from './sheets'
