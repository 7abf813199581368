import type { CliText } from './language'

/** What `package create / open / verify` print and refuse with, in both languages. */
export const PACKAGE_TEXTS = {
  noStdin: {
    'zh-CN': '无法从标准输入读取口令',
    'en-US': 'cannot read the passphrase from standard input'
  },
  passphraseNotText: (source: string): CliText => ({
    'zh-CN': `${source}：口令文件不是 UTF-8 文本`,
    'en-US': `${source}: the passphrase file is not UTF-8 text`
  }),
  passphraseEmpty: (source: string): CliText => ({
    'zh-CN': `${source}：口令为空`,
    'en-US': `${source}: the passphrase is empty`
  }),
  passphraseTooLong: (source: string, max: number): CliText => ({
    'zh-CN': `${source}：口令超过 ${max} 个字符，请确认口令文件是否正确`,
    'en-US': `${source}: the passphrase is longer than ${max} characters; is this the right file?`
  }),
  passphraseTooShort: (source: string, min: number): CliText => ({
    'zh-CN': `${source}：口令太短，至少 ${min} 个字符`,
    'en-US': `${source}: the passphrase is too short, at least ${min} characters`
  }),
  needPassphrase: {
    'zh-CN':
      '数据包默认加密：请用 --passphrase-file <文件>（或 - 表示标准输入）给出口令，或明确选择 --no-encryption',
    'en-US':
      'packages are encrypted by default: give the passphrase with --passphrase-file <file> (or - for standard input), or choose --no-encryption explicitly'
  },
  bothProtections: {
    'zh-CN': '--passphrase-file 与 --no-encryption 不能同时使用',
    'en-US': '--passphrase-file and --no-encryption cannot be used together'
  },
  encryptedName: (out: string): CliText => ({
    'zh-CN': `--out ${out}：加密数据包的文件名须以 .sapkg 结尾`,
    'en-US': `--out ${out}: an encrypted package is named *.sapkg`
  }),
  plainName: (out: string): CliText => ({
    'zh-CN': `--out ${out}：未加密的数据包须命名为 *.zip（.sapkg 表示加密数据包）`,
    'en-US': `--out ${out}: a package without encryption is named *.zip (.sapkg means encrypted)`
  }),
  noAssessments: {
    'zh-CN': '请至少给出一个评估文件',
    'en-US': 'name at least one assessment file'
  },
  duplicateAssessment: (id: string, first: string, second: string): CliText => ({
    'zh-CN': `${second} 与 ${first} 是同一份评估（${id}），不能重复放入数据包`,
    'en-US': `${second} is the same assessment (${id}) as ${first}; a package holds it once`
  }),
  evidenceMissing: (count: number): CliText => ({
    'zh-CN': `缺少 ${count} 个证据文件（用 --evidence <文件夹> 指定存放它们的文件夹，按 SHA-256 匹配）：`,
    'en-US': `${count === 1 ? '1 evidence file is' : `${count} evidence files are`} missing (name the folder holding them with --evidence <folder>; files are matched by SHA-256):`
  }),
  evidenceMissingLine: (file: string, name: string, sha: string, size: number): CliText => ({
    'zh-CN': `  ${file}：「${name}」（${size} 字节，SHA-256 ${sha}）`,
    'en-US': `  ${file}: "${name}" (${size} bytes, SHA-256 ${sha})`
  }),
  notFolder: (path: string): CliText => ({
    'zh-CN': `--evidence ${path}：不是文件夹`,
    'en-US': `--evidence ${path}: not a folder`
  }),
  unencryptedWarning: {
    'zh-CN': '警告：数据包未加密，任何拿到文件的人都能读取其中的评估和证据',
    'en-US':
      'warning: the package is not encrypted; anyone who gets the file can read its assessments and evidence'
  },
  /** What a package written holds (the "wrote" line's brackets). */
  createdHolds: (assessments: number, evidence: number, encrypted: boolean): CliText => ({
    'zh-CN': `${assessments} 份评估，${evidence} 个证据文件，${encrypted ? '已加密：AES-256-GCM，口令由 PBKDF2-SHA-256 派生' : '未加密'}`,
    'en-US': `${assessments} ${assessments === 1 ? 'assessment' : 'assessments'}, ${evidence} evidence ${evidence === 1 ? 'file' : 'files'}, ${encrypted ? 'encrypted: AES-256-GCM, key from the passphrase by PBKDF2-SHA-256' : 'not encrypted'}`
  }),
  strength: (level: 'weak' | 'fair' | 'strong'): CliText => ({
    'zh-CN': `口令强度：${{ weak: '弱（建议使用更长的口令）', fair: '一般', strong: '强' }[level]}`,
    'en-US': `passphrase strength: ${{ weak: 'weak (a longer passphrase is better)', fair: 'fair', strong: 'strong' }[level]}`
  }),
  outExists: (dir: string): CliText => ({
    'zh-CN': `--out ${dir}：文件夹已存在且不为空；为免覆盖，请指定新的或空的文件夹`,
    'en-US': `--out ${dir}: the folder exists and is not empty; name a new or empty folder (nothing is overwritten)`
  }),
  /** What a package opened into a folder wrote there (the "wrote" line's brackets). */
  openedHolds: (files: number): CliText => ({
    'zh-CN': `${files} 个文件，与数据包内容逐字节相同`,
    'en-US': `${files} files, byte for byte as in the package`
  }),
  valid: (file: string, encryption: string): CliText => ({
    'zh-CN': `${file}：有效（${encryption}）`,
    'en-US': `${file}: valid (${encryption})`
  }),
  encryption: (iterations: number | null): CliText =>
    iterations === null
      ? { 'zh-CN': '未加密', 'en-US': 'not encrypted' }
      : {
          'zh-CN': `已加密：AES-256-GCM，PBKDF2-SHA-256 ${iterations} 次迭代，完整性校验通过`,
          'en-US': `encrypted: AES-256-GCM, PBKDF2-SHA-256 with ${iterations} iterations, integrity check passed`
        },
  exported: (at: string, generator: string): CliText => ({
    'zh-CN': `导出时间：${at}，生成程序：${generator}`,
    'en-US': `exported ${at} by ${generator}`
  }),
  label: (label: string): CliText => ({ 'zh-CN': `密级：${label}`, 'en-US': `label: ${label}` }),
  assessmentLine: (institution: string, start: string, end: string, id: string): CliText => ({
    'zh-CN': `  评估：${institution}，${start} 至 ${end}（${id}）`,
    'en-US': `  assessment: ${institution}, ${start} to ${end} (${id})`
  }),
  counts: (evidence: number, bytes: string, banks: string): CliText => ({
    'zh-CN': `证据文件 ${evidence} 个，共 ${bytes}；题库：${banks || '无'}`,
    'en-US': `${evidence} evidence ${evidence === 1 ? 'file' : 'files'}, ${bytes}; banks: ${banks || 'none'}`
  }),
  checked: (parts: number): CliText => ({
    'zh-CN': `清单中 ${parts} 个部分的大小与 SHA-256 全部相符；未写入任何文件`,
    'en-US': `all ${parts} parts match the manifest's sizes and SHA-256; nothing was written`
  })
} as const
