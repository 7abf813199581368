import type { Locale } from '@shared/bank/primitives'
import { fillTemplate } from '@shared/util/issue-codes'

/**
 * Everything the main process says to a person — start-up error dialogs and the macOS menu — in
 * zh-CN and en-US side by side (the convention of shared/issues/catalogue). `{{name}}` is filled by
 * {@link mainText}. The language is the system's (shared/util/system-language.ts), as the window's
 * first language would be.
 */
const TEXTS = {
  appName: { 'zh-CN': '稳定性保障评估工具', 'en-US': 'Stability Assessor' },
  startFailedTitle: {
    'zh-CN': '稳定性保障评估工具无法启动',
    'en-US': 'Stability Assessor could not start'
  },
  loadFailed: {
    'zh-CN':
      '程序界面未能加载（{{reason}}）。\n\n已录入的评估数据保存在本机，没有受到影响。请重新启动本程序；如果问题仍然出现，请重新安装，并把下面的日志文件发给技术支持：\n{{log}}',
    'en-US':
      'The program window could not be loaded ({{reason}}).\n\nAssessments already entered are stored on this computer and are not affected. Start the program again; if this happens again, reinstall it and send this log file to support:\n{{log}}'
  },
  crashedBeforePaint: {
    'zh-CN':
      '程序界面在显示之前意外退出（{{reason}}）。\n\n已录入的评估数据保存在本机，没有受到影响。请重新启动本程序；如果问题仍然出现，请把下面的日志文件发给技术支持：\n{{log}}',
    'en-US':
      'The program window stopped before it could be shown ({{reason}}).\n\nAssessments already entered are stored on this computer and are not affected. Start the program again; if this happens again, send this log file to support:\n{{log}}'
  },
  crashedAgain: {
    'zh-CN':
      '程序界面再次意外退出（{{reason}}），程序将关闭。\n\n已保存的评估数据在本机，没有受到影响。请重新启动本程序；如果问题仍然出现，请把下面的日志文件发给技术支持：\n{{log}}',
    'en-US':
      'The program window stopped again ({{reason}}) and the program will close.\n\nSaved assessments are stored on this computer and are not affected. Start the program again; if this happens again, send this log file to support:\n{{log}}'
  },
  unexpected: {
    'zh-CN': '启动时发生意外错误：{{reason}}\n\n日志文件：\n{{log}}',
    'en-US': 'An unexpected error occurred while starting: {{reason}}\n\nLog file:\n{{log}}'
  },
  dataFolderUnwritable: {
    'zh-CN':
      '无法写入数据文件夹：\n{{folder}}\n\n（{{reason}}）\n\n请检查该文件夹的权限和磁盘剩余空间，然后重新启动本程序。',
    'en-US':
      'The data folder cannot be written:\n{{folder}}\n\n({{reason}})\n\nCheck the folder’s permissions and the free disk space, then start the program again.'
  },
  portableFolderUnwritable: {
    'zh-CN':
      '便携版把数据保存在程序旁边的文件夹中，但这个位置无法写入：\n{{folder}}\n\n（{{reason}}）\n\n请把程序复制到可以写入的文件夹（例如桌面或 U 盘），然后从那里运行。',
    'en-US':
      'The portable program keeps its data in a folder next to itself, but this place cannot be written:\n{{folder}}\n\n({{reason}})\n\nCopy the program to a folder you can write to (the desktop or a USB stick, say) and run it from there.'
  },
  debuggingRefused: {
    'zh-CN': '本程序的正式版不接受调试参数（{{switches}}），已退出。请不带这些参数重新启动。',
    'en-US':
      'The released program does not accept debugging switches ({{switches}}) and has closed. Start it again without them.'
  },
  menuAbout: { 'zh-CN': '关于稳定性保障评估工具', 'en-US': 'About Stability Assessor' },
  menuHide: { 'zh-CN': '隐藏稳定性保障评估工具', 'en-US': 'Hide Stability Assessor' },
  menuHideOthers: { 'zh-CN': '隐藏其他', 'en-US': 'Hide Others' },
  menuShowAll: { 'zh-CN': '全部显示', 'en-US': 'Show All' },
  menuQuit: { 'zh-CN': '退出稳定性保障评估工具', 'en-US': 'Quit Stability Assessor' },
  menuEdit: { 'zh-CN': '编辑', 'en-US': 'Edit' },
  menuUndo: { 'zh-CN': '撤销', 'en-US': 'Undo' },
  menuRedo: { 'zh-CN': '重做', 'en-US': 'Redo' },
  menuCut: { 'zh-CN': '剪切', 'en-US': 'Cut' },
  menuCopy: { 'zh-CN': '拷贝', 'en-US': 'Copy' },
  menuPaste: { 'zh-CN': '粘贴', 'en-US': 'Paste' },
  menuSelectAll: { 'zh-CN': '全选', 'en-US': 'Select All' },
  menuWindow: { 'zh-CN': '窗口', 'en-US': 'Window' },
  menuMinimize: { 'zh-CN': '最小化', 'en-US': 'Minimize' },
  menuZoom: { 'zh-CN': '缩放', 'en-US': 'Zoom' },
  menuFront: { 'zh-CN': '前置全部窗口', 'en-US': 'Bring All to Front' },
  menuClose: { 'zh-CN': '关闭窗口', 'en-US': 'Close Window' },
  menuDevelop: { 'zh-CN': '开发', 'en-US': 'Develop' },
  menuReload: { 'zh-CN': '重新载入', 'en-US': 'Reload' },
  menuDevTools: { 'zh-CN': '开发者工具', 'en-US': 'Developer Tools' }
} satisfies Record<string, Record<Locale, string>>

export type MainTextKey = keyof typeof TEXTS

/** One of main's texts in `language`, with `{{name}}` placeholders filled. */
export function mainText(
  key: MainTextKey,
  language: Locale,
  params: Readonly<Record<string, string>> = {}
): string {
  return fillTemplate(TEXTS[key][language], params, language)
}

/** Every key, for the test that each text exists in both languages with the same placeholders. */
export const MAIN_TEXT_KEYS = Object.keys(TEXTS) as MainTextKey[]
