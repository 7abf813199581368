import { Command, InvalidArgumentError, Option } from 'commander'
import { productName, version } from '../../package.json'
import { bankConvertCommand } from './commands/bank-convert'
import { bankTemplateCommand } from './commands/bank-template'
import { bankValidateCommand } from './commands/bank-validate'
import { packageCreateCommand, type PackageCreateOptions } from './commands/package-create'
import {
  packageOpenCommand,
  packageVerifyCommand,
  type PackageReadOptions
} from './commands/package-open'
import { reportCommand } from './commands/report'
import { sampleCommand, type SampleOptions } from './commands/sample'
import { scoreCommand } from './commands/score'
import type { Locale } from '../../shared/bank/primitives'
import type { CliContext } from './context'
import { runCommand } from './context'
import type { CliIo } from './io'
import { EXIT_INVALID, EXIT_OK, findPackageRoot } from './io'
import { languageFromEnvironment } from './language'

function parseSeed(value: string): number {
  if (!/^-?\d{1,15}$/.test(value)) throw new InvalidArgumentError('the seed must be a whole number')
  return Number(value)
}

/** The process's own output channels and working directory. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    stdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return new Uint8Array(Buffer.concat(chunks))
    }
  }
}

/**
 * The command-line program (`stability-assessor`). Plain Node: it must never import Electron, so
 * it runs on machines and CI jobs without the Electron binary (boundaries.test.ts checks this).
 * Every command body takes the context and reports an exit code through `setExitCode`, so tests
 * run commands in-process (see runCli).
 */
