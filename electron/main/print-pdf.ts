import type { BrowserWindow as ElectronWindow } from 'electron'
import { createPrintWindow, type WindowClass } from './window'

/**
 * Longest data URL Chromium loads (2 MB, `url::kMaxURLChars`): a larger print view is refused
 * with a clear message rather than failing inside Chromium.
 */
export const MAX_PRINT_DATA_URL = 2 * 1024 * 1024

/** The print view as a base64 data URL (a scheme the offline request guard lets through). */
export function printDataUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`
}

/**
 * Prints the report's print view to PDF: a hidden window with scripts off and no preload loads
 * the standalone HTML (inline styles and images only; its own policy forbids anything else) and
 * Chromium prints it — A4, the page sizes and margins of the print CSS (landscape pages for the
 * wide tables), the header and page numbers from its page-margin boxes, an outline from the
 * headings, tagged for accessibility.
 */
export async function printHtmlToPdf(
  BrowserWindow: WindowClass<ElectronWindow>,
  html: string
): Promise<Uint8Array> {
  const window = createPrintWindow(BrowserWindow)
  try {
    await window.loadURL(printDataUrl(html))
    const pdf = await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true
    })
    return new Uint8Array(pdf)
  } finally {
    window.destroy()
  }
}
