/** Messages about local storage: the recovery screen and storage errors shown anywhere. */
export const zhCN = {
  recovery: {
    open: {
      title: '无法打开本机评估数据',
      description:
        '应用未能打开本机的数据库，可能是另一个窗口正在使用，或磁盘、系统权限出现问题。请关闭其他应用窗口后重新加载；如仍无法打开，请重启计算机后再试，并将下方“错误详情”提供给技术支持。'
    },
    newerVersion: {
      title: '数据来自更新版本的应用',
      description:
        '本机数据已由更高版本的稳定性保障评估工具更新过，当前版本无法安全读取。请安装最新版本后再打开。'
    },
    quota: {
      title: '磁盘空间不足',
      description: '磁盘空间已满，应用无法打开数据库。请清理磁盘空间后重新加载。'
    },
    nothingLost: '您的评估数据没有被删除，也没有做任何修改；恢复访问后将原样呈现。'
  },
  errors: {
    quota: '磁盘空间不足，最新修改未保存。请清理磁盘空间后重试。',
    open: '无法访问本机数据库，修改未保存。请重新加载应用。',
    readOnly: '该评估已定稿或位于回收站，不能修改。',
    notFound: '该评估不存在，可能已被彻底删除。',
    invalid: '数据不符合要求：{{message}}',
    unknown: '本机存储出错：{{message}}'
  }
} as const

export const enUS = {
  recovery: {
    open: {
      title: 'Your assessment data cannot be opened',
      description:
        "The app could not open its database on this computer. Another window may be using it, or the disk or system permissions may be at fault. Close the app's other windows and reload; if it still fails, restart the computer, then send the “Error details” below to technical support."
    },
    newerVersion: {
      title: 'The data comes from a newer version of the app',
      description:
        'The data on this computer was updated by a newer version of Stability Assessor and cannot be read safely by this one. Install the latest version, then open it again.'
    },
    quota: {
      title: 'The disk is full',
      description:
        'The disk is full, so the app cannot open its database. Free some space and reload.'
    },
    nothingLost:
      'Your assessment data has not been deleted or changed; it will be there as before once it can be opened.'
  },
  errors: {
    quota: 'The disk is full: your latest change was not saved. Free some space and try again.',
    open: 'The database on this computer cannot be reached: the change was not saved. Reload the app.',
    readOnly: 'This assessment is finalized or in the trash and cannot be changed.',
    notFound: 'This assessment does not exist; it may have been deleted permanently.',
    invalid: 'The data is not acceptable: {{message}}',
    unknown: 'Local storage failed: {{message}}'
  }
} as const
