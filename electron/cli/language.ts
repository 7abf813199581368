import type { BankRef } from '../../shared/bank'
import type { Locale } from '../../shared/bank/primitives'
import { issueLanguage } from '../../shared/issues/catalogue/texts'
import { describeIssue, describePlace } from '../../shared/issues/describe'
import { reportLabels } from '../../shared/report/labels'
import type { ValidationIssue } from '../../shared/util/validation'

/**
 * The language the command line speaks its problems in: `--lang`, else the POSIX locale
 * (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first one set decides), and zh-CN, the product's
 * language, unless that locale says English.
 */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]
    if (value !== undefined && value !== '') return issueLanguage(value)
  }
  return 'zh-CN'
}

/** A text the command line prints, in both languages (or one text for both, such as a path). */
export type CliText = string | Readonly<Record<Locale, string>>

export const say = (text: CliText, language: Locale): string =>
  typeof text === 'string' ? text : text[language]

/** The same words filled in for each language. */
const both = (make: (language: Locale) => string): Record<Locale, string> => ({
  'zh-CN': make('zh-CN'),
  'en-US': make('en-US')
})

/** What the "wrote" line says of one assessment's report. */
interface ReportSummary {
  institution: string
  periodEnd: string
  /** The overall score as the report shows it; null when there is none. */
  score: string | null
  draft: boolean
}

/** A bank as messages name it: `"id" version (content abcdef123456…)`. */
const bankName = (ref: BankRef, language: Locale): string =>
  `"${ref.id}" ${ref.version}${language === 'zh-CN' ? '（内容 ' : ' (content '}${ref.contentHash.slice(0, 12)}…${language === 'zh-CN' ? '）' : ')'}`

/** A problem in one language: `place: words`, or only the words for the file as a whole. */
function problemLine(issue: ValidationIssue, language: Locale): string {
  const words = describeIssue(issue, language)
  const colon = reportLabels(language).colon
  const place = issue.place
  if (place === undefined) return `${issue.path}${colon}${words}`
  const wholeFile = Object.keys(place).length === 0 || ('sheet' in place && place.sheet === '')
  return wholeFile ? words : `${describePlace(place, language)}${colon}${words}`
}

const FRAME = {
  'zh-CN': { count: (n: number) => `${n} 个问题`, invalid: '无法使用', more: '……另有' },
  'en-US': {
    count: (n: number) => (n === 1 ? '1 problem' : `${n} problems`),
    invalid: 'is invalid',
    more: '… and'
  }
} as const

/**
 * A refused input in both languages: one line when there is one problem
 * (`broken.xlsx: workbook: the shared texts …`), else a heading and one line per problem.
 */
export function refusalTexts(
  what: CliText,
  issues: readonly ValidationIssue[],
  limit: number
): { line: CliText; details: CliText[] } {
  const [first] = issues
  if (issues.length === 1 && first !== undefined)
    return {
      line: both((l) => `${say(what, l)}${reportLabels(l).colon}${problemLine(first, l)}`),
      details: []
    }
  const line = both((l) =>
    l === 'zh-CN'
      ? `${say(what, l)} ${FRAME[l].invalid}（${FRAME[l].count(issues.length)}）：`
      : `${say(what, l)} ${FRAME[l].invalid} (${FRAME[l].count(issues.length)}):`
  )
  const details: CliText[] = issues
    .slice(0, limit)
    .map((issue) => both((l) => `  ${problemLine(issue, l)}`))
  if (issues.length > limit)
    details.push(
      both((l) =>
        l === 'zh-CN'
          ? `  ${FRAME[l].more} ${issues.length - limit} 个`
          : `  ${FRAME[l].more} ${issues.length - limit} more`
      )
    )
  return { line, details }
}

