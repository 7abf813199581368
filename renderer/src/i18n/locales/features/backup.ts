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
    list: '自动备份（新在前）',
    none: '暂无自动备份',
    size: '{{size}} MB',
    tagEncrypted: '已加密',
    tagPlain: '未加密',
    encryption: '加密',
    plainWarning:
      '自动备份未加密：备份文件中的机构名称、作答与证据附件均为明文，任何拿到文件的人都能读取。建议设置口令。',
    encryptedOn: '自动备份以 AES-256-GCM 加密；本次会话已输入口令。',
    paused: '自动备份已设置口令，本次启动后尚未输入：输入口令前暂停自动备份（不会以明文写入）。',
    unlock: '输入口令',
    wrongPassphrase: '口令不正确',
    unlocked: '口令正确，自动备份已恢复（加密）',
    setPassphrase: '设置口令',
    changePassphrase: '更改口令',
    removePassphrase: '取消加密',
    removeConfirm:
      '取消后，之后的自动备份将以明文写入；已写入的加密备份仍需原口令才能打开。确定取消加密？',
    setTitle: '为自动备份设置口令',
    setIntro:
      '此后的自动备份以 AES-256 加密。口令不会被保存：每次启动应用后需在“$t(nav.settings)”中输入一次，否则暂停自动备份。遗失口令将无法打开加密的自动备份。',
    setOk: '设置口令',
    passphraseSet: '已设置口令，此后的自动备份将加密写入'
  },
  offer: {
    title: '发现自动备份',
    description:
      '本机数据库为空或无法读取，但数据目录中有 {{count}} 份自动备份。最新一份生成于 {{date}}，含 {{assessments}} 项评估。是否从该备份恢复？',
    descriptionEncrypted:
      '本机数据库为空或无法读取，但数据目录中有 {{count}} 份自动备份。最新一份生成于 {{date}}，已加密。是否从该备份恢复？（需输入自动备份口令）',
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
    list: 'Automatic backups (newest first)',
    none: 'No automatic backup yet',
    size: '{{size}} MB',
    tagEncrypted: 'Encrypted',
    tagPlain: 'Unencrypted',
    encryption: 'Encryption',
    plainWarning:
      'Automatic backups are not encrypted: institution names, answers and evidence files are in plain text, readable by anyone who gets the files. Set a passphrase.',
    encryptedOn:
      'Automatic backups are encrypted with AES-256-GCM; the passphrase was entered in this session.',
    paused:
      'Automatic backups have a passphrase that has not been entered since the app started: they are paused until you enter it (never written in plain text).',
    unlock: 'Enter passphrase',
    wrongPassphrase: 'Wrong passphrase',
    unlocked: 'Passphrase accepted; automatic backups resume, encrypted',
    setPassphrase: 'Set passphrase',
    changePassphrase: 'Change passphrase',
    removePassphrase: 'Stop encrypting',
    removeConfirm:
      'Later automatic backups will be written in plain text; encrypted ones already written still need the old passphrase. Stop encrypting?',
    setTitle: 'Passphrase for automatic backups',
    setIntro:
      'Later automatic backups are encrypted with AES-256. The passphrase is not stored: enter it once in $t(nav.settings) after each start of the app, or automatic backups pause. Without the passphrase, encrypted automatic backups cannot be opened.',
    setOk: 'Set passphrase',
    passphraseSet: 'Passphrase set: later automatic backups are encrypted'
  },
  offer: {
    title: 'Automatic backups found',
    description:
      'The local database is empty or cannot be read, but the data directory holds {{count}} automatic backups. The newest was made on {{date}} and holds {{assessments}} assessments. Restore from it?',
    descriptionEncrypted:
      'The local database is empty or cannot be read, but the data directory holds {{count}} automatic backups. The newest, made on {{date}}, is encrypted. Restore from it? (You will be asked for the automatic-backup passphrase.)',
    restore: 'Restore the newest backup',
    skip: 'Not now',
    failed: 'The automatic backup cannot be used: {{message}}'
  }
}
