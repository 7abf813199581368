import type { Page } from '@playwright/test'

/** One automatic backup main would list: its file name, when it was made and its bytes. */
export interface StandInBackup {
  name: string
  createdAt: string
  bytes: Buffer
}

/**
 * Installs, before the app starts on every next load of `page`, a stand-in for the desktop
 * preload bridge (window.stabilityAssessor): app info, dialogs that choose nothing, and main's
 * automatic backups holding `backups` (newest first). Backups the app writes are appended to
 * `window.__writtenBackups` (their reasons), so a test can see the scheduler work. The Electron
 * window itself cannot start on this machine; this drives the same renderer code the desktop runs.
 */
export async function installDesktopBridge(page: Page, backups: StandInBackup[]): Promise<void> {
  const listed = backups.map(({ name, createdAt, bytes }) => ({
    name,
    createdAt,
    size: bytes.length,
    b64: bytes.toString('base64')
  }))
  await page.addInitScript((stored) => {
    const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value })
    const written: string[] = []
    Object.assign(window, {
      __writtenBackups: written,
      stabilityAssessor: {
        getAppInfo: () =>
          ok({
            name: 'Stability Assessor',
            version: '0.0.0',
            platform: 'electron',
            locale: 'zh-CN'
          }),
        saveFile: () => ok({ saved: false }),
        openFile: () => ok(null),
        openExternal: () => ok(undefined),
        writeBackup: (input: { bytes: Uint8Array; reason: string }) => {
          written.push(input.reason)
          return ok({
            name: `backup-written-${written.length}.sabackup`,
            size: input.bytes.byteLength,
            createdAt: new Date().toISOString()
          })
        },
        listBackups: () =>
          ok(stored.map(({ name, size, createdAt }) => ({ name, size, createdAt }))),
        readBackup: ({ name }: { name: string }) => {
          const found = stored.find((backup) => backup.name === name)
          const bytes = Uint8Array.from(atob(found?.b64 ?? ''), (c) => c.charCodeAt(0))
          return ok({ name, bytes })
        }
      }
    })
  }, listed)
}
