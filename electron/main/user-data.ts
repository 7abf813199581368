import { accessSync, constants, mkdirSync } from 'node:fs'
import { posix, win32 } from 'node:path'

/*
 * Where the app keeps its data: IndexedDB (every assessment and its evidence), automatic backups,
 * the single-instance lock and the start-up log all live in this one folder (docs/desktop.md).
 */

/**
 * The folder's name, pinned: never derived from productName, whose rename (say, to a Chinese name)
 * would make every assessment vanish from view. tests: user-data.test.ts fails if it changes.
 */
export const USER_DATA_FOLDER = 'StabilityAssessor'
/** Unpackaged runs (`npm start`, tests): their own database and lock, never the installed app's. */
export const DEV_USER_DATA_FOLDER = `${USER_DATA_FOLDER}-dev`
/** The Windows portable build keeps its data beside the exe, in this folder. */
export const PORTABLE_DATA_FOLDER = `${USER_DATA_FOLDER}-data`
/** Moves the data folder of an unpackaged run (tests use a fresh one per run); ignored when packaged. */
export const USER_DATA_ENV = 'STABILITY_ASSESSOR_USER_DATA'

export type UserDataKind = 'installed' | 'portable' | 'development' | 'override'

export interface UserDataLocation {
  readonly kind: UserDataKind
  readonly path: string
}

export interface UserDataContext {
  readonly platform: NodeJS.Platform
  readonly isPackaged: boolean
  readonly env: Readonly<Record<string, string | undefined>>
  /** `app.getPath('appData')`: %APPDATA%, ~/Library/Application Support, $XDG_CONFIG_HOME or ~/.config */
  readonly appData: string
  readonly cwd: string
}

/**
 * The data folder of this run.
 *
 * - Windows keeps it in **Local** AppData (%LOCALAPPDATA%), not Roaming: evidence files and up to
 *   ten automatic backups of up to 256 MB each must not be copied to a server at every log-on and
 *   log-off, and a roaming profile synchronised while the database is open can corrupt it. People
 *   who change machines take their work along as a backup or package (docs/desktop.md).
 * - The portable exe (electron-builder sets PORTABLE_EXECUTABLE_DIR) keeps it beside itself, so the
 *   data travels with the program on a USB stick and never mixes with an installed copy's.
 * - macOS and Linux: `appData`, i.e. ~/Library/Application Support and ~/.config.
 */
export function resolveUserData(context: UserDataContext): UserDataLocation {
  const path = context.platform === 'win32' ? win32 : posix
  const override = context.env[USER_DATA_ENV]?.trim()
  if (!context.isPackaged && override) {
    return { kind: 'override', path: path.resolve(context.cwd, override) }
  }
  const portableDir = context.env.PORTABLE_EXECUTABLE_DIR?.trim()
  if (context.isPackaged && context.platform === 'win32' && portableDir) {
    return { kind: 'portable', path: path.join(portableDir, PORTABLE_DATA_FOLDER) }
  }
  const base =
    context.platform === 'win32'
      ? context.env.LOCALAPPDATA?.trim() || context.appData
      : context.appData
  return context.isPackaged
    ? { kind: 'installed', path: path.join(base, USER_DATA_FOLDER) }
    : { kind: 'development', path: path.join(base, DEV_USER_DATA_FOLDER) }
}

/**
 * Creates the folder if needed and checks it is writable; the reason it is not, or null. Called
 * before anything else uses it, so a read-only place (a portable exe on a CD or a locked-down
 * share) gets a clear message instead of a database that silently fails to open.
 */
export function prepareUserDataFolder(path: string): string | null {
  try {
    mkdirSync(path, { recursive: true })
    accessSync(path, constants.W_OK)
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}
