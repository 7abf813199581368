import type { AppInfo, OpenedFile } from '@shared/ipc/contract'
// Named imports let the bundler keep just these two fields of package.json.
import { productName, version } from '../../../package.json'
import { AppError } from './app-error'
import { createDownloadQueue, type DownloadQueue } from './download-queue'
import type { OpenFileRequest, Platform, SaveFileRequest } from './platform'

/** The `accept` attribute of a file input for bare extensions: `['json']` → `.json`. */
export const acceptAttribute = (extensions: readonly string[]): string =>
  extensions.map((extension) => `.${extension.replace(/^\./, '')}`).join(',')

type PickedFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>

/** Refuses oversized files before reading them, so a wrong pick cannot exhaust memory. */
export async function readPickedFile(file: PickedFile, maxBytes: number): Promise<OpenedFile> {
  if (file.size > maxBytes) {
    throw new AppError(
      'TOO_LARGE',
      `${file.name} is ${file.size} bytes; the limit is ${maxBytes} bytes`,
      { name: file.name, size: file.size, limit: maxBytes }
    )
  }
  try {
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
  } catch (error) {
    throw new AppError('READ_FAILED', `${file.name} could not be read: ${String(error)}`)
  }
}

function browserOs(): string {
  // userAgentData is Chromium-only and not yet in TypeScript's DOM types.
  const uaData = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData
  return uaData?.platform || navigator.platform
}

async function getAppInfo(): Promise<AppInfo> {
  return {
    name: productName,
    version,
    platform: 'browser',
    os: browserOs(),
    locale: navigator.language
  }
}

/** Hands the bytes to the browser's download manager; where they land is the browser's choice. */
function startDownload({ suggestedName, bytes, mimeType }: SaveFileRequest): void {
  const url = URL.createObjectURL(
    bytes instanceof Blob ? bytes : new Blob([bytes], { type: mimeType })
  )
  const link = document.createElement('a')
  link.href = url
  link.download = suggestedName
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    // The download has taken its own reference once click() returns; revoking later is belt and braces.
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
  }
}

/**
 * Whether a download started now still counts as the user's: true inside the transient activation
 * of the click that asked for the file. Browsers without the UserActivation API are trusted as
 * before (they have no such window to miss).
 */
export function hasUserActivation(nav: Pick<Navigator, 'userActivation'> = navigator): boolean {
  const activation = nav.userActivation as UserActivation | undefined
  return activation === undefined || activation.isActive
}

/**
 * Saves at once while the user's click is still active; after a long export (activation expired)
 * the file waits in `downloads` for one more click (DownloadPrompt), so the browser never drops it.
 */
export function createSaveFile(
  downloads: DownloadQueue,
  activeNow: () => boolean = hasUserActivation
): Platform['saveFile'] {
  return async (request) => {
    if (activeNow()) {
      startDownload(request)
      return { saved: true }
    }
    const saved = await downloads.offer(request.suggestedName, () => startDownload(request))
    return { saved }
  }
}

/** Shows the browser's file picker; resolves null when the user cancels it. */
function pickFile(accept: readonly string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = acceptAttribute(accept)
    input.hidden = true
    const finish = (file: File | null): void => {
      input.remove()
      resolve(file)
    }
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => finish(null), { once: true })
    document.body.append(input)
    input.click()
  })
}

async function openFile({ accept, maxBytes }: OpenFileRequest): Promise<OpenedFile | null> {
  const file = await pickFile(accept)
  return file ? readPickedFile(file, maxBytes) : null
}

/** The plain-browser host: no bridge, so files go through downloads and the file picker. */
export function createBrowserPlatform(): Platform {
  const downloads = createDownloadQueue()
  return { kind: 'browser', getAppInfo, saveFile: createSaveFile(downloads), openFile, downloads }
}