/** Why a file could not be read or written, by the system's error code. */
const IO_REASONS: Readonly<Record<string, Record<Locale, string>>> = {
  ENOENT: { 'zh-CN': '文件不存在', 'en-US': 'no such file' },
  EACCES: { 'zh-CN': '没有权限', 'en-US': 'permission denied' },
  EPERM: { 'zh-CN': '没有权限', 'en-US': 'permission denied' },
  EISDIR: { 'zh-CN': '这是一个文件夹', 'en-US': 'it is a directory' },
  ENOTDIR: { 'zh-CN': '路径中的上级不是文件夹', 'en-US': 'a parent is not a directory' },
  // Creating the output's folders meets a file where a folder should be.
  EEXIST: { 'zh-CN': '路径中的上级不是文件夹', 'en-US': 'a parent is not a directory' },
  EROFS: { 'zh-CN': '文件系统只读', 'en-US': 'read-only file system' },
  ENOSPC: { 'zh-CN': '设备空间不足', 'en-US': 'no space left on the device' }
}

/** What could not be done to a path: read or write a file, or list a folder. */
export type IoAction = 'read' | 'write' | 'list'
const IO_ACTIONS: Readonly<Record<IoAction, Record<Locale, string>>> = {
  read: { 'zh-CN': '无法读取', 'en-US': 'cannot read' },
  write: { 'zh-CN': '无法写入', 'en-US': 'cannot write' },
  list: { 'zh-CN': '无法读取文件夹', 'en-US': 'cannot read the folder' }
}
const NOT_A_FOLDER = { 'zh-CN': '不是文件夹', 'en-US': 'not a folder' }

