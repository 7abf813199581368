import { createProgram } from './program'

// Entry of out/main/cli.js, started by bin/stability-assessor.js.
await createProgram().parseAsync(process.argv)
