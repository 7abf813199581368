import { randomUUID } from 'node:crypto'
import { version } from '../../../package.json'
import { serializeAssessmentFile, validateAssessmentAgainstBank } from '../../../shared/assessment'
import type { Locale } from '../../../shared/bank/primitives'
import { CLI_TEXTS, say } from '../language'
import {
  describeExclusion,
  importRegisterFile,
  measureAssessmentRegisters,
  registersTooLargeToSave,
  type ComputedInput,
  type MeasureSet
} from '../../../shared/registers'
import { resolveBank } from '../banks'
import { installedMeasures } from '../measures'
import type { RegisterTable } from '../../../shared/registers'
import { wholeFileIssue } from '../../../shared/util/validation'
import type { CliContext } from '../context'
import { CliError, EXIT_OK, extensionOf, invalidInput, writeOutput } from '../io'
import { readAssessmentFile } from '../assessment-file'
import { renderTable } from '../table'
import { describeImports, readRegisterFiles } from './ledger'
import { LEDGER_TEXTS } from './ledger-texts'

/** The measures installed for a bank; `ledger apply` needs them. */
async function measuresFor(
  ctx: CliContext,
  bankId: string,
  bankVersion: string
): Promise<MeasureSet> {
  const measures = await installedMeasures(ctx, bankId, bankVersion)
  if (measures === undefined)
    throw new CliError(
      LEDGER_TEXTS.noMeasures(
        `${ctx.packageRoot}/resources/registers/${bankId}-measures.json`,
        bankId,
        bankVersion
      )
    )
  return measures
}

/** Reasons and how many rows each excluded: `不在评估期内 ×2; 发现方式 = 外部报告 ×6`. */
function reasonSummary(input: ComputedInput, language: Locale): string {
  const counts = new Map<string, number>()
  for (const row of input.figure.pooled.excluded) {
    const words = describeExclusion(row.register, row.reason, language).replace(/[（(].*$/, '')
    counts.set(words, (counts.get(words) ?? 0) + 1)
  }
  return [...counts].map(([words, n]) => `${words} ×${n}`).join('; ')
}

/** One line per computed input (all systems), then one per system. */
export function describeComputed(computed: readonly ComputedInput[], language: Locale): string {
  const words = LEDGER_TEXTS.columns[language]
  const shown = (value: number | null) =>
    value === null ? '—' : String(Math.round(value * 100) / 100)
  const rows = computed.flatMap((input) => {
    const { pooled, bySystem } = input.figure
    return [
      [
        input.factorId,
        input.inputId,
        LEDGER_TEXTS.allSystems[language],
        shown(pooled.value),
        String(pooled.size.counted),
        String(pooled.size.excluded),
        reasonSummary(input, language)
      ],
      ...Object.entries(bySystem).map(([name, figure]) => [
        '',
        '',
        `  ${name}`,
        shown(figure.value),
        String(figure.size.counted),
        String(figure.size.excluded),
        ''
      ])
    ]
  })
  return renderTable(
    [
      words.factor,
      words.input,
      words.system,
      words.value,
      words.counted,
      words.excluded,
      words.reasons
    ],
    rows,
    {
      align: ['left', 'left', 'left', 'right', 'right', 'right', 'left'],
      maxWidth: [undefined, undefined, 24, undefined, undefined, undefined, 80]
    }
  )
}

/**
 * `ledger apply <assessment.json> <file>... --out <b.json>`: imports each register file into the
 * assessment as the app does (shared/registers/apply.ts) — the registers stored in the file
 * (each replacing its kind, overrides kept), the figures the bank's measures give over the
 * assessment's period and key systems written except overridden ones, one audit entry per file
 * with its SHA-256 — prints each computed input with its counts, and writes the assessment.
 */
export async function ledgerApplyCommand(
  assessmentFile: string,
  files: readonly string[],
  options: { out: string; bank?: string; by?: string; lang: Locale },
  ctx: CliContext
): Promise<number> {
  if (extensionOf(assessmentFile) !== 'json')
    throw new CliError(LEDGER_TEXTS.notAssessment(assessmentFile))
  const assessment = await readAssessmentFile(ctx.io, assessmentFile)
  if (assessment.status === 'finalized') throw new CliError(LEDGER_TEXTS.finalized(assessmentFile))
  const { bank } = await resolveBank(ctx, assessment.bank, options.bank)
  const measures = await measuresFor(ctx, bank.id, bank.version)
  const at = new Date().toISOString()
  const imports = await readRegisterFiles(files, ctx, at)
  const measure = (tables: readonly RegisterTable[]) =>
    measureAssessmentRegisters(bank, measures, assessment.metadata, tables)
  const context = {
    by: options.by ?? 'stability-assessor ledger apply',
    at,
    newId: () => `ledger-${randomUUID()}`
  }
  const updated = imports.reduce(
    (current, file) => importRegisterFile(current, file, (t) => measure(t).writes, context),
    assessment
  )
  // Every file fits on its own (the importer checks); together they must fit the saved part too.
  const tooLarge = registersTooLargeToSave(updated.registers?.registers.map((r) => r.table) ?? [])
  if (tooLarge !== undefined) throw invalidInput(files.join(', '), [wholeFileIssue(tooLarge)])
  const issues = validateAssessmentAgainstBank(updated, bank)
  if (issues.length > 0) throw invalidInput(`${assessmentFile} (after ledger apply)`, issues)
  const text = serializeAssessmentFile(updated, {
    generator: `stability-assessor ${version} (cli ledger apply)`,
    exportedAt: at
  })
  await writeOutput(ctx.io, options.out, text)
  const stored = updated.registers!
  const { computed } = measure(stored.registers.map((r) => r.table))
  const overridden = Object.keys(stored.overrides)
  const kept =
    overridden.length === 0 ? '' : `${say(LEDGER_TEXTS.overridesKept(overridden), options.lang)}\n`
  ctx.io.stdout(
    `${describeImports(imports, options.lang)}\n${describeComputed(computed, options.lang)}\n${kept}${say(CLI_TEXTS.wrote(options.out), options.lang)}\n`
  )
  return EXIT_OK
}
