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
import { verifyCommand } from './commands/verify'
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

  /** A command group (`bank`, `ledger` …): its own --lang, --help and `help [command]`. */
  const group = (name: string, description: string): Command =>
    program
      .command(name)
      .description(description)
      .addOption(langOption(u.lang.messages))
      .helpOption('-h, --help', u.help)
      .helpCommand('help [command]', u.helpCommand)
  /** A command that runs: its arguments and options, then --lang and --help, in help order. */
  const leaf = <O extends CommandOptions>(parent: Command, spec: CommandSpec<O>): void => {
    const command = parent.command(spec.name).description(spec.description)
    for (const [name, what] of spec.args ?? []) command.argument(name, what)
    for (const option of spec.options ?? []) command.addOption(option)
    command
      .addOption(langOption(spec.lang))
      .helpOption('-h, --help', u.help)
      .action((...values: unknown[]) => {
        // commander passes the arguments, then the options, then the command itself.
        const options = values.at(-2) as O
        return run(() => spec.run(values.slice(0, -2) as CommandArgs, options), options.lang)
      })
  }
  const optional = (flags: string, what: string): Option => new Option(flags, what)
  const required = (flags: string, what: string): Option =>
    new Option(flags, what).makeOptionMandatory()
  const otherBank = (): Option => optional('-b, --bank <file>', u.otherBank)
  const passphrase = (): Option => optional('-p, --passphrase-file <file>', u.pkg.passphrase)

  const bank = group('bank', u.bank.group)
  leaf(bank, {
    name: 'validate',
    description: u.bank.validate,
    args: [['<file>', u.bank.file]],
    lang: u.lang.problems,
    run: ([file]) => bankValidateCommand(file as string, ctx)
  })
  leaf(bank, {
    name: 'template',
    description: u.bank.template,
    options: [required('-o, --out <file.xlsx>', u.bank.templateOut)],
    lang: u.lang.messages,
    run: (_, options: { out: string; lang: Locale }) => bankTemplateCommand(options, ctx)
  })
  leaf(bank, {
    name: 'convert',
    description: u.bank.convert,
    args: [['<in>', u.bank.convertIn]],
    options: [required('-o, --out <file>', u.bank.convertOut)],
    lang: u.lang.problems,
    run: ([input], options: { out: string; lang: Locale }) =>
      bankConvertCommand(input as string, options, ctx)
  })
  leaf(bank, {
    name: 'weights',
    description: u.bank.weights,
    args: [['<bank>', u.bank.weightsBank]],
    options: [
      optional('-p, --profile <id>', u.sample.profile),
      optional('--json', u.bank.weightsJson)
    ],
    lang: u.lang.output,
    run: ([name], options) => bankWeightsCommand(name as string, options, ctx)
  })

  const ledger = group('ledger', u.ledger.group)
  leaf(ledger, {
    name: 'template',
    description: u.ledger.template,
    options: [required('-o, --out <file.xlsx>', u.ledger.templateOut)],
    lang: u.lang.output,
    run: (_, options: { out: string; lang: Locale }) => ledgerTemplateCommand(options, ctx)
  })
  leaf(ledger, {
    name: 'check',
    description: u.ledger.check,
    args: [['<file...>', u.ledger.files]],
    lang: u.lang.output,
    run: ([files], options) => ledgerCheckCommand(files as string[], options, ctx)
  })
  leaf(ledger, {
    name: 'apply',
    description: u.ledger.apply,
    args: [
      ['<assessment.json>', u.ledger.assessment],
      ['<file...>', u.ledger.files]
    ],
    options: [
      required('-o, --out <file.json>', u.ledger.applyOut),
      optional('-b, --bank <file>', u.ledger.bank),
      optional('--by <name>', u.ledger.by)
    ],
    lang: u.lang.output,
    run: (
      [assessment, files],
      options: { out: string; bank?: string; by?: string; lang: Locale }
    ) => ledgerApplyCommand(assessment as string, files as string[], options, ctx)
  })

  leaf(program, {
    name: 'sample',
    description: u.sample.description,
    options: [
      optional('-o, --out <file.json>', u.sample.out),
      optional('-s, --seed <n>', u.sample.seed).argParser(parseSeed).default(1),
      optional('-b, --bank <file>', u.sample.bank),
      optional('-p, --profile <id>', u.sample.profile),
      optional('-e, --evidence-dir <folder>', u.sample.evidenceDir)
    ],
    lang: u.lang.messages,
    run: (_, options: SampleOptions & { lang: Locale }) => sampleCommand(options, ctx)
  })

  leaf(group('assessment', u.assessment.group), {
    name: 'upgrade',
    description: u.assessment.upgrade,
    args: [['<assessment.json>', u.assessment.file]],
    options: [
      required('-b, --bank <bank>', u.assessment.bank),
      required('-o, --out <file.json>', u.assessment.out),
      optional('--from <file>', u.assessment.from),
      optional('--by <name>', u.assessment.by)
    ],
    lang: u.lang.output,
    run: (
      [file],
      options: { bank: string; out: string; from?: string; by?: string; lang: Locale }
    ) => assessmentUpgradeCommand(file as string, options, ctx)
  })

  leaf(program, {
    name: 'score',
    description: u.score.description,
    args: [['<assessment.json>', u.score.file]],
    options: [optional('--json', u.score.json), otherBank()],
    lang: u.lang.report,
    run: ([file], options) => scoreCommand(file as string, options, ctx)
  })
  leaf(program, {
    name: 'compare',
    description: u.compare.description,
    args: [
      ['<prev.json>', u.compare.previous],
      ['<curr.json>', u.compare.current]
    ],
    options: [optional('--json', u.compare.json)],
    lang: u.lang.report,
    run: ([previous, current], options) =>
      compareCommand(previous as string, current as string, options, ctx)
  })
  leaf(program, {
    name: 'verify',
    description: u.verify.description,
    args: [['<assessment.json>', u.verify.file]],
    options: [optional('--json', u.verify.json)],
    lang: u.verify.lang,
    run: ([file], options) => verifyCommand(file as string, options, ctx)
  })
  leaf(program, {
    name: 'report',
    description: u.report.description,
    args: [['<assessment.json...>', u.report.files]],
    options: [
      required('-o, --out <file>', u.report.out),
      optional('-f, --format <format>', u.report.format).choices(['xlsx', 'docx', 'pdf']),
      optional('-p, --password-file <file>', u.report.password),
      otherBank()
    ],
    lang: u.lang.report,
    run: (
      [files],
      options: {
        out: string
        format?: 'xlsx' | 'docx' | 'pdf'
        passwordFile?: string
        lang: Locale
      }
    ) => reportCommand(files as string[], options, ctx)
  })

  const pkg = group('package', u.pkg.group)
  leaf(pkg, {
    name: 'create',
    description: u.pkg.create,
    args: [['<assessment.json...>', u.pkg.files]],
    options: [
      required('-o, --out <file>', u.pkg.createOut),
      optional('-e, --evidence <folder>', u.pkg.evidence).argParser(collect),
      otherBank(),
      passphrase(),
      optional('--no-encryption', u.pkg.noEncryption)
    ],
    lang: u.lang.output,
    run: ([files], options: PackageCreateOptions & { lang: Locale }) =>
      packageCreateCommand(files as string[], options, ctx)
  })
  leaf(pkg, {
    name: 'open',
    description: u.pkg.open,
    args: [['<package>', u.pkg.packageFile]],
    options: [required('-o, --out <folder>', u.pkg.openOut), passphrase()],
    lang: u.lang.output,
    run: ([file], options: PackageReadOptions & { out: string; lang: Locale }) =>
      packageOpenCommand(file as string, options, ctx)
  })
  leaf(pkg, {
    name: 'verify',
    description: u.pkg.verify,
    args: [['<package>', u.pkg.packageFile]],
    options: [passphrase()],
    lang: u.lang.output,
    run: ([file], options) => packageVerifyCommand(file as string, options, ctx)
  })
  return program
}

/** A command's positional values as commander passes them: a string, or a list for `<x...>`. */
type CommandArgs = readonly (string | string[] | undefined)[]
/** A command's parsed options; every command has `--lang`. */
interface CommandOptions {
  lang: Locale
}

/** One command of the table: what help shows, and the body that runs it. */
interface CommandSpec<O extends CommandOptions> {
  name: string
  description: string
  /** Positional arguments: commander's `<name>` or `<name...>` and what it is. */
  args?: readonly (readonly [string, string])[]
  options?: readonly Option[]
  /** What `--lang` chooses for this command (messages, problems, output or report). */
  lang: string
  run: (args: CommandArgs, options: O) => Promise<number>
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
