import { CliError, EXIT_IO, findPackageRoot } from './io'
import { languageFromEnvironment } from './language'
import { processIo, runCli } from './program'

// Entry of out/cli/index.js, started by bin/stability-assessor.js. Exit codes: docs/cli.md.
try {
  process.exitCode = await runCli(process.argv.slice(2), {
    io: processIo(),
    packageRoot: findPackageRoot(),
    language: languageFromEnvironment(process.env)
  })
} catch (error) {
  process.stderr.write(`stability-assessor: ${(error as Error).message}\n`)
  process.exitCode = error instanceof CliError ? error.exitCode : EXIT_IO
}
