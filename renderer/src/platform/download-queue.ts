/**
 * Files the browser build has ready but could not hand to the download manager on its own.
 *
 * A programmatic `<a download>` click counts as the user's only while the click that asked for
 * the file is still "active" in the browser's sense (transient user activation, a few seconds in
 * Chromium). A long export (a package zip, a report workbook) can outlast that window, and a
 * browser may then drop or hold the download without telling the page. So when the bytes arrive
 * after the activation has expired, the file waits here and a small notice (DownloadPrompt) asks
 * for one more click, which starts the download inside a fresh user gesture.
 */
export interface PendingDownload {
  readonly id: number
  /** The file name the download will suggest. */
  readonly name: string
  /** Starts the download (call from a click handler) and resolves the export as saved. */
  save(): void
  /** Drops the file and resolves the export as not saved (like cancelling a save dialog). */
  dismiss(): void
}

export interface DownloadQueue {
  /** Waits for the user: true when they saved the file, false when they dismissed it. */
  offer(name: string, start: () => void): Promise<boolean>
  /** Oldest first. The same array until the queue changes (fit for useSyncExternalStore). */
  current(): readonly PendingDownload[]
  subscribe(listener: () => void): () => void
}

export function createDownloadQueue(): DownloadQueue {
  let pending: readonly PendingDownload[] = []
  let nextId = 1
  const listeners = new Set<() => void>()
  const notify = (): void => listeners.forEach((listener) => listener())

  return {
    offer(name, start) {
      return new Promise<boolean>((resolve) => {
        const id = nextId++
        let settled = false
        const settle = (saved: boolean): void => {
          if (settled) return
          settled = true
          pending = pending.filter((item) => item.id !== id)
          notify()
          resolve(saved)
        }
        pending = [
          ...pending,
          {
            id,
            name,
            save: () => {
              if (!settled) start()
              settle(true)
            },
            dismiss: () => settle(false)
          }
        ]
        notify()
      })
    },
    current: () => pending,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
