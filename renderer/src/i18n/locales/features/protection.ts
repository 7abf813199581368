/** Messages of passphrase protection: encrypting packages and backups, and opening them. */
export const zhCN = {
  titlePackage: '为数据包设置口令',
  titleBackup: '为备份文件设置口令',
  titleOffice: '为导出文件设置打开口令',
  introOffice:
    'Excel、Word、WPS 与 LibreOffice 打开该文件时会要求输入口令（AES-256 加密）。口令不会被保存：遗失口令将无法打开文件。请通过电话或当面等其他渠道告知接收方，不要与文件一起发送。',
  protectOk: '设置口令并导出',
  intro:
    '文件将以 AES-256 加密，只有知道口令的人才能打开。口令不会被保存：遗失口令将无法恢复文件内容。请通过电话或当面等其他渠道告知接收方，不要与文件一起发送。',
  passphrase: '口令',
  confirm: '再次输入口令',
  mismatch: '两次输入的口令不一致',
  strength: {
    tooShort: '口令至少需要 {{min}} 个字符',
    weak: '口令强度：弱 — 容易被猜出，建议使用更长的短语',
    fair: '口令强度：中 — 可用，更长的短语更安全',
    strong: '口令强度：强'
  },
  noEncryption: '不加密导出',
  noEncryptionWarning:
    '不加密的文件中，机构名称、作答、备注与证据附件均为明文：任何拿到文件（U 盘遗失、邮件转发）的人都能读取。仅在确有必要时选择。',
  encryptOk: '加密并导出',
  plainOk: '不加密导出',
  cancel: '取消',
  unlockTitle: '“{{name}}”已加密',
  unlockIntro: '请输入导出该文件时设置的口令。',
  unlockOk: '打开',
  unlockChecking: '正在解密并检查…',
  packageFileType: '加密数据包',
  backupFileType: '加密备份文件'
}

export const enUS = {
  titlePackage: 'Protect the package with a passphrase',
  titleBackup: 'Protect the backup with a passphrase',
  titleOffice: 'Set a password to open the exported file',
  introOffice:
    'Excel, Word, WPS and LibreOffice ask for this password when they open the file (AES-256 encryption). The password is not stored; if it is lost, the file cannot be opened. Tell it to the recipient another way (by phone, in person), never in the same e-mail.',
  protectOk: 'Set the password and export',
  intro:
    'The file is encrypted with AES-256: only someone who knows the passphrase can open it. The passphrase is not stored; if it is lost, so is the file’s content. Tell it to the recipient another way (by phone, in person), never in the same e-mail.',
  passphrase: 'Passphrase',
  confirm: 'Passphrase again',
  mismatch: 'The two passphrases differ',
  strength: {
    tooShort: 'At least {{min}} characters',
    weak: 'Strength: weak — easy to guess; a longer phrase is better',
    fair: 'Strength: fair — usable; a longer phrase is safer',
    strong: 'Strength: strong'
  },
  noEncryption: 'Export without encryption',
  noEncryptionWarning:
    'Without encryption the institution’s name, the answers, comments and evidence files are readable by anyone who gets the file (a lost USB stick, a forwarded e-mail). Choose this only when you must.',
  encryptOk: 'Encrypt and export',
  plainOk: 'Export without encryption',
  cancel: 'Cancel',
  unlockTitle: '“{{name}}” is encrypted',
  unlockIntro: 'Enter the passphrase set when the file was exported.',
  unlockOk: 'Open',
  unlockChecking: 'Decrypting and checking…',
  packageFileType: 'Encrypted package',
  backupFileType: 'Encrypted backup'
}
