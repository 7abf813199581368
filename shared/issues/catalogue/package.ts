import type { IssueTexts } from './texts'

/** Assessment packages (package/): zip directory, entry names, preflight, manifest, parts. */
export const packageIssues = {
  tooLarge: {
    'zh-CN': '文件过大：{{size}}（上限为 {{limit}}）',
    'en-US': 'too large: {{size}} (the limit is {{limit}})'
  },
  notZipShort: {
    'zh-CN': '不是稳定性保障评估工具的数据包（不是 zip 文件：仅 {{size}} 字节）',
    'en-US': 'not a Stability Assessor package (not a zip file: only {{size}} bytes)'
  },
  notZipStart: {
    'zh-CN': '不是稳定性保障评估工具的数据包（不是 zip 文件：文件开头不是 zip 条目）',
    'en-US': 'not a Stability Assessor package (not a zip file: it does not start with a zip entry)'
  },
  noEndRecord: {
    'zh-CN': 'zip 文件缺少目录结束记录：文件已截断或损坏',
    'en-US': 'the zip has no end-of-central-directory record: the file is truncated or damaged'
  },
  zip64: {
    'zh-CN': '不支持 ZIP64 格式（数据包不会有这么大）',
    'en-US': 'ZIP64 archives are not supported (a package is never that large)'
  },
  split: {
    'zh-CN': '不支持分卷 zip 文件',
    'en-US': 'split (multi-part) zip archives are not supported'
  },
  tooManyEntries: {
    'zh-CN': '条目过多：{{count}} 个（上限为 {{limit}} 个）',
    'en-US': 'too many entries: {{count}} (the limit is {{limit}})'
  },
  centralMisplaced: {
    'zh-CN': 'zip 中央目录位置与结束记录不符：文件已截断、损坏或前部夹带了其他数据',
    'en-US':
      'the central directory is not where the end record says: the file is truncated, damaged or has data in front'
  },
  recordDamaged: {
    'zh-CN': 'zip 中央目录第 {{index}} 条记录（共 {{count}} 条）已损坏',
    'en-US': 'central directory record {{index}} of {{count}} is damaged'
  },
  centralExtra: {
    'zh-CN': 'zip 中央目录包含多余内容',
    'en-US': 'the central directory holds more than its entries'
  },
  encrypted: {
    'zh-CN': '不支持加密的条目',
    'en-US': 'encrypted entries are not supported'
  },
  method: {
    'zh-CN': '不支持压缩方式 {{method}}（仅支持存储与 deflate）',
    'en-US': 'compression method {{method}} is not supported (only stored and deflate)'
  },
  zip64Entry: {
    'zh-CN': '不支持 ZIP64 条目',
    'en-US': 'ZIP64 entries are not supported'
  },
  storedSizes: {
    'zh-CN': '未压缩条目的大小前后不一致（存储 {{stored}} 字节，声明 {{declared}} 字节）',
    'en-US': 'a stored entry whose sizes disagree ({{stored}} stored, {{declared}} declared)'
  },
  localMissing: {
    'zh-CN': '条目的本地文件头缺失或损坏',
    'en-US': 'its local header is missing or damaged'
  },
  localMismatch: {
    'zh-CN': '条目的本地文件头与中央目录不一致',
    'en-US': 'its local header does not match the central directory'
  },
  localName: {
    'zh-CN': '条目的本地文件头与中央目录记录的文件名不同',
    'en-US': 'its local header names a different file than the central directory'
  },
  localMethod: {
    'zh-CN': '条目的本地文件头与中央目录的压缩方式不一致',
    'en-US': 'its local header and the central directory disagree on the compression method'
  },
  localSizeCrc: {
    'zh-CN': '条目的本地文件头与中央目录的大小或 CRC 不一致',
    'en-US': 'its local header and the central directory disagree on its size or CRC'
  },
  dataPastEnd: {
    'zh-CN': '条目数据超出文件末尾：文件已截断或损坏',
    'en-US': 'its data runs past the end of the entries: the file is truncated or damaged'
  },
  overlap: {
    'zh-CN': '条目数据与“{{other}}”重叠（疑似 zip 炸弹）',
    'en-US': 'its data overlaps "{{other}}" (a zip bomb)'
  },
  crc: {
    'zh-CN': 'CRC-32 校验不符：数据已损坏',
    'en-US': 'its CRC-32 does not match: the data is damaged'
  },
  inflateBomb: {
    'zh-CN': '解压后超过声明的 {{declared}} 字节（疑似 zip 炸弹或文件损坏）',
    'en-US':
      'it inflates to more than its declared {{declared}} bytes (a zip bomb or a damaged file)'
  },
  inflateDamaged: {
    'zh-CN': '压缩数据已损坏（{{detail}}）',
    'en-US': 'its compressed data is damaged ({{detail}})'
  },
  inflateShort: {
    'zh-CN': '解压后为 {{written}} 字节，与声明的 {{declared}} 字节不符：数据已损坏',
    'en-US': 'it inflates to {{written}} bytes, not the declared {{declared}}: the data is damaged'
  },
  nameEmpty: {
    'zh-CN': '存在名称为空的条目',
    'en-US': 'an entry has an empty name'
  },
  nameNul: {
    'zh-CN': '条目名称含有 NUL 字符',
    'en-US': 'the name contains a NUL byte'
  },
  nameBackslash: {
    'zh-CN': '条目名称含有反斜杠（zip 路径应使用“/”）',
    'en-US': 'the name contains a backslash (zip paths use "/")'
  },
  nameDrive: {
    'zh-CN': '条目名称以盘符开头（绝对路径）',
    'en-US': 'the name starts with a drive letter (an absolute path)'
  },
  nameAbsolute: {
    'zh-CN': '条目名称是绝对路径',
    'en-US': 'the name is an absolute path'
  },
  nameTraversal: {
    'zh-CN': '条目名称试图跳出数据包目录（“..”路径穿越）',
    'en-US': 'the name climbs out of the package ("..", path traversal)'
  },
  nameSegment: {
    'zh-CN': '条目名称含有空的或“.”路径段',
    'en-US': 'the name has an empty or "." path segment'
  },
  nameChars: {
    'zh-CN': '条目名称含有控制字符或非 ASCII 字符（数据包内名称仅允许 ASCII）',
    'en-US': 'the name contains control characters or non-ASCII bytes (package names are ASCII)'
  },
  nameLong: {
    'zh-CN': '条目名称超过 {{maximum}} 个字符',
    'en-US': 'the name is longer than {{maximum}} characters'
  },
  duplicate: {
    'zh-CN': '数据包中该名称出现了两次',
    'en-US': 'the package holds this name twice'
  },
  layout: {
    'zh-CN':
      '不属于数据包结构（manifest.json、assessments/<编号>.json、evidence/<sha256>、banks/<编号>-<版本>.json）',
    'en-US':
      'not part of the package layout (manifest.json, assessments/<id>.json, evidence/<sha256>, banks/<id>-<version>.json)'
  },
  folderData: {
    'zh-CN': '文件夹条目中含有数据',
    'en-US': 'a folder entry that holds data'
  },
  entryTooLarge: {
    'zh-CN': '过大：解压后 {{size}}（上限为 {{limit}}）',
    'en-US': 'too large: {{size}} uncompressed (the limit is {{limit}})'
  },
  ratio: {
    'zh-CN': '压缩比 {{ratio}}:1，超过正常文件可达的 {{limit}}:1（疑似 zip 炸弹）',
    'en-US': 'compressed {{ratio}}:1, more than the {{limit}}:1 a real file reaches (a zip bomb)'
  },
  totalTooLarge: {
    'zh-CN': '过大：各部分解压后合计 {{size}}（上限为 {{limit}}）',
    'en-US': 'too large: the parts add up to {{size}} uncompressed (the limit is {{limit}})'
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
  bankUnused: {
    'zh-CN': '数据包中没有任何评估使用该题库',
    'en-US': 'no assessment in the package uses this bank'
  }
} satisfies Record<string, IssueTexts>