/** Refusals the command line words itself (file-level, before any reader runs). */
export const CLI_TEXTS = {
  /** A file that could not be read or written: the path and the reason (the system's words when we have none). */
  cannot: (action: IoAction, path: string, code: string, message: string): CliText =>
    both((l) => {
      const reason = action === 'list' && code === 'ENOTDIR' ? NOT_A_FOLDER : IO_REASONS[code]
      return `${IO_ACTIONS[action][l]} ${path}${reportLabels(l).colon}${reason?.[l] ?? message}`
    }),
  installedBanks: (dir: string): CliText => ({
    'zh-CN': `无法读取已安装题库所在的文件夹 ${dir}`,
    'en-US': `cannot read the installed banks in ${dir}`
  }),
  noPackageFolder: (start: string): CliText => ({
    'zh-CN': `在 ${start} 及其上级文件夹中找不到 stability-assessor 程序文件夹`,
    'en-US': `cannot find the stability-assessor package folder above ${start}`
  }),
  notUtf8: (path: string): CliText => ({
    'zh-CN': `${path} 不是 UTF-8 文本`,
    'en-US': `${path} is not UTF-8 text`
  }),
  tooLarge: (path: string, mib: number): CliText => ({
    'zh-CN': `无法读取 ${path}：文件大于 ${mib} MiB`,
    'en-US': `cannot read ${path}: the file is larger than ${mib} MiB`
  }),
  notBankFile: (path: string): CliText => ({
    'zh-CN': `${path}：题库须为 .json 或 .xlsx 文件`,
    'en-US': `${path}: a bank must be a .json or .xlsx file`
  }),
  templateNotXlsx: (out: string): CliText => ({
    'zh-CN': `--out ${out}：模板须为 .xlsx 文件`,
    'en-US': `--out ${out}: the template is an .xlsx file`
  }),
  convertTarget: (out: string): CliText => ({
    'zh-CN': `--out ${out}：请写入 .json 或 .xlsx 文件`,
    'en-US': `--out ${out}: write a .json or .xlsx file`
  }),
  reportExtension: (out: string, format: 'xlsx' | 'docx' | 'pdf'): CliText => ({
    'zh-CN': `--out ${out}：--format ${format} 生成${{ xlsx: ' Excel 工作簿', docx: ' Word 文档', pdf: ' PDF 文件' }[format]}，请将文件命名为 *.${format}`,
    'en-US': `--out ${out}: --format ${format} writes ${{ xlsx: 'an Excel workbook', docx: 'a Word document', pdf: 'a PDF' }[format]}; name it *.${format}`
  }),
  noAssessment: {
    'zh-CN': '请至少指定一个评估文件',
    'en-US': 'name at least one assessment file'
  } as CliText,
  oneAssessmentOnly: (format: string): CliText => ({
    'zh-CN': `--format ${format} 只生成一份评估的报告；多份评估请生成汇总工作簿（--format xlsx）`,
    'en-US': `--format ${format} writes the report of one assessment; several assessments give the consolidated workbook (--format xlsx)`
  }),
  noSuchProfile: (profile: string, bank: string, profiles: readonly string[]): CliText => ({
    'zh-CN': `--profile ${profile}：题库 ${bank} 没有这个评分方案（现有方案：${profiles.join('、')}）`,
    'en-US': `--profile ${profile}: bank ${bank} has no such profile (profiles: ${profiles.join(', ')})`
  }),
  pdfNeedsLibreOffice: {
    'zh-CN':
      '--format pdf 需要 LibreOffice（soffice），本机未安装：请安装 LibreOffice Writer（Debian：apt-get install libreoffice-writer），或改用 --format docx，再在 Word 或 WPS 中打印为 PDF',
    'en-US':
      '--format pdf needs LibreOffice (soffice), which is not installed here: install LibreOffice Writer (Debian: apt-get install libreoffice-writer), or write --format docx and print it to PDF from Word or WPS'
  } as CliText,
  pdfNoPassword: {
    'zh-CN':
      'PDF 不能设打开口令：请改用 --format docx 或 xlsx（Excel、Word、WPS 打开时要求输入口令）',
    'en-US':
      'a PDF cannot be given a password to open here: write --format docx or xlsx instead (Excel, Word and WPS ask for the password)'
  } as CliText,
  /** After `report --password-file`: what the reader must have to open the file. */
  passwordSet: {
    'zh-CN': '已设打开口令；口令未保存，请另行告知接收方',
    'en-US':
      'protected with a password to open; the password is not stored — tell the recipient another way'
  } as CliText,
  /** A file written, with what it holds in brackets when there is something to say. */
  wrote: (path: string, holds?: CliText): CliText => ({
    'zh-CN': `已写入 ${path}${holds === undefined ? '' : `（${say(holds, 'zh-CN')}）`}`,
    'en-US': `wrote ${path}${holds === undefined ? '' : ` (${say(holds, 'en-US')})`}`
  }),
  /** A file checked against the bank it names (its problems follow). */
  againstBank: (file: string, bank: { id: string; version: string }): CliText => ({
    'zh-CN': `${file}（对照题库 ${bank.id} ${bank.version}）`,
    'en-US': `${file} (against bank ${bank.id} ${bank.version})`
  }),
  bankHolds: (ref: BankRef): CliText => ({
    'zh-CN': `题库 ${ref.id} ${ref.version}，内容 ${ref.contentHash.slice(0, 12)}…`,
    'en-US': `bank ${ref.id} ${ref.version}, content ${ref.contentHash.slice(0, 12)}…`
  }),
  sampleHolds: (answers: number, factors: number, seed: number): CliText => ({
    'zh-CN': `${answers} 个答案，${factors} 个评价因子，种子 ${seed}`,
    'en-US': `${answers} answers, ${factors} factors, seed ${seed}`
  }),
  wroteEvidence: (count: number, folder: string): CliText => ({
    'zh-CN': `已将 ${count} 个证据文件写入 ${folder}`,
    'en-US': `wrote ${count} evidence files into ${folder}`
  }),
  /** One assessment's report workbook; `score` formatted, null when there is none. */
  reportHolds: (report: ReportSummary): CliText => ({
    'zh-CN': `报告：${report.institution}，${report.periodEnd}；总分 ${report.score ?? '不适用'}${report.draft ? '，草稿' : ''}`,
    'en-US': `report of ${report.institution}, ${report.periodEnd}; overall ${report.score ?? 'N/A'}${report.draft ? ', DRAFT' : ''}`
  }),
  /** One assessment's report of record, in Word or as PDF; `level` as the report words it. */
  documentHolds: (report: ReportSummary, level: string, pdf: boolean): CliText => ({
    'zh-CN': `${pdf ? '经 LibreOffice 转换的 PDF 报告' : 'Word 报告'}：${report.institution}，${report.periodEnd}；总分 ${report.score ?? '不适用'}，${level}${report.draft ? '，草稿' : ''}`,
    'en-US': `${pdf ? 'PDF, converted by LibreOffice,' : 'Word'} report of ${report.institution}, ${report.periodEnd}; overall ${report.score ?? 'N/A'}, ${level}${report.draft ? ', DRAFT' : ''}`
  }),
  consolidatedHolds: (assessments: number, institutions: number, breaches: number): CliText => ({
    'zh-CN': `汇总：${assessments} 份评估，${institutions} 家机构，${breaches} 处红线触发`,
    'en-US': `consolidated: ${assessments} assessments, ${institutions} institutions, ${breaches} red-line breaches`
  }),
  /** An installed bank that does not read, left out of the list (`why` says what is wrong). */
  skippingBank: (path: string, why: CliText): CliText => ({
    'zh-CN': `警告：跳过 ${path}：${say(why, 'zh-CN')}`,
    'en-US': `warning: skipping ${path}: ${say(why, 'en-US')}`
  }),
  /** `--bank` names another bank than the assessment was made for. */
  otherBankGiven: (path: string, got: BankRef, wanted: BankRef): CliText => ({
    'zh-CN': `${path} 是题库 ${bankName(got, 'zh-CN')}，但评估所用题库为 ${bankName(wanted, 'zh-CN')}`,
    'en-US': `${path} is bank ${bankName(got, 'en-US')}, but the assessment was made for bank ${bankName(wanted, 'en-US')}`
  }),
  /** The installed bank of the same id and version has other content. */
  installedBankDiffers: (wanted: BankRef, path: string, found: string): CliText => ({
    'zh-CN': `评估所用题库为 ${bankName(wanted, 'zh-CN')}，但已安装的 ${path} 内容不同（${found.slice(0, 12)}…）；请用 --bank <文件> 给出原题库`,
    'en-US': `the assessment was made for bank ${bankName(wanted, 'en-US')}, but the installed ${path} has different content (${found.slice(0, 12)}…); pass the original bank with --bank <file>`
  }),
  /** No installed bank has the assessment's id and version. */
  bankNotInstalled: (wanted: BankRef, installed: readonly string[]): CliText => ({
    'zh-CN': `评估所用题库为 ${bankName(wanted, 'zh-CN')}，本机未安装（已安装：${installed.join('、') || '无'}）；请用 --bank <文件> 给出`,
    'en-US': `the assessment was made for bank ${bankName(wanted, 'en-US')}, which is not installed (installed: ${installed.join(', ') || 'none'}); pass it with --bank <file>`
  }),
  libreOfficeFailed: (lastLine: string): CliText => ({
    'zh-CN': `LibreOffice 未能将报告转换为 PDF${lastLine === '' ? '' : `：${lastLine}`}`,
    'en-US': `LibreOffice could not convert the report to PDF${lastLine === '' ? '' : `: ${lastLine}`}`
  }),
  unexpected: (message: string): CliText => ({
    'zh-CN': `意外错误：${message}`,
    'en-US': `unexpected error: ${message}`
  })
}

/** The language `--lang` / `-l` names anywhere on the command line, if it names one we speak. */
export function languageFromArguments(argv: readonly string[]): Locale | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--') break
    const value =
      arg === '--lang' || arg === '-l'
        ? argv[index + 1]
        : arg.startsWith('--lang=')
          ? arg.slice('--lang='.length)
          : /^-l[^-]/.test(arg)
            ? arg.slice(2)
            : undefined
    if (value === 'zh-CN' || value === 'en-US') return value
  }
  return undefined
}
