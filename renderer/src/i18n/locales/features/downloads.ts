/** The browser build's notice for a file that is ready after a long export. */
export const zhCN = {
  ready: '文件已生成',
  hint: '导出用时较长，浏览器需要您再确认一次：请点击“保存”下载。',
  save: '保存',
  dismiss: '取消'
}

export const enUS: typeof zhCN = {
  ready: 'File ready',
  hint: 'The export took a while, so the browser needs one more click: press Save to download it.',
  save: 'Save',
  dismiss: 'Cancel'
}
