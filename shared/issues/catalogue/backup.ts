import { bilingual, type IssueTexts } from './texts'

/**
 * Whole-database backups (backup/read-backup.ts): what is not a backup, its layout, backup.json
 * and the parts it lists. A package inside a backup is checked by the package reader (package.*).
 */
export const backupIssues = {
  notZip: bilingual(
    '不是稳定性保障评估工具的备份文件（不是 zip 文件）',
    'not a Stability Assessor backup (not a zip file)'
  ),
  layout: bilingual(
    '不属于备份文件结构（backup.json、assessments/<序号>.zip、banks/<序号>.json）',
    'not part of the backup layout (backup.json, assessments/<n>.zip, banks/<n>.json)'
  ),
  noManifest: bilingual(
    '缺少 backup.json：这不是稳定性保障评估工具的备份文件',
    'backup.json is missing: this is not a Stability Assessor backup'
  ),
  internal: bilingual(
    '读取备份时发生内部错误：{{detail}}',
    'internal error while reading the backup: {{detail}}'
  ),
  notUtf8: bilingual('不是有效的 UTF-8 文本', 'not valid UTF-8 text'),
  manifestNotObject: bilingual(
    '不是有效的备份清单（应为 JSON 对象）',
    'not a backup manifest (expected an object)'
  ),
  notBackup: bilingual('不是稳定性保障评估工具的备份', 'not a Stability Assessor backup'),
  newer: bilingual(
    '由更新版本的应用生成（备份格式 {{version}}；本应用最高读取 {{supported}}）：请先升级应用',
    'made by a newer version of the app (backup format {{version}}; this app reads up to {{supported}}): update the app first'
  ),
  listedTwice: bilingual('{{part}} 在清单中重复列出', '{{part}} is listed twice'),
  partMissing: bilingual(
    '{{part}} 在清单中列出，但备份中没有该文件',
    '{{part}} is listed but not in the backup'
  ),
  partSize: bilingual(
    '实际 {{size}} 字节，backup.json 记载为 {{listed}} 字节：文件已被修改或损坏',
    '{{size}} bytes, but backup.json says {{listed}}: the file was changed or damaged'
  ),
  partHash: bilingual(
    'SHA-256 与 backup.json 记载的不符：文件已被修改或损坏',
    'its SHA-256 does not match backup.json: the file was changed or damaged'
  ),
  notListed: bilingual(
    '备份中有该文件，但 backup.json 未列出',
    'in the backup but not listed in backup.json'
  ),
  assessmentTwice: bilingual('评估 {{id}} 在清单中重复列出', 'assessment {{id}} is listed twice'),
  wrongAssessment: bilingual(
    '应恰好包含评估 {{id}}，实际为 {{found}}',
    'expected exactly the assessment {{id}}, found {{found}}'
  ),
  bankHash: bilingual(
    '其中的题库与 backup.json 记载的不是同一个（内容哈希不同）',
    'the bank inside is not the one backup.json names (content hash differs)'
  )
} satisfies Record<string, IssueTexts>
