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
    nothingLost: '您的评估数据没有被删除，也没有做任何修改；恢复访问后将原样呈现。',
    restore: {
      title: '从备份恢复',
      description:
        '如暂时无法恢复对原数据库的访问，可从备份恢复后继续工作。恢复内容将写入一个新的本机数据库，经逐项核对与备份一致后启用；无法打开的原数据库保持原样，不会被删除或改写。',
      newerHint:
        '如有条件，建议优先安装最新版本，以继续使用现有数据；从备份恢复将回到备份时的数据。',
      noAutomatic: '数据目录中暂无自动备份。',
      columns: {
        createdAt: '备份时间',
        holds: '备份内容',
        lastChange: '评估最后修改',
        size: '文件大小'
      },
      suggested: '建议',
      unreadable: '无法读取',
      sealed: '已加密',
      sealedHint: '点击“从此备份恢复”并输入口令后显示其内容',
      holds: '评估 {{count}} 项，作答 {{answers}} 条',
      inTrash: '（其中回收站 {{count}} 项）',
      restoreThis: '从此备份恢复',
      confirm: '恢复此备份',
      fromFile: '从备份文件恢复…',
      warning:
        '将以此备份的内容建立新的本机数据库并切换使用；无法打开的原数据库保持原样，不会被删除。',
      failed: '恢复未完成，原数据库未作任何改动：{{message}}',
      restored: '恢复完成，正在重新打开应用…'
    }
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
      'Your assessment data has not been deleted or changed; it will be there as before once it can be opened.',
    restore: {
      title: 'Restore from a backup',
      description:
        'If access to the original database cannot be restored for now, restore a backup and carry on working. The backup is written to a new database on this computer and used only after it has been checked item by item against the backup; the database that will not open is kept as it is, neither deleted nor overwritten.',
      newerHint:
        'Where possible, install the latest version instead to keep working with the current data; restoring takes you back to the data as of the backup.',
      noAutomatic: 'There are no automatic backups in the data folder.',
      columns: {
        createdAt: 'Backed up',
        holds: 'Contents',
        lastChange: 'Last assessment change',
        size: 'File size'
      },
      suggested: 'Suggested',
      unreadable: 'Unreadable',
      sealed: 'Encrypted',
      sealedHint:
        'Its contents show once you choose “Restore this backup” and enter its passphrase',
      holds: 'Assessments: {{count}}, answers: {{answers}}',
      inTrash: '({{count}} of them in the trash)',
      restoreThis: 'Restore this backup',
      confirm: 'Restore this backup',
      fromFile: 'Restore from a backup file…',
      warning:
        'A new database is built from this backup and the app switches to it; the database that will not open is kept as it is and is not deleted.',
      failed: 'The restore did not complete; the original database was not changed: {{message}}',
      restored: 'Restore complete. Reopening the app…'
    }
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
