import { join } from 'node:path'
import { writeFileAtomic } from '../file-io'
import { MAX_PRINT_DATA_URL, printDataUrl } from '../print-pdf'
import type { FileDialogs } from './file'
import { IpcHandlerError } from './handle'
import type { IpcHandlers } from './handle'

export interface ReportHandlerDeps {
  readonly dialogs: Pick<FileDialogs, 'showSaveDialog'>
  /** Where the save dialog starts, e.g. the user's Documents folder. */
  readonly defaultDirectory: () => string
  /** The print view to PDF bytes (printHtmlToPdf in a hidden window; injected for tests). */
  readonly printToPdf: (html: string) => Promise<Uint8Array>
}

/**
 * `report:print-pdf`: prints the report's print view to PDF, then saves it where the user picks
 * (nothing is written when the dialog is cancelled). The renderer never names a path.
 */
export function createReportHandlers(
  deps: ReportHandlerDeps
): Pick<IpcHandlers, 'report:print-pdf'> {
  return {
    'report:print-pdf': async ({ html, suggestedName }, { sender }) => {
      if (printDataUrl(html).length > MAX_PRINT_DATA_URL)
        throw new IpcHandlerError(
          'TOO_LARGE',
          'the report is too large to print to PDF here; export the Word report and print it to PDF from Word or WPS'
        )
      const pdf = await deps.printToPdf(html)
      const result = await deps.dialogs.showSaveDialog(sender, {
        defaultPath: join(deps.defaultDirectory(), suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation']
      })
      if (result.canceled || result.filePath === undefined || result.filePath === '')
        return { saved: false }
      await writeFileAtomic(result.filePath, pdf)
      return { saved: true, path: result.filePath }
    }
  }
}
