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
  const develop: MenuItemConstructorOptions = {
    label: say('menuDevelop'),
    submenu: [
      { role: 'reload', label: say('menuReload') },
      { role: 'toggleDevTools', label: say('menuDevTools') }
    ]
  }
  if (context.platform !== 'darwin') return context.isPackaged ? null : [develop]
  const menu: MenuItemConstructorOptions[] = [
    {
      role: 'appMenu',
      label: say('appName'),
      submenu: [
        { role: 'about', label: say('menuAbout') },
        { type: 'separator' },
        { role: 'hide', label: say('menuHide') },
        { role: 'hideOthers', label: say('menuHideOthers') },
        { role: 'unhide', label: say('menuShowAll') },
        { type: 'separator' },
        { role: 'quit', label: say('menuQuit') }
      ]
    },
    {
      role: 'editMenu',
      label: say('menuEdit'),
      submenu: [
        { role: 'undo', label: say('menuUndo') },
        { role: 'redo', label: say('menuRedo') },
        { type: 'separator' },
        { role: 'cut', label: say('menuCut') },
        { role: 'copy', label: say('menuCopy') },
        { role: 'paste', label: say('menuPaste') },
        { role: 'selectAll', label: say('menuSelectAll') }
      ]
    },
    {
      role: 'windowMenu',
      label: say('menuWindow'),
      submenu: [
        { role: 'minimize', label: say('menuMinimize') },
        { role: 'zoom', label: say('menuZoom') },
        { role: 'close', label: say('menuClose') },
        { type: 'separator' },
        { role: 'front', label: say('menuFront') }
      ]
    }
  ]
  return context.isPackaged ? menu : [...menu, develop]
}
