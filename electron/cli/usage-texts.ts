import type { Locale } from '../../shared/bank/primitives'

/**
 * The command line's usage text (help, option descriptions, commander's own usage errors) in
 * both languages. Which one is chosen before the program is built (`--lang`, else the locale), so
 * `--help` reads in the user's language like every problem does.
 */
export interface UsageTexts {
  program: string
  help: string
  helpCommand: string
  version: string
  afterHelp: string
  afterError: string
  /** commander's section titles, by the English title it asks for. */
  titles: Readonly<Record<string, string>>
  /** The notes after an option's description: its choices and its default. */
  choices: (choices: readonly string[]) => string
  defaultValue: (value: string) => string
  notes: (notes: readonly string[]) => string
  lang: { problems: string; report: string; messages: string; output: string }
  bank: {
    group: string
    validate: string
    template: string
    convert: string
    file: string
    convertIn: string
    convertOut: string
    templateOut: string
    weights: string
    weightsBank: string
    weightsJson: string
  }
  assessment: {
    group: string
    upgrade: string
    file: string
    bank: string
    out: string
    from: string
    by: string
  }
  ledger: {
    group: string
    template: string
    templateOut: string
    check: string
    apply: string
    files: string
    assessment: string
    applyOut: string
    bank: string
    by: string
  }
  sample: {
    description: string
    out: string
    seed: string
    bank: string
    profile: string
    evidenceDir: string
  }
  pkg: {
    group: string
    create: string
    open: string
    verify: string
    files: string
    createOut: string
    evidence: string
    passphrase: string
    noEncryption: string
    packageFile: string
    openOut: string
  }
  seedNotWhole: string
  score: { description: string; file: string; json: string }
  compare: { description: string; previous: string; current: string; json: string }
  verify: { description: string; file: string; json: string; lang: string }
  otherBank: string
  report: { description: string; files: string; out: string; format: string; password: string }
  errors: {
    prefix: string
    missingArgument: (name: string) => string
    optionMissingArgument: (flags: string) => string
    missingMandatoryOption: (flags: string) => string
    unknownOption: (flag: string) => string
    unknownCommand: (name: string) => string
    didYouMean: (suggestion: string) => string
    excessArguments: (expected: string, got: string) => string
    invalidOption: (flags: string, value: string, why: string) => string
    allowedChoices: (choices: string) => string
  }
}

