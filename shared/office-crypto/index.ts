/**
 * Password-protected Office files (ECMA-376 agile encryption in a compound file), for the exported
 * workbook and Word report. Pure TypeScript over Uint8Array and WebCrypto.
 */
export { OFFICE_PASSWORD_MAX_LENGTH } from './limits'
export { OFFICE_SPIN_COUNT, officePasswordProblem, protectOfficeFile } from './agile'
