import type { MenuItemConstructorOptions } from 'electron'
import type { Locale } from '@shared/bank/primitives'
import { mainText, type MainTextKey } from './main-texts'

export interface AppMenuContext {
  readonly platform: NodeJS.Platform
  readonly isPackaged: boolean
  readonly language: Locale
}

/**
 * The application menu, or null for none (desktop review F-5). Electron's default menu would keep
 * Ctrl+R / Cmd+R reload live in release builds — a reload that skips the backup flush and drops
 * what is being typed — plus zoom shortcuts and English labels.
 *
 * - Windows / Linux, packaged: no menu at all; copy and paste shortcuts work without one there.
 * - macOS: the app, Edit and Window menus only. Edit must exist, or Cmd+C / Cmd+V stop working in
 *   the page; no View menu, so no reload or zoom.
 * - Unpackaged runs on every platform add a Develop menu with reload and the developer tools.
 */
export function applicationMenuTemplate(
  context: AppMenuContext
): MenuItemConstructorOptions[] | null {
  const say = (key: MainTextKey): string => mainText(key, context.language)
  /** A submenu from its roles in order, each labelled in the app's language. */
  const items = (entries: readonly MenuEntry[]): MenuItemConstructorOptions[] =>
    entries.map((entry) =>
      entry === SEPARATOR ? { type: 'separator' } : { role: entry, label: say(ROLE_LABELS[entry]) }
    )
  const develop: MenuItemConstructorOptions = {
    label: say('menuDevelop'),
    submenu: items(['reload', 'toggleDevTools'])
  }
  if (context.platform !== 'darwin') return context.isPackaged ? null : [develop]
  const menu: MenuItemConstructorOptions[] = [
    {
      role: 'appMenu',
      label: say('appName'),
      submenu: items(['about', SEPARATOR, 'hide', 'hideOthers', 'unhide', SEPARATOR, 'quit'])
    },
    {
      role: 'editMenu',
      label: say('menuEdit'),
      submenu: items(['undo', 'redo', SEPARATOR, 'cut', 'copy', 'paste', 'selectAll'])
    },
    {
      role: 'windowMenu',
      label: say('menuWindow'),
      submenu: items(['minimize', 'zoom', 'close', SEPARATOR, 'front'])
    }
  ]
  return context.isPackaged ? menu : [...menu, develop]
}

/** The label of each menu role the app uses (main-texts.ts). */
const ROLE_LABELS = {
  about: 'menuAbout',
  hide: 'menuHide',
  hideOthers: 'menuHideOthers',
  unhide: 'menuShowAll',
  quit: 'menuQuit',
  undo: 'menuUndo',
  redo: 'menuRedo',
  cut: 'menuCut',
  copy: 'menuCopy',
  paste: 'menuPaste',
  selectAll: 'menuSelectAll',
  minimize: 'menuMinimize',
  zoom: 'menuZoom',
  close: 'menuClose',
  front: 'menuFront',
  reload: 'menuReload',
  toggleDevTools: 'menuDevTools'
} as const satisfies Partial<Record<NonNullable<MenuItemConstructorOptions['role']>, MainTextKey>>

/** A separator between groups of a submenu. */
const SEPARATOR = '-'
type MenuEntry = keyof typeof ROLE_LABELS | typeof SEPARATOR
