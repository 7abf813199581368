import { useSyncExternalStore } from 'react'
import type { DerivedKey } from '@shared/crypto/container'
import type { StabilityDatabase } from '../../db/database'
import { loadAutoBackupCheck, saveAutoBackupCheck } from '../../db/repos/backup-settings'

/*
 * Encrypted automatic backups (issue 15, docs/security.md): the user sets a passphrase in
 * Settings; the key is derived from it once per session (a fresh random salt each session, a
 * fresh nonce per file) and kept in memory only, as a non-extractable WebCrypto key. The
 * passphrase is never stored: Settings keeps only a small container sealing CHECK_TEXT under it,
 * so that the next session can tell the right passphrase from a wrong one. Until the passphrase is
 * entered in a new session, automatic backups are paused rather than written in plain text.
 */

/** What the stored check container seals: opening it proves the passphrase. */
const CHECK_TEXT = 'stability-assessor automatic-backup passphrase check 1'

let sessionKey: DerivedKey | null = null
const listeners = new Set<() => void>()
function setSessionKey(key: DerivedKey | null): void {
  sessionKey = key
  for (const listener of listeners) listener()
}

/** The key this session seals automatic backups with; null until a passphrase is entered. */
export function autoBackupSessionKey(): DerivedKey | null {
  return sessionKey
}

/** Forgets the session's key (sign-out of the session; tests). */
export function forgetAutoBackupKey(): void {
  setSessionKey(null)
}

/** Whether this session holds the key (re-renders when it changes). */
export function useAutoBackupUnlocked(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => sessionKey !== null
  )
}

/**
 * Turns on encryption of automatic backups with `passphrase` (or changes it): stores the check
 * container and keeps this session's key. Both derivations run in WebCrypto, off the UI thread.
 */
export async function setAutoBackupPassphrase(
  db: StabilityDatabase,
  passphrase: string
): Promise<void> {
  const { deriveContainerKey, encryptContainer } = await import('@shared/crypto/container')
  const check = await encryptContainer(new TextEncoder().encode(CHECK_TEXT), passphrase, 'backup')
  const key = await deriveContainerKey(passphrase)
  await saveAutoBackupCheck(db, check)
  setSessionKey(key)
}

/**
 * Enters the passphrase in a new session: true (and the session's key kept) when it opens the
 * stored check, false when it does not (nothing kept). Throws when no passphrase was set.
 */
export async function unlockAutoBackups(
  db: StabilityDatabase,
  passphrase: string
): Promise<boolean> {
  const check = await loadAutoBackupCheck(db)
  if (check === null) throw new Error('automatic backups have no passphrase to check against')
  const { decryptContainer, deriveContainerKey } = await import('@shared/crypto/container')
  const opened = await decryptContainer(check, passphrase, 'backup')
  if (!opened.ok || new TextDecoder().decode(opened.value) !== CHECK_TEXT) return false
  setSessionKey(await deriveContainerKey(passphrase))
  return true
}

/** Turns encryption of automatic backups off: later ones are written in plain text. */
export async function removeAutoBackupPassphrase(db: StabilityDatabase): Promise<void> {
  await saveAutoBackupCheck(db, null)
  setSessionKey(null)
}

/** How this session writes automatic backups. */
export type AutoBackupSealing =
  | { state: 'plain' }
  /** A passphrase is set but not entered in this session: nothing is written. */
  | { state: 'paused' }
  /** Sealed with the session's key (in the backup worker: a CryptoKey can be posted there). */
  | { state: 'sealed'; key: DerivedKey }

/**
 * Sealed with the session's key when a passphrase is set, plain when none is, paused when one is
 * set but not entered yet. Asked before a backup is built, so a paused session builds nothing.
 */
export async function autoBackupSealing(db: StabilityDatabase): Promise<AutoBackupSealing> {
  if ((await loadAutoBackupCheck(db)) === null) return { state: 'plain' }
  const key = sessionKey
  if (key === null) return { state: 'paused' }
  return { state: 'sealed', key }
}
