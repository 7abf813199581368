import { Command } from 'commander'
import { productName, version } from '../../package.json'

/**
 * The command-line program (`stability-assessor`). Plain Node: it must never import Electron, so
 * it runs on machines and CI jobs without the Electron binary (boundaries.test.ts checks this).
 * Domain commands are added here as `program.command(...)`.
 */
export function createProgram(): Command {
  return new Command()
    .name('stability-assessor')
    .description(`${productName} — offline stability assessment (command line)`)
    .version(`${productName} ${version}`, '-v, --version', 'print the name and version')
    .helpOption('-h, --help', 'show this help')
}
