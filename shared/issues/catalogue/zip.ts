import { bilingual, type IssueTexts } from './texts'

/**
 * The one zip reader (shared/zip) of packages, backups and .xlsx workbooks: directory, entry
 * names, declared and real sizes, ratios, overlaps. Worded for any of these files; what the file
 * should have been is said by its reader's own `notZip`.
 */
export const zipIssues = {
  tooLarge: bilingual(
    '文件过大：{{size}}（上限为 {{limit}}）',
    'too large: {{size}} (the limit is {{limit}})'
  ),
  noEndRecord: bilingual(
    'zip 文件缺少目录结束记录：文件已截断或损坏',
    'the zip has no end-of-central-directory record: the file is truncated or damaged'
  ),
  zip64: bilingual(
    '不支持 ZIP64 格式（本工具的文件不会有这么大）',
    'ZIP64 archives are not supported (no file of this app is that large)'
  ),
  split: bilingual('不支持分卷 zip 文件', 'split (multi-part) zip archives are not supported'),
  tooManyEntries: bilingual(
    '条目过多：{{count}} 个（上限为 {{limit}} 个）',
    'too many entries: {{count}} (the limit is {{limit}})'
  ),
  centralMisplaced: bilingual(
    'zip 中央目录位置与结束记录不符：文件已截断、损坏或前部夹带了其他数据',
    'the central directory is not where the end record says: the file is truncated, damaged or has data in front'
  ),
  recordDamaged: bilingual(
    'zip 中央目录第 {{index}} 条记录（共 {{count}} 条）已损坏',
    'central directory record {{index}} of {{count}} is damaged'
  ),
  centralExtra: bilingual(
    'zip 中央目录包含多余内容',
    'the central directory holds more than its entries'
  ),
  encrypted: bilingual('不支持加密的条目', 'encrypted entries are not supported'),
  method: bilingual(
    '不支持压缩方式 {{method}}（仅支持存储与 deflate）',
    'compression method {{method}} is not supported (only stored and deflate)'
  ),
  zip64Entry: bilingual('不支持 ZIP64 条目', 'ZIP64 entries are not supported'),
  storedSizes: bilingual(
    '未压缩条目的大小前后不一致（存储 {{stored}} 字节，声明 {{declared}} 字节）',
    'a stored entry whose sizes disagree ({{stored}} stored, {{declared}} declared)'
  ),
  localMissing: bilingual('条目的本地文件头缺失或损坏', 'its local header is missing or damaged'),
  localMismatch: bilingual(
    '条目的本地文件头与中央目录不一致',
    'its local header does not match the central directory'
  ),
  localName: bilingual(
    '条目的本地文件头与中央目录记录的文件名不同',
    'its local header names a different file than the central directory'
  ),
  localMethod: bilingual(
    '条目的本地文件头与中央目录的压缩方式不一致',
    'its local header and the central directory disagree on the compression method'
  ),
  localSizeCrc: bilingual(
    '条目的本地文件头与中央目录的大小或 CRC 不一致',
    'its local header and the central directory disagree on its size or CRC'
  ),
  dataPastEnd: bilingual(
    '条目数据超出文件末尾：文件已截断或损坏',
    'its data runs past the end of the entries: the file is truncated or damaged'
  ),
  overlap: bilingual(
    '条目数据与“{{other}}”重叠（疑似 zip 炸弹）',
    'its data overlaps "{{other}}" (a zip bomb)'
  ),
  crc: bilingual('CRC-32 校验不符：数据已损坏', 'its CRC-32 does not match: the data is damaged'),
  inflateBomb: bilingual(
    '解压后超过声明的 {{declared}} 字节（疑似 zip 炸弹或文件损坏）',
    'it inflates to more than its declared {{declared}} bytes (a zip bomb or a damaged file)'
  ),
  inflateDamaged: bilingual(
    '压缩数据已损坏（{{detail}}）',
    'its compressed data is damaged ({{detail}})'
  ),
  inflateShort: bilingual(
    '解压后为 {{written}} 字节，与声明的 {{declared}} 字节不符：数据已损坏',
    'it inflates to {{written}} bytes, not the declared {{declared}}: the data is damaged'
  ),
  nameEmpty: bilingual('存在名称为空的条目', 'an entry has an empty name'),
  nameNul: bilingual('条目名称含有 NUL 字符', 'the name contains a NUL byte'),
  nameBackslash: bilingual(
    '条目名称含有反斜杠（zip 路径应使用“/”）',
    'the name contains a backslash (zip paths use "/")'
  ),
  nameDrive: bilingual(
    '条目名称以盘符开头（绝对路径）',
    'the name starts with a drive letter (an absolute path)'
  ),
  nameAbsolute: bilingual('条目名称是绝对路径', 'the name is an absolute path'),
  nameTraversal: bilingual(
    '条目名称试图跳出压缩包目录（“..”路径穿越）',
    'the name climbs out of the archive ("..", path traversal)'
  ),
  nameSegment: bilingual(
    '条目名称含有空的或“.”路径段',
    'the name has an empty or "." path segment'
  ),
  nameChars: bilingual(
    '条目名称含有控制字符或非 ASCII 字符（文件内名称仅允许 ASCII）',
    'the name contains control characters or non-ASCII bytes (names in the file are ASCII)'
  ),
  nameLong: bilingual(
    '条目名称超过 {{maximum}} 个字符',
    'the name is longer than {{maximum}} characters'
  ),
  duplicate: bilingual('文件中该名称出现了两次', 'the file holds this name twice'),
  folderData: bilingual('文件夹条目中含有数据', 'a folder entry that holds data'),
  entryTooLarge: bilingual(
    '过大：解压后 {{size}}（上限为 {{limit}}）',
    'too large: {{size}} uncompressed (the limit is {{limit}})'
  ),
  ratio: bilingual(
    '压缩比 {{ratio}}:1，超过正常文件可达的 {{limit}}:1（疑似 zip 炸弹）',
    'compressed {{ratio}}:1, more than the {{limit}}:1 a real file reaches (a zip bomb)'
  ),
  totalTooLarge: bilingual(
    '过大：各部分解压后合计 {{size}}（上限为 {{limit}}）',
    'too large: the parts add up to {{size}} uncompressed (the limit is {{limit}})'
  )
} satisfies Record<string, IssueTexts>
