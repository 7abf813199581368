import { type Command, InvalidArgumentError, Option } from 'commander'
import { productName, version } from '../../package.json'
import { assessmentUpgradeCommand } from './commands/assessment-upgrade'
import { bankConvertCommand } from './commands/bank-convert'
import { bankTemplateCommand } from './commands/bank-template'
import { bankValidateCommand } from './commands/bank-validate'
import { bankWeightsCommand } from './commands/bank-weights'
import { compareCommand } from './commands/compare'
import { ledgerCheckCommand, ledgerTemplateCommand } from './commands/ledger'
import { ledgerApplyCommand } from './commands/ledger-apply'
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
import { languageFromArguments, languageFromEnvironment } from './language'
import { LocalizedCommand } from './localized-command'
import { USAGE_TEXTS } from './usage-texts'

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
  const u = USAGE_TEXTS[ctx.language]
  const run = async (body: () => Promise<number>, language?: Locale): Promise<void> =>
    setExitCode(await runCommand(ctx, body, language))
  /** `--lang`: the language of usage and problems (and of the report, for score and report). */
  const langOption = (what: string): Option =>
    new Option('-l, --lang <locale>', what).choices(['zh-CN', 'en-US']).default(ctx.language)
  const parseSeed = (value: string): number => {
    if (!/^-?\d{1,15}$/.test(value)) throw new InvalidArgumentError(u.seedNotWhole)
    return Number(value)
  }
  const program = new LocalizedCommand(u)
    .name('stability-assessor')
    .description(u.program)
    .version(`${productName} ${version}`, '-v, --version', u.version)
    .addOption(langOption(u.lang.messages))
    .helpOption('-h, --help', u.help)
    .helpCommand('help [command]', u.helpCommand)
    .showHelpAfterError(u.afterError)
    .configureOutput({
      writeOut: (text) => ctx.io.stdout(text),
      writeErr: (text) => ctx.io.stderr(text)
    })
    .addHelpText('after', u.afterHelp)

  const bank = program
    .command('bank')
    .description(u.bank.group)
    .addOption(langOption(u.lang.messages))
    .helpOption('-h, --help', u.help)
    .helpCommand('help [command]', u.helpCommand)
  bank
    .command('validate')
    .description(u.bank.validate)
    .argument('<file>', u.bank.file)
    .addOption(langOption(u.lang.problems))
    .helpOption('-h, --help', u.help)
    .action((file: string, options: { lang: Locale }) =>
      run(() => bankValidateCommand(file, ctx), options.lang)
    )
  bank
    .command('template')
    .description(u.bank.template)
    .requiredOption('-o, --out <file.xlsx>', u.bank.templateOut)
    .addOption(langOption(u.lang.messages))
    .helpOption('-h, --help', u.help)
    .action((options: { out: string; lang: Locale }) =>
      run(() => bankTemplateCommand(options, ctx), options.lang)
    )
  bank
    .command('convert')
    .description(u.bank.convert)
    .argument('<in>', u.bank.convertIn)
    .requiredOption('-o, --out <file>', u.bank.convertOut)
    .addOption(langOption(u.lang.problems))
    .helpOption('-h, --help', u.help)
    .action((input: string, options: { out: string; lang: Locale }) =>
      run(() => bankConvertCommand(input, options, ctx), options.lang)
    )

  bank
    .command('weights')
    .description(u.bank.weights)
    .argument('<bank>', u.bank.weightsBank)
    .option('-p, --profile <id>', u.sample.profile)
    .option('--json', u.bank.weightsJson)
    .addOption(langOption(u.lang.output))
    .helpOption('-h, --help', u.help)
    .action((name: string, options: { profile?: string; json?: boolean; lang: Locale }) =>
      run(() => bankWeightsCommand(name, options, ctx), options.lang)
    )

  const ledger = program
    .command('ledger')
    .description(u.ledger.group)
    .addOption(langOption(u.lang.messages))
    .helpOption('-h, --help', u.help)
    .helpCommand('help [command]', u.helpCommand)
  ledger
    .command('template')
    .description(u.ledger.template)
    .requiredOption('-o, --out <file.xlsx>', u.ledger.templateOut)
    .addOption(langOption(u.lang.output))
    .helpOption('-h, --help', u.help)
    .action((options: { out: string; lang: Locale }) =>
      run(() => ledgerTemplateCommand(options, ctx), options.lang)
    )
  ledger
    .command('check')
    .description(u.ledger.check)
    .argument('<file...>', u.ledger.files)
    .addOption(langOption(u.lang.output))
    .helpOption('-h, --help', u.help)
    .action((files: string[], options: { lang: Locale }) =>
      run(() => ledgerCheckCommand(files, options, ctx), options.lang)
    )
  ledger
    .command('apply')
    .description(u.ledger.apply)
    .argument('<assessment.json>', u.ledger.assessment)
    .argument('<file...>', u.ledger.files)
    .requiredOption('-o, --out <file.json>', u.ledger.applyOut)
    .option('-b, --bank <file>', u.ledger.bank)
    .option('--by <name>', u.ledger.by)
    .addOption(langOption(u.lang.output))
    .helpOption('-h, --help', u.help)
    .action(
      (
        assessment: string,
        files: string[],
        options: { out: string; bank?: string; by?: string; lang: Locale }
      ) => run(() => ledgerApplyCommand(assessment, files, options, ctx), options.lang)
    )

  program
    .command('sample')
    .description(u.sample.description)
    .option('-o, --out <file.json>', u.sample.out)
    .option('-s, --seed <n>', u.sample.seed, parseSeed, 1)
    .option('-b, --bank <file>', u.sample.bank)
    .option('-p, --profile <id>', u.sample.profile)
    .option('-e, --evidence-dir <folder>', u.sample.evidenceDir)
    .addOption(langOption(u.lang.messages))
    .helpOption('-h, --help', u.help)
    .action((options: SampleOptions & { lang: Locale }) =>
      run(() => sampleCommand(options, ctx), options.lang)
    )

  program
    .command('assessment')
    .description(u.assessment.group)
    .addOption(langOption(u.lang.messages))
    .helpOption('-h, --help', u.help)
    .helpCommand('help [command]', u.helpCommand)
    .command('upgrade')
    .description(u.assessment.upgrade)
    .argument('<assessment.json>', u.assessment.file)
    .requiredOption('-b, --bank <bank>', u.assessment.bank)
    .requiredOption('-o, --out <file.json>', u.assessment.out)
    .option('--from <file>', u.assessment.from)
    .option('--by <name>', u.assessment.by)
    .addOption(langOption(u.lang.output))
    .helpOption('-h, --help', u.help)
    .action(
      (
        file: string,
        options: { bank: string; out: string; from?: string; by?: string; lang: Locale }
      ) => run(() => assessmentUpgradeCommand(file, options, ctx), options.lang)
    )

  program
    .command('score')
    .description(u.score.description)
    .argument('<assessment.json>', u.score.file)
    .option('--json', u.score.json)
    .option('-b, --bank <file>', u.otherBank)
    .addOption(langOption(u.lang.report))
    .helpOption('-h, --help', u.help)
    .action((file: string, options: { json?: boolean; bank?: string; lang: Locale }) =>
      run(() => scoreCommand(file, options, ctx), options.lang)
    )
  program
    .command('compare')
    .description(u.compare.description)
    .argument('<prev.json>', u.compare.previous)
    .argument('<curr.json>', u.compare.current)
    .option('--json', u.compare.json)
    .addOption(langOption(u.lang.report))
    .helpOption('-h, --help', u.help)
    .action((previous: string, current: string, options: { json?: boolean; lang: Locale }) =>
      run(() => compareCommand(previous, current, options, ctx), options.lang)
    )
  program
    .command('report')
    .description(u.report.description)
    .argument('<assessment.json...>', u.report.files)
    .requiredOption('-o, --out <file>', u.report.out)
    .addOption(
      new Option('-f, --format <format>', u.report.format).choices(['xlsx', 'docx', 'pdf'])
    )
    .option('-b, --bank <file>', u.otherBank)
    .addOption(langOption(u.lang.report))
    .helpOption('-h, --help', u.help)
    .action(
      (
        files: string[],
        options: { out: string; format?: 'xlsx' | 'docx' | 'pdf'; bank?: string; lang: Locale }
      ) => run(() => reportCommand(files, options, ctx), options.lang)
    )
  const pkg = program
    .command('package')
    .description(u.pkg.group)
    .addOption(langOption(u.lang.messages))
    .helpOption('-h, --help', u.help)
    .helpCommand('help [command]', u.helpCommand)
  pkg
    .command('create')
    .description(u.pkg.create)
    .argument('<assessment.json...>', u.pkg.files)
    .requiredOption('-o, --out <file>', u.pkg.createOut)
    .option('-e, --evidence <folder>', u.pkg.evidence, collect)
    .option('-b, --bank <file>', u.otherBank)
    .option('-p, --passphrase-file <file>', u.pkg.passphrase)
    .option('--no-encryption', u.pkg.noEncryption)
    .addOption(langOption(u.lang.output))
    .helpOption('-h, --help', u.help)
    .action((files: string[], options: PackageCreateOptions & { lang: Locale }) =>
      run(() => packageCreateCommand(files, options, ctx), options.lang)
    )
  pkg
    .command('open')
    .description(u.pkg.open)
    .argument('<package>', u.pkg.packageFile)
    .requiredOption('-o, --out <folder>', u.pkg.openOut)
    .option('-p, --passphrase-file <file>', u.pkg.passphrase)
    .addOption(langOption(u.lang.output))
    .helpOption('-h, --help', u.help)
    .action((file: string, options: PackageReadOptions & { out: string; lang: Locale }) =>
      run(() => packageOpenCommand(file, options, ctx), options.lang)
    )
  pkg
    .command('verify')
    .description(u.pkg.verify)
    .argument('<package>', u.pkg.packageFile)
    .option('-p, --passphrase-file <file>', u.pkg.passphrase)
    .addOption(langOption(u.lang.output))
    .helpOption('-h, --help', u.help)
    .action((file: string, options: PackageReadOptions & { lang: Locale }) =>
      run(() => packageVerifyCommand(file, options, ctx), options.lang)
    )
  return program
}

/** Repeated options (`--evidence a --evidence b`) collect into a list. */
const collect = (value: string, previous: string[] = []): string[] => [...previous, value]

/**
 * Runs the program on `argv` (without the node and script entries) and returns the exit code:
 * 0 success (also for --help and --version), 1 usage or invalid input, 2 I/O failure.
 */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  let exitCode = EXIT_OK
  // The language is chosen before the program is built, so its usage text is in it too.
  const language = languageFromArguments(argv) ?? ctx.language
  const program = createProgram({ ...ctx, language }, (code) => (exitCode = code))
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
