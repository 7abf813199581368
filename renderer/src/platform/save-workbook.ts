import type { SaveFileRequest } from './platform'

/** A picked workbook's bytes are capped by its reader too; this refuses a wrong pick before reading it. */
export const MAX_PICKED_WORKBOOK_BYTES = 32 * 1024 * 1024

/** The MIME type of an Excel workbook (.xlsx), for the browser download. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * Saving an Excel workbook the app wrote: the desktop's save dialog offers .xlsx, the browser
 * downloads it as one.
 */
export function workbookSave(
  suggestedName: string,
  bytes: SaveFileRequest['bytes']
): SaveFileRequest {
  return {
    suggestedName,
    bytes,
    mimeType: XLSX_MIME,
    filters: [{ name: 'Excel', extensions: ['xlsx'] }]
  }
}
