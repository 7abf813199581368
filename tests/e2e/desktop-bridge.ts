import type { Page } from '@playwright/test'

/** One automatic backup main would list: its file name, when it was made and its bytes. */
export interface StandInBackup {
  name: string
  createdAt: string
  bytes: Buffer
}

/**
 * An automatic backup as main names it: `backup-<createdAt, digits only>-<sequence>.sabackup`
 * (`2025-07-21T08:00:00.000Z`, 1 → `backup-20250721T080000000Z-0001.sabackup`).
 */
export const standInBackup = (
  createdAt: string,
  sequence: number,
  bytes: Buffer
): StandInBackup => ({
  name: `backup-${createdAt.replace(/[-:.]/g, '')}-${String(sequence).padStart(4, '0')}.sabackup`,
  createdAt,
  bytes
})

/**
 * Installs, before the app starts on every next load of `page`, a stand-in for the desktop
 * preload bridge (window.stabilityAssessor): app info, dialogs that choose nothing, and main's
 * automatic backups holding `backups` (newest first). Backups the app writes are appended to
 * `window.__writtenBackups` (their reasons) and `window.__writtenBackupBytes` (base64), so a test
 * can see the scheduler work and read what it wrote. The Electron
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
    const writtenBytes: string[] = []
    // The container's magic ("\x89SAE\r\n\x1a\n"): main lists a backup as encrypted by it.
    const magic = [0x89, 0x53, 0x41, 0x45, 0x0d, 0x0a, 0x1a, 0x0a]
    Object.assign(window, {
      __writtenBackups: written,
      __writtenBackupBytes: writtenBytes,
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
          let binary = ''
          for (const byte of input.bytes) binary += String.fromCharCode(byte)
          writtenBytes.push(btoa(binary))
          return ok({
            name: `backup-written-${written.length}.sabackup`,
            size: input.bytes.byteLength,
            createdAt: new Date().toISOString(),
            encrypted: magic.every((b, i) => input.bytes[i] === b)
          })
        },
        listBackups: () =>
          ok(
            stored.map(({ name, size, createdAt, b64 }) => ({
              name,
              size,
              createdAt,
              encrypted: magic.every((b, i) => atob(b64.slice(0, 12)).charCodeAt(i) === b)
            }))
          ),
        readBackup: ({ name }: { name: string }) => {
          const found = stored.find((backup) => backup.name === name)
          const bytes = Uint8Array.from(atob(found?.b64 ?? ''), (c) => c.charCodeAt(0))
          return ok({ name, bytes })
        }
      }
    })
  }, listed)
}
