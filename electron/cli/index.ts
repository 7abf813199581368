import { CliError, EXIT_IO, findPackageRoot } from './io'
import { languageFromArguments, languageFromEnvironment, say } from './language'
import { processIo, runCli } from './program'

// Entry of out/cli/index.js, started by bin/stability-assessor.js. Exit codes: docs/cli.md.
const argv = process.argv.slice(2)
const language = languageFromArguments(argv) ?? languageFromEnvironment(process.env)
try {
  process.exitCode = await runCli(argv, {
    io: processIo(),
    packageRoot: findPackageRoot(),
    language
  })
} catch (error) {
  const words = error instanceof CliError ? say(error.text, language) : (error as Error).message
  process.stderr.write(`stability-assessor: ${words}\n`)
  process.exitCode = error instanceof CliError ? error.exitCode : EXIT_IO
}
