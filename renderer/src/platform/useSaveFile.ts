import { App } from 'antd'
import type { SaveFileRequest } from './platform'
import { usePlatform } from './usePlatform'

/**
 * Saves a file through the platform (a download in the browser, a save dialog on the desktop) and,
 * unless the user cancelled, says so: `said(path)` gets the saved file's path where the platform
 * tells it.
 */
export function useSaveFile(): (
  request: SaveFileRequest,
  said: (path: string | undefined) => string
) => Promise<void> {
  const platform = usePlatform()
  const { message } = App.useApp()
  return async (request, said) => {
    const result = await platform.saveFile(request)
    if (result.saved) void message.success(said(result.path))
  }
}
