/** Messages of the error screens (render errors, start-up failure, shared error texts). */
export const zhCN = {
  boundaryTitle: '界面出现错误',
  boundaryDescription:
    '应用遇到意外错误，当前页面无法显示。您的已保存数据不受影响。请重新加载；如问题持续，请导出诊断信息并联系技术支持。',
  startupTitle: '应用启动失败',
  startupDescription: '应用未能完成启动。请重新加载；如问题持续，请联系技术支持。',
  reload: '重新加载',
  details: '错误详情',
  fileTooLarge: '文件过大（{{size}}），上限为 {{limit}}。',
  unknown: '未知错误'
} as const

export const enUS = {
  boundaryTitle: 'Something went wrong',
  boundaryDescription:
    'The app hit an unexpected error and cannot show this page. Your saved data is not affected. Reload the app; if the problem persists, export diagnostics and contact technical support.',
  startupTitle: 'The app could not start',
  startupDescription:
    'Start-up did not complete. Reload the app; if the problem persists, contact technical support.',
  reload: 'Reload',
  details: 'Error details',
  fileTooLarge: 'The file is too large ({{size}}); the limit is {{limit}}.',
  unknown: 'Unknown error'
}
