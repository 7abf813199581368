import type { SaveFileRequest } from './platform'

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