export const USAGE_TEXTS: Readonly<Record<Locale, UsageTexts>> = {
  'zh-CN': {
    program: 'Stability Assessor（稳定性保障评估工具）— 离线稳定性评估（命令行）',
    help: '显示本帮助',
    helpCommand: '显示某个命令的帮助',
    version: '显示名称和版本',
    afterHelp: '\n退出码：0 成功；1 用法错误或输入无效；2 文件无法读取或写入。\n文档：docs/cli.md',
    afterError: '（加 --help 查看用法）',
    titles: {
      'Usage:': '用法：',
      'Arguments:': '参数：',
      'Options:': '选项：',
      'Commands:': '命令：',
      'Global Options:': '全局选项：'
    },
    choices: (choices) => `可选：${choices.join('、')}`,
    defaultValue: (value) => `默认：${value}`,
    notes: (notes) => `（${notes.join('；')}）`,
    lang: {
      problems: '问题提示的语言',
      report: '报告及问题提示的语言',
      messages: '提示的语言',
      output: '输出及问题提示的语言'
    },
    bank: {
      group: '检查、创建和转换题库',
      validate: '检查题库文件（.json 或 .xlsx），输出概要或列出其中的问题',
      template: '生成空白题库工作簿（.xlsx，含填写说明），用 Excel 填写',
      convert: '在 JSON 与 Excel 之间转换题库（.json ↔ .xlsx），转换前先检查输入',
      file: '题库文件（.json 或 .xlsx）',
      convertIn: '要读取的题库文件（.json 或 .xlsx）',
      convertOut: '要写入的题库文件（.json 或 .xlsx）',
      templateOut: '工作簿的保存位置',
      weights: '按占总分的比例从大到小列出每道计分题目和每个评价要素',
      weightsBank: '题库文件（.json 或 .xlsx），或已安装题库的编号[@版本]',
      weightsJson: '以 JSON 输出各项比例'
    },
    assessment: {
      group: '处理评估文件',
      upgrade: '将评估迁移到其题库的另一版本，列出每项作答的去向；不修改输入文件',
      file: '评估文件（.json）',
      bank: '新版本题库：文件（.json 或 .xlsx）或已安装题库的编号[@版本]',
      out: '升级后评估的保存位置',
      from: '评估当前使用的题库文件（未安装时）',
      by: '审计日志中记录的操作人'
    },
    ledger: {
      group: '贵司台账（故障、变更、演练、压测）：模板、检查、计算',
      template: '生成台账模板工作簿（.xlsx）：每种台账一个工作表，含下拉选项和填写说明',
      templateOut: '工作簿的保存位置',
      check: '读取台账文件（.xlsx 或 .csv），输出其中内容，或列出每个问题及其位置',
      apply:
        '按评估期与关键系统从台账计算评价要素输入项，逐项列出计入行和排除行；台账随评估保存（同工具内导入），已覆盖的计算值保留',
      files: '台账文件（.xlsx，或 UTF-8 / GB18030 编码的 .csv）',
      assessment: '评估文件',
      applyOut: '更新后评估的保存位置',
      bank: '使用该题库文件，而不在已安装的题库中查找',
      by: '应用台账的人员（记入审计日志）'
    },
    sample: {
      description: '生成一份完整、逼真且可复现的演示评估',
      out: '评估的保存位置（默认：标准输出）',
      seed: '随机种子；相同的种子生成相同的文件',
      bank: '要作答的题库（默认：已安装的 sac-stability-2025 题库）',
      profile: '评分方案（默认：题库的默认方案）',
      evidenceDir: '同时将样例所附的文件写入该文件夹'
    },
    pkg: {
      group: '创建、打开和校验评估包（默认加密）',
      create: '将评估文件连同证据和题库写成评估包',
      open: '校验评估包，然后将其中的文件写入一个新的或空的文件夹',
      verify: '完整校验评估包（哈希、清单、评估），不写入任何文件',
      files: '评估文件',
      createOut: '要写入的评估包：*.sapkg（加密）或 *.zip',
      evidence: '存放所附文件的文件夹（按 SHA-256 查找）',
      passphrase: '存放口令的文件，或用 - 表示标准输入（口令从不作为参数：他人可看到命令行参数）',
      noEncryption: '写入任何人都能读取的明文评估包（须明确选择）',
      packageFile: '评估包文件（*.sapkg 或 *.zip）',
      openOut: '写入的文件夹（须为新的或空的文件夹）'
    },
    seedNotWhole: '种子须为整数',
    compare: {
      description: '对比同一机构的两个评估期：得分变化、答案变化与问题的新增、消除和结转',
      previous: '上期评估文件',
      current: '本期评估文件',
      json: '以 JSON 输出完整的对比结果'
    },
    verify: {
      description:
        '核验评估文件的审计日志是否保持写入时的原样（防篡改链），以及定稿签署是否与内容一致',
      file: '评估文件',
      json: '以 JSON 输出各项核验结果',
      lang: '结论与问题说明所用的语言'
    },
    score: {
      description: '用评估所针对的那份题库为评估文件评分',
      file: '评估文件',
      json: '以 JSON 输出完整的评分结果'
    },
    otherBank: '使用此题库文件，而不在已安装的题库中查找',
    report: {
      description:
        '生成评估的评分 Excel 报告（多份评估则生成汇总工作簿），或 Word / PDF 格式的正式评估报告',
      files: '评估文件；多份则生成汇总工作簿',
      out: '报告的保存位置（*.xlsx、*.docx 或 *.pdf）',
      format:
        'xlsx：评分工作簿；docx：Word 正式报告；pdf：同一报告经 LibreOffice 转换（默认：按 --out 的扩展名）',
      password:
        '为工作簿或 Word 报告设打开口令（Excel、Word、WPS 打开时要求输入）：口令从该文件读取（- 表示标准输入），不从命令行参数读取'
    },
    errors: {
      prefix: '错误：',
      missingArgument: (name) => `缺少必需的参数「${name}」`,
      optionMissingArgument: (flags) => `选项「${flags}」缺少取值`,
      missingMandatoryOption: (flags) => `必须给出选项「${flags}」`,
      unknownOption: (flag) => `未知选项「${flag}」`,
      unknownCommand: (name) => `未知命令「${name}」`,
      didYouMean: (suggestion) => `\n（是否想用 ${suggestion}？）`,
      excessArguments: (expected, got) => `参数过多：应为 ${expected} 个，实际 ${got} 个`,
      invalidOption: (flags, value, why) => `选项「${flags}」的取值「${value}」无效：${why}`,
      allowedChoices: (choices) => `可选值为 ${choices}`
    }
  },
  'en-US': {
    program: 'Stability Assessor — offline stability assessment (command line)',
    help: 'show this help',
    helpCommand: 'show the help of a command',
    version: 'print the name and version',
    afterHelp:
      '\nExit codes: 0 success, 1 usage or invalid input, 2 file not readable/writable.\nDocumentation: docs/cli.md',
    afterError: '(run with --help for usage)',
    titles: {},
    choices: (choices) => `choices: ${choices.join(', ')}`,
    defaultValue: (value) => `default: ${value}`,
    notes: (notes) => ` (${notes.join(', ')})`,
    lang: {
      problems: 'language of the problems',
      report: 'language of the report and of any problems',
      messages: 'language of the messages',
      output: 'language of the output and of any problems'
    },
    bank: {
      group: 'check, create and convert question banks',
      validate: 'check a bank file (.json or .xlsx) and print a summary, or list its problems',
      template: 'write an empty bank workbook (.xlsx) with instructions, to fill in with Excel',
      convert:
        'convert a bank between JSON and Excel (.json ↔ .xlsx); the input is validated first',
      file: 'bank file (.json or .xlsx)',
      convertIn: 'bank file to read (.json or .xlsx)',
      convertOut: 'bank file to write (.json or .xlsx)',
      templateOut: 'where to write the workbook',
      weights:
        'list every scored question and factor by its share of the overall score, largest first',
      weightsBank: 'bank file (.json or .xlsx), or an installed bank id[@version]',
      weightsJson: 'print the shares as JSON'
    },
    assessment: {
      group: 'work with assessment files',
      upgrade:
        'move an assessment to another version of its bank, printing where every answer goes; the input is never changed',
      file: 'assessment file (.json)',
      bank: 'the new bank version: a file (.json or .xlsx) or an installed bank id[@version]',
      out: 'where to write the upgraded assessment',
      from: "the assessment's current bank file, when it is not installed",
      by: 'who the audit log names'
    },
    ledger: {
      group:
        "the firm's registers (incidents, changes, drills, stress tests): template, check, apply",
      template:
        'write the register template workbook (.xlsx): one sheet per register, dropdowns, instructions',
      templateOut: 'where to write the workbook',
      check:
        'read register files (.xlsx or .csv) and print what they hold, or every problem with its place',
      apply:
        'measure factor inputs from registers over the assessment period and key systems, print the counted and excluded rows, and write the assessment with the registers stored in it (as an import in the app; overridden figures stay)',
      files: 'register files (.xlsx, or .csv in UTF-8 or GB18030)',
      assessment: 'assessment file',
      applyOut: 'where to write the updated assessment',
      bank: 'bank file to use instead of looking among the installed banks',
      by: 'who applies the registers (the audit trail names them)'
    },
    sample: {
      description: 'generate a complete, realistic, deterministic demo assessment',
      out: 'where to write the assessment (default: standard output)',
      seed: 'random seed; the same seed gives the same file',
      bank: 'bank to answer (default: the installed sac-stability-2025 bank)',
      profile: "scoring profile (default: the bank's default profile)",
      evidenceDir: "also write the sample's attached files there"
    },
    pkg: {
      group: 'create, open and verify assessment packages (encrypted by default)',
      create: 'write a package of assessment files with their evidence and banks',
      open: 'check a package, then write its files into a new or empty folder',
      verify: 'check a package completely (hashes, manifest, assessments) without writing',
      files: 'assessment file(s)',
      createOut: 'package to write: *.sapkg (encrypted) or *.zip',
      evidence: 'folder with the attached files (found by SHA-256)',
      passphrase:
        'file holding the passphrase, or - for standard input (never an argument: argv is visible to others)',
      noEncryption: 'write a plain package anyone can read (an explicit choice)',
      packageFile: 'package file (*.sapkg or *.zip)',
      openOut: 'folder to write into (must be new or empty)'
    },
    seedNotWhole: 'the seed must be a whole number',
    compare: {
      description: 'compare two periods of an institution: score changes, answers and findings',
      previous: 'the earlier assessment file',
      current: 'the later assessment file',
      json: 'print the whole comparison as JSON'
    },
    verify: {
      description:
        "check that an assessment file's audit log is as it was written (tamper-evident chain) and its seal matches",
      file: 'assessment file',
      json: 'print the checks as JSON',
      lang: 'language of the verdict and of any problems'
    },
    score: {
      description: 'score an assessment file against the exact bank it was made for',
      file: 'assessment file',
      json: 'print the full scoring result as JSON'
    },
    otherBank: 'bank file to use instead of looking among the installed banks',
    report: {
      description:
        'write the scored Excel report of an assessment (or a consolidated workbook of several), or its report of record in Word or PDF',
      files: 'assessment file(s); several give a consolidated workbook',
      out: 'where to write the report (*.xlsx, *.docx or *.pdf)',
      format:
        'xlsx: scored workbook; docx: Word report of record; pdf: the same through LibreOffice (default: from --out)',
      password:
        'protect the workbook or Word report with a password to open (Excel, Word and WPS ask for it), read from this file (- for standard input), never from an argument'
    },
    errors: {
      prefix: 'error: ',
      missingArgument: (name) => `missing required argument '${name}'`,
      optionMissingArgument: (flags) => `option '${flags}' argument missing`,
      missingMandatoryOption: (flags) => `required option '${flags}' not specified`,
      unknownOption: (flag) => `unknown option '${flag}'`,
      unknownCommand: (name) => `unknown command '${name}'`,
      didYouMean: (suggestion) => `\n(Did you mean ${suggestion}?)`,
      excessArguments: (expected, got) =>
        `too many arguments. Expected ${expected} argument${expected === '1' ? '' : 's'} but got ${got}.`,
      invalidOption: (flags, value, why) =>
        `option '${flags}' argument '${value}' is invalid. ${why}`,
      allowedChoices: (choices) => `Allowed choices are ${choices}.`
    }
  }
}
