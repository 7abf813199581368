import { basename } from 'node:path'
import type { Locale } from '../../../shared/bank/primitives'
import {
  readRegisterFile,
  REGISTER_KIND_TABLE,
  registerTemplate,
  type RegisterImport
} from '../../../shared/registers'
import type { CliContext } from '../context'
import { EXIT_OK, invalidInput, readBytes } from '../io'
import { renderTable } from '../table'
import { LEDGER_TEXTS } from './ledger-texts'
import { writeTemplate } from './template'

/** `ledger template --out <registers.xlsx>`: the register template with dropdowns and instructions. */
export async function ledgerTemplateCommand(
  options: { out: string; lang: Locale },
  ctx: CliContext
): Promise<number> {
  return writeTemplate(options, ctx, LEDGER_TEXTS.templateXlsx, () =>
    registerTemplate(options.lang)
  )
}

/** Reads register files; the first refused one ends the command with its problems (exit 1). */
export async function readRegisterFiles(
  files: readonly string[],
  ctx: CliContext,
  importedAt = new Date().toISOString()
): Promise<RegisterImport[]> {
  const read: RegisterImport[] = []
  for (const file of files) {
    const result = await readRegisterFile(basename(file), await readBytes(ctx.io, file), {
      importedAt
    })
    if (!result.ok) throw invalidInput(file, result.issues)
    read.push(result.value)
  }
  return read
}

/** What was read of each file: registers, rows, rows left out, and the file's SHA-256. */
export function describeImports(imports: readonly RegisterImport[], language: Locale): string {
  const words = LEDGER_TEXTS.columns[language]
  return imports
    .map(({ source, tables }) => {
      const rows = tables.map((table) => [
        REGISTER_KIND_TABLE[table.kind].sheet[language],
        table.sheet,
        String(table.rows.length),
        String(table.repeatedHeaders)
      ])
      const head = `${source.name}  SHA-256 ${source.sha256}${source.encoding === undefined ? '' : `  (${source.encoding})`}`
      const table = renderTable(
        [words.register, words.sheet, words.rows, words.repeatedHeaders],
        rows,
        {
          align: ['left', 'left', 'right', 'right'],
          indent: 2
        }
      )
      return `${head}\n${table}`
    })
    .join('\n')
}

/** `ledger check <file>...`: reads each register file and prints what it holds, or its problems. */
export async function ledgerCheckCommand(
  files: readonly string[],
  options: { lang: Locale },
  ctx: CliContext
): Promise<number> {
  const imports = await readRegisterFiles(files, ctx)
  ctx.io.stdout(describeImports(imports, options.lang))
  return EXIT_OK
}
