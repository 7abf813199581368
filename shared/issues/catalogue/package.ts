import { bilingual, type IssueTexts } from './texts'

/** Assessment packages (package/): what is not a package, its layout, manifest and parts. */
export const packageIssues = {
  notZip: bilingual(
    '不是稳定性保障评估工具的数据包（不是 zip 文件）',
    'not a Stability Assessor package (not a zip file)'
  ),
  layout: bilingual(
    '不属于数据包结构（manifest.json、assessments/<编号>.json、evidence/<sha256>、banks/<编号>-<版本>.json）',
    'not part of the package layout (manifest.json, assessments/<id>.json, evidence/<sha256>, banks/<id>-<version>.json)'
  ),
  noManifest: bilingual(
    '缺少 manifest.json：这不是稳定性保障评估工具的数据包',
    'manifest.json is missing: this is not a Stability Assessor package'
  ),
  notUtf8: bilingual('不是有效的 UTF-8 文本', 'not valid UTF-8 text'),
  manifestNotObject: bilingual(
    '不是有效的数据包清单（应为 JSON 对象）',
    'not a package manifest (expected an object)'
  ),
  notPackage: bilingual(
    '不是稳定性保障评估工具的数据包（kind 为“{{kind}}”）',
    'not a Stability Assessor package (kind is "{{kind}}")'
  ),
  notPackageNoKind: bilingual(
    '不是稳定性保障评估工具的数据包（缺少 kind 字段）',
    'not a Stability Assessor package (no "kind" field)'
  ),
  internal: bilingual(
    '读取数据包时发生内部错误：{{detail}}',
    'internal error while reading the package: {{detail}}'
  ),
  listedTwice: bilingual('“{{path}}”在清单中重复列出', '"{{path}}" is listed twice'),
  notPartPath: bilingual(
    '“{{path}}”不是数据包内的有效路径',
    '"{{path}}" is not a package part path'
  ),
  wrongRole: bilingual(
    '“{{path}}”应为 {{role}}，清单中却标为 {{listed}}',
    '"{{path}}" is a {{role}}, not a {{listed}}'
  ),
  evidenceFieldsOnly: bilingual(
    'name 与 mimeType 仅适用于证据文件',
    'name and mimeType belong to evidence parts only'
  ),
  partMissing: bilingual(
    'manifest.json 中列出，但数据包中没有该文件',
    'listed in manifest.json but missing from the package'
  ),
  partSize: bilingual(
    '实际 {{size}} 字节，manifest.json 记载为 {{listed}} 字节',
    '{{size}} bytes, but manifest.json says {{listed}}'
  ),
  partHash: bilingual(
    'SHA-256 为 {{actual}}，与 manifest.json 记载的 {{listed}} 不符：文件已被修改或损坏',
    'its SHA-256 is {{actual}}, but manifest.json says {{listed}}: the file was changed or damaged'
  ),
  evidenceName: bilingual(
    '证据文件必须以其 SHA-256 命名',
    'an evidence file must be named after its SHA-256'
  ),
  notListed: bilingual(
    '数据包中有该文件，但 manifest.json 未列出',
    'in the package but not in manifest.json'
  ),
  partTooLarge: bilingual('文件过大', 'too large'),
  assessmentId: bilingual(
    '文件内的评估编号为“{{inside}}”，与文件名中的“{{named}}”不符',
    'the assessment inside is "{{inside}}", not "{{named}}" as its name says'
  ),
  bankName: bilingual(
    '文件内的题库为 {{id}} {{version}}，与文件名不符',
    'the bank inside is {{id}} {{version}}, which its name does not say'
  ),
  fileMissing: bilingual(
    '数据包中没有附件“{{name}}”（evidence/{{sha256}}）',
    'the file "{{name}}" is not in the package (evidence/{{sha256}})'
  ),
  fileSize: bilingual(
    '附件“{{name}}”在数据包中为 {{size}} 字节，应为 {{listed}} 字节',
    'the file "{{name}}" is {{size}} bytes in the package, not {{listed}}'
  ),
  fileUnused: bilingual(
    '数据包中没有任何评估引用该文件',
    'no assessment in the package refers to this file'
  ),
  bankHash: bilingual(
    '评估基于 {{id}} {{version}}（内容哈希 {{hash}}），但 {{other}} 的内容哈希为 {{otherHash}}',
    'answered against {{id}} {{version}} with content hash {{hash}}, but {{other}} has content hash {{otherHash}}'
  ),
  bankMissing: bilingual(
    '题库 {{id}} {{version}} 既未安装，也不在数据包中',
    'bank {{id}} {{version}} is neither installed nor carried in the package'
  ),
  bankUnused: bilingual(
    '数据包中没有任何评估使用该题库',
    'no assessment in the package uses this bank'
  )
} satisfies Record<string, IssueTexts>
