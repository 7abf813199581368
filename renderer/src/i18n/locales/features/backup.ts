/** Messages of whole-database backups (Settings → Backups, restore, reminders). */
export const zhCN = {
  title: '数据备份与恢复',
  description:
    '备份文件包含本机全部评估（含回收站）、作答、证据附件、审计日志、已安装题库与设置。建议定期备份并存放在本机以外的介质上。恢复备份将替换本机现有全部数据。',
  lastBackup: '最近一次备份',
  never: '尚未备份',
  backUpNow: '立即备份',
  restoreFromFile: '从备份文件恢复',
  filePrefix: '稳定性评估备份',
  fileType: '稳定性评估备份文件',
  saved: '备份文件已生成',
  savedTo: '备份已保存至 {{path}}',
  backupFailed: '备份失败：{{message}}',
  readFailed: '无法读取备份文件：{{message}}',
  restoreFailed: '恢复失败，本机数据未作任何改动：{{message}}',
  restored: '已从备份恢复 {{count}} 项评估',
  refusedTitle: '“{{name}}”不是有效的备份文件，未作任何改动',
  confirmTitle: '确认从备份恢复',
  confirmOk: '替换为此备份',
  confirmCancel: '取消',
  replaceWarning:
    '恢复将以备份内容替换本机现有的全部评估、证据、题库与设置，且无法撤销。如需保留当前数据，请先“立即备份”。',
  file: '备份文件',
  createdAt: '备份时间',
  generator: '生成程序',
  assessmentCount: '评估数',
  answerCount: '作答数',
  evidenceCount: '证据文件数',
  bankCount: '题库数',
  noAssessments: '此备份不含评估',
  inTrash: '回收站',
  columns: {
    institution: '被评估机构',
    period: '评估期',
    status: '状态',
    updatedAt: '最后修改',
    answers: '作答数'
  },
  reminder: {
    title: '建议下载数据备份',
    description:
      '浏览器版的数据仅保存在本浏览器中，清除浏览数据或磁盘故障会导致数据丢失。自上次备份以来已有修改，请下载备份文件并妥善保存。',
    action: '前往备份',
    dismiss: '暂不提醒'
  },
  auto: {
    title: '自动备份',
    description:
      '桌面版在评估定稿后、退出应用时以及有未备份修改时每隔数分钟，自动将备份写入数据目录下的 backups 文件夹。',
    keep: '保留份数',
    folder: '备份位置',
    latest: '最近一次自动备份',
    none: '暂无自动备份'
  },
  offer: {
    title: '发现自动备份',
    description:
      '本机数据库为空或无法读取，但数据目录中有 {{count}} 份自动备份。最新一份生成于 {{date}}，含 {{assessments}} 项评估。是否从该备份恢复？',
    restore: '从最新备份恢复',
    skip: '暂不恢复',
    failed: '自动备份无法使用：{{message}}'
  }
}

export const enUS: typeof zhCN = {
  title: 'Backup and restore',
  description:
    'A backup file holds every assessment on this computer (trash included) with answers, evidence attachments, audit logs, installed banks and settings. Back up regularly and keep the file on other media. Restoring a backup replaces all data stored here.',
  lastBackup: 'Last backup',
  never: 'Never backed up',
  backUpNow: 'Back up now',
  restoreFromFile: 'Restore from file',
  filePrefix: 'stability-assessment-backup',
  fileType: 'Stability assessment backup',
  saved: 'Backup file created',
  savedTo: 'Backup saved to {{path}}',
  backupFailed: 'Backup failed: {{message}}',
  readFailed: 'The backup file could not be read: {{message}}',
  restoreFailed: 'Restore failed; nothing stored here was changed: {{message}}',
  restored: 'Restored {{count}} assessments from the backup',
  refusedTitle: '"{{name}}" is not a valid backup; nothing was changed',
  confirmTitle: 'Restore from this backup?',
  confirmOk: 'Replace with this backup',
  confirmCancel: 'Cancel',
  replaceWarning:
    'Restoring replaces every assessment, evidence file, bank and setting stored here with the backup, and cannot be undone. To keep the current data, choose "Back up now" first.',
  file: 'Backup file',
  createdAt: 'Created',
  generator: 'Created by',
  assessmentCount: 'Assessments',
  answerCount: 'Answers',
  evidenceCount: 'Evidence files',
  bankCount: 'Banks',
  noAssessments: 'This backup holds no assessments',
  inTrash: 'Trash',
  columns: {
    institution: 'Institution',
    period: 'Period',
    status: 'Status',
    updatedAt: 'Last modified',
    answers: 'Answers'
  },
  reminder: {
    title: 'Download a backup',
    description:
      'In the browser edition your data lives only in this browser; clearing browsing data or a disk fault would lose it. There are changes since the last backup: download a backup file and keep it safe.',
    action: 'Go to backups',
    dismiss: 'Remind me later'
  },
  auto: {
    title: 'Automatic backups',
    description:
      'The desktop app writes a backup into the backups folder of its data directory after an assessment is finalized, when the app quits, and every few minutes while there are changes not yet backed up.',
    keep: 'Backups kept',
    folder: 'Location',
    latest: 'Latest automatic backup',
    none: 'No automatic backup yet'
  },
  offer: {
    title: 'Automatic backups found',
    description:
      'The local database is empty or cannot be read, but the data directory holds {{count}} automatic backups. The newest was made on {{date}} and holds {{assessments}} assessments. Restore from it?',
    restore: 'Restore the newest backup',
    skip: 'Not now',
    failed: 'The automatic backup cannot be used: {{message}}'
  }
}
