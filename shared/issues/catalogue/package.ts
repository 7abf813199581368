import type { IssueTexts } from './texts'

/** Assessment packages (package/): what is not a package, its layout, manifest and parts. */
export const packageIssues = {
  notZip: {
    'zh-CN': '不是稳定性保障评估工具的数据包（不是 zip 文件）',
    'en-US': 'not a Stability Assessor package (not a zip file)'
  },
  layout: {
    'zh-CN':
      '不属于数据包结构（manifest.json、assessments/<编号>.json、evidence/<sha256>、banks/<编号>-<版本>.json）',
    'en-US':
      'not part of the package layout (manifest.json, assessments/<id>.json, evidence/<sha256>, banks/<id>-<version>.json)'
  },
  noManifest: {
    'zh-CN': '缺少 manifest.json：这不是稳定性保障评估工具的数据包',
    'en-US': 'manifest.json is missing: this is not a Stability Assessor package'
  },
  notUtf8: {
    'zh-CN': '不是有效的 UTF-8 文本',
    'en-US': 'not valid UTF-8 text'
  },
  manifestNotObject: {
    'zh-CN': '不是有效的数据包清单（应为 JSON 对象）',
    'en-US': 'not a package manifest (expected an object)'
  },
  notPackage: {
    'zh-CN': '不是稳定性保障评估工具的数据包（kind 为“{{kind}}”）',
    'en-US': 'not a Stability Assessor package (kind is "{{kind}}")'
  },
  notPackageNoKind: {
    'zh-CN': '不是稳定性保障评估工具的数据包（缺少 kind 字段）',
    'en-US': 'not a Stability Assessor package (no "kind" field)'
  },
  internal: {
    'zh-CN': '读取数据包时发生内部错误：{{detail}}',
    'en-US': 'internal error while reading the package: {{detail}}'
  },
  listedTwice: {
    'zh-CN': '“{{path}}”在清单中重复列出',
    'en-US': '"{{path}}" is listed twice'
  },
  notPartPath: {
    'zh-CN': '“{{path}}”不是数据包内的有效路径',
    'en-US': '"{{path}}" is not a package part path'
  },
  wrongRole: {
    'zh-CN': '“{{path}}”应为 {{role}}，清单中却标为 {{listed}}',
    'en-US': '"{{path}}" is a {{role}}, not a {{listed}}'
  },
  evidenceFieldsOnly: {
    'zh-CN': 'name 与 mimeType 仅适用于证据文件',
    'en-US': 'name and mimeType belong to evidence parts only'
  },
  partMissing: {
    'zh-CN': 'manifest.json 中列出，但数据包中没有该文件',
    'en-US': 'listed in manifest.json but missing from the package'
  },
  partSize: {
    'zh-CN': '实际 {{size}} 字节，manifest.json 记载为 {{listed}} 字节',
    'en-US': '{{size}} bytes, but manifest.json says {{listed}}'
  },
  partHash: {
    'zh-CN': 'SHA-256 为 {{actual}}，与 manifest.json 记载的 {{listed}} 不符：文件已被修改或损坏',
    'en-US':
      'its SHA-256 is {{actual}}, but manifest.json says {{listed}}: the file was changed or damaged'
  },
  evidenceName: {
    'zh-CN': '证据文件必须以其 SHA-256 命名',
    'en-US': 'an evidence file must be named after its SHA-256'
  },
  notListed: {
    'zh-CN': '数据包中有该文件，但 manifest.json 未列出',
    'en-US': 'in the package but not in manifest.json'
  },
  partTooLarge: {
    'zh-CN': '文件过大',
    'en-US': 'too large'
  },
  assessmentId: {
    'zh-CN': '文件内的评估编号为“{{inside}}”，与文件名中的“{{named}}”不符',
    'en-US': 'the assessment inside is "{{inside}}", not "{{named}}" as its name says'
  },
  bankName: {
    'zh-CN': '文件内的题库为 {{id}} {{version}}，与文件名不符',
    'en-US': 'the bank inside is {{id}} {{version}}, which its name does not say'
  },
  fileMissing: {
    'zh-CN': '数据包中没有附件“{{name}}”（evidence/{{sha256}}）',
    'en-US': 'the file "{{name}}" is not in the package (evidence/{{sha256}})'
  },
  fileSize: {
    'zh-CN': '附件“{{name}}”在数据包中为 {{size}} 字节，应为 {{listed}} 字节',
    'en-US': 'the file "{{name}}" is {{size}} bytes in the package, not {{listed}}'
  },
  fileUnused: {
    'zh-CN': '数据包中没有任何评估引用该文件',
    'en-US': 'no assessment in the package refers to this file'
  },
  bankHash: {
    'zh-CN':
      '评估基于 {{id}} {{version}}（内容哈希 {{hash}}），但 {{other}} 的内容哈希为 {{otherHash}}',
    'en-US':
      'answered against {{id}} {{version}} with content hash {{hash}}, but {{other}} has content hash {{otherHash}}'
  },
  bankMissing: {
    'zh-CN': '题库 {{id}} {{version}} 既未安装，也不在数据包中',
    'en-US': 'bank {{id}} {{version}} is neither installed nor carried in the package'
  },
  bankUnused: {
    'zh-CN': '数据包中没有任何评估使用该题库',
    'en-US': 'no assessment in the package uses this bank'
  }
} satisfies Record<string, IssueTexts>