export function createProgram(
  ctx: CliContext = {
    io: processIo(),
    packageRoot: findPackageRoot(),
    language: languageFromEnvironment(process.env)
  },
  setExitCode: (code: number) => void = (code) => void (process.exitCode = code)
): Command {
  const run = async (body: () => Promise<number>, language?: Locale): Promise<void> =>
    setExitCode(await runCommand(ctx, body, language))
  /** `--lang`: the language of problems (and of the report, for score and report). */
  const langOption = (what: string): Option =>
    new Option('-l, --lang <locale>', what).choices(['zh-CN', 'en-US']).default(ctx.language)
  const program = new Command()
    .name('stability-assessor')
    .description(`${productName} — offline stability assessment (command line)`)
    .version(`${productName} ${version}`, '-v, --version', 'print the name and version')
    .helpOption('-h, --help', 'show this help')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => ctx.io.stdout(text),
      writeErr: (text) => ctx.io.stderr(text)
    })
    .addHelpText(
      'after',
      '\nExit codes: 0 success, 1 usage or invalid input, 2 file not readable/writable.\nDocumentation: docs/cli.md'
    )

  const bank = program
    .command('bank')
    .description('check, create and convert question banks')
    .helpOption('-h, --help', 'show this help')
  bank
    .command('validate')
    .description('check a bank file (.json or .xlsx) and print a summary, or list its problems')
    .argument('<file>', 'bank file (.json or .xlsx)')
    .addOption(langOption('language of the problems'))
    .helpOption('-h, --help', 'show this help')
    .action((file: string, options: { lang: Locale }) =>
      run(() => bankValidateCommand(file, ctx), options.lang)
    )
  bank
    .command('template')
    .description('write an empty bank workbook (.xlsx) with instructions, to fill in with Excel')
    .requiredOption('-o, --out <file.xlsx>', 'where to write the workbook')
    .helpOption('-h, --help', 'show this help')
    .action((options: { out: string }) => run(() => bankTemplateCommand(options, ctx)))
  bank
    .command('convert')
    .description(
      'convert a bank between JSON and Excel (.json ↔ .xlsx); the input is validated first'
    )
    .argument('<in>', 'bank file to read (.json or .xlsx)')
    .requiredOption('-o, --out <file>', 'bank file to write (.json or .xlsx)')
    .addOption(langOption('language of the problems'))
    .helpOption('-h, --help', 'show this help')
    .action((input: string, options: { out: string; lang: Locale }) =>
      run(() => bankConvertCommand(input, options, ctx), options.lang)
    )

  program
    .command('sample')
    .description('generate a complete, realistic, deterministic demo assessment')
    .option('-o, --out <file.json>', 'where to write the assessment (default: standard output)')
    .option('-s, --seed <n>', 'random seed; the same seed gives the same file', parseSeed, 1)
    .option('-b, --bank <file>', 'bank to answer (default: the installed sac-stability-2025 bank)')
    .option('-p, --profile <id>', "scoring profile (default: the bank's default profile)")
    .option('-e, --evidence-dir <folder>', "also write the sample's attached files there")
    .helpOption('-h, --help', 'show this help')
    .action((options: SampleOptions) => run(() => sampleCommand(options, ctx)))

  program
    .command('score')
    .description('score an assessment file against the exact bank it was made for')
    .argument('<assessment.json>', 'assessment file')
    .option('--json', 'print the full scoring result as JSON')
    .option('-b, --bank <file>', 'bank file to use instead of looking among the installed banks')
    .addOption(langOption('language of the report and of any problems'))
    .helpOption('-h, --help', 'show this help')
    .action((file: string, options: { json?: boolean; bank?: string; lang: Locale }) =>
      run(() => scoreCommand(file, options, ctx), options.lang)
    )
  program
    .command('report')
    .description(
      'write the scored Excel report of an assessment (or a consolidated workbook of several), or its report of record in Word or PDF'
    )
    .argument('<assessment.json...>', 'assessment file(s); several give a consolidated workbook')
    .requiredOption('-o, --out <file>', 'where to write the report (*.xlsx, *.docx or *.pdf)')
    .addOption(
      new Option(
        '-f, --format <format>',
        'xlsx: scored workbook; docx: Word report of record; pdf: the same through LibreOffice (default: from --out)'
      ).choices(['xlsx', 'docx', 'pdf'])
    )
    .option('-b, --bank <file>', 'bank file to use instead of looking among the installed banks')
    .addOption(langOption('language of the report and of any problems'))
    .helpOption('-h, --help', 'show this help')
    .action(
      (
        files: string[],
        options: { out: string; format?: 'xlsx' | 'docx' | 'pdf'; bank?: string; lang: Locale }
      ) => run(() => reportCommand(files, options, ctx), options.lang)
    )
  const pkg = program
    .command('package')
    .description('create, open and verify assessment packages (encrypted by default)')
    .helpOption('-h, --help', 'show this help')
  pkg
    .command('create')
    .description('write a package of assessment files with their evidence and banks')
    .argument('<assessment.json...>', 'assessment file(s)')
    .requiredOption('-o, --out <file>', 'package to write: *.sapkg (encrypted) or *.zip')
    .option('-e, --evidence <folder>', 'folder with the attached files (found by SHA-256)', collect)
    .option('-b, --bank <file>', 'bank file to use instead of looking among the installed banks')
    .option('-p, --passphrase-file <file>', PASSPHRASE_HELP)
    .option('--no-encryption', 'write a plain package anyone can read (an explicit choice)')
    .addOption(langOption('language of the output and of any problems'))
    .helpOption('-h, --help', 'show this help')
    .action((files: string[], options: PackageCreateOptions & { lang: Locale }) =>
      run(() => packageCreateCommand(files, options, ctx), options.lang)
    )
  pkg
    .command('open')
    .description('check a package, then write its files into a new or empty folder')
    .argument('<package>', 'package file (*.sapkg or *.zip)')
    .requiredOption('-o, --out <folder>', 'folder to write into (must be new or empty)')
    .option('-p, --passphrase-file <file>', PASSPHRASE_HELP)
    .addOption(langOption('language of the output and of any problems'))
    .helpOption('-h, --help', 'show this help')
    .action((file: string, options: PackageReadOptions & { out: string; lang: Locale }) =>
      run(() => packageOpenCommand(file, options, ctx), options.lang)
    )
  pkg
    .command('verify')
    .description('check a package completely (hashes, manifest, assessments) without writing')
    .argument('<package>', 'package file (*.sapkg or *.zip)')
    .option('-p, --passphrase-file <file>', PASSPHRASE_HELP)
    .addOption(langOption('language of the output and of any problems'))
    .helpOption('-h, --help', 'show this help')
    .action((file: string, options: PackageReadOptions & { lang: Locale }) =>
      run(() => packageVerifyCommand(file, options, ctx), options.lang)
    )
  return program
}

/** Repeated options (`--evidence a --evidence b`) collect into a list. */
const collect = (value: string, previous: string[] = []): string[] => [...previous, value]

const PASSPHRASE_HELP =
  'file holding the passphrase, or - for standard input (never an argument: argv is visible to others)'

/**
 * Runs the program on `argv` (without the node and script entries) and returns the exit code:
 * 0 success (also for --help and --version), 1 usage or invalid input, 2 I/O failure.
 */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  let exitCode = EXIT_OK
  const program = createProgram(ctx, (code) => (exitCode = code))
  program.exitOverride()
  for (const command of program.commands.flatMap((c) => [c, ...c.commands])) command.exitOverride()
  try {
    await program.parseAsync([...argv], { from: 'user' })
  } catch (error) {
    const code = (error as { exitCode?: unknown }).exitCode
    // commander exits 0 after --help/--version and 1 after a usage error it already printed.
    return typeof code === 'number' ? (code === 0 ? EXIT_OK : EXIT_INVALID) : EXIT_INVALID
  }
  return exitCode
}
