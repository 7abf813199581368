import { bilingual, type IssueTexts } from './texts'

/**
 * Passphrase-encrypted containers (shared/crypto, docs/security.md) around packages and backups.
 * A bad header and a failed authentication are told apart: the first is not a file of this app at
 * all, the second is the right kind of file with the wrong passphrase or altered bytes.
 * `{{what}}` is a term: 数据包 / package, 备份文件 / backup.
 */
export const encryptedIssues = {
  notContainer: bilingual(
    '不是稳定性保障评估工具加密的{{what}}（文件头不符）',
    'not an encrypted {{what}} of Stability Assessor (the header does not match)'
  ),
  headerDamaged: bilingual(
    '不是稳定性保障评估工具加密的{{what}}：文件头已损坏（{{detail}}）',
    'not an encrypted {{what}} of Stability Assessor: its header is damaged ({{detail}})'
  ),
  tooManyIterations: bilingual(
    '该加密{{what}}要求 {{iterations}} 次密钥派生迭代，超过本工具接受的上限 {{maximum}} 次：文件头已损坏或文件来历可疑，未尝试解密',
    'this encrypted {{what}} asks for {{iterations}} key-derivation iterations, more than the {{maximum}} this app accepts: its header is damaged or the file is hostile; no decryption was tried'
  ),
  tooFewIterations: bilingual(
    '该加密{{what}}只用了 {{iterations}} 次密钥派生迭代，低于本工具要求的 {{minimum}} 次：不是本工具加密的，或文件头已损坏',
    'this encrypted {{what}} uses only {{iterations}} key-derivation iterations, fewer than the {{minimum}} this app requires: it was not encrypted by this app, or its header is damaged'
  ),
  newerVersion: bilingual(
    '该加密文件格式版本为 {{version}}，由更新版本的本工具生成，请升级后再打开',
    'this encrypted file has format version {{version}}, made by a newer release of the app: upgrade to open it'
  ),
  wrongContent: bilingual(
    '这是加密的{{found}}，不是{{what}}',
    'this is an encrypted {{found}}, not a {{what}}'
  ),
  truncated: bilingual(
    '加密文件已截断：只有 {{size}} 字节，至少应有 {{minimum}} 字节',
    'the encrypted file is truncated: {{size}} bytes, at least {{minimum}} expected'
  ),
  authFailed: bilingual(
    '口令不正确，或文件在加密后被改动过（完整性校验未通过）',
    'wrong passphrase, or the file was altered after encryption (its integrity check failed)'
  ),
  passphraseMissing: bilingual(
    '该{{what}}已加密：请输入口令',
    'this {{what}} is encrypted: enter its passphrase'
  ),
  unavailable: bilingual(
    '此环境不支持加密（缺少 WebCrypto）：{{detail}}',
    'encryption is not available here (no WebCrypto): {{detail}}'
  )
} satisfies Record<string, IssueTexts>

/** What an encrypted container holds, as words for the problems above. */
export const SEALED_CONTENT_TERMS = {
  package: bilingual('数据包', 'package'),
  backup: bilingual('备份文件', 'backup')
} as const satisfies Record<string, IssueTexts>
