import type { IssueTexts } from './texts'

/** Whole-database backups (backup/): what is not a backup, and its layout. */
export const backupIssues = {
  notZip: {
    'zh-CN': '不是稳定性保障评估工具的备份文件（不是 zip 文件）',
    'en-US': 'not a Stability Assessor backup (not a zip file)'
  },
  layout: {
    'zh-CN': '不属于备份文件结构（backup.json、assessments/<序号>.zip、banks/<序号>.json）',
    'en-US': 'not part of the backup layout (backup.json, assessments/<n>.zip, banks/<n>.json)'
  },
  noManifest: {
    'zh-CN': '缺少 backup.json：这不是稳定性保障评估工具的备份文件',
    'en-US': 'backup.json is missing: this is not a Stability Assessor backup'
  }
} satisfies Record<string, IssueTexts>
