import type { Assessment } from '../../../shared/assessment'
import { validateAssessmentAgainstBank } from '../../../shared/assessment'
import type { Bank } from '../../../shared/bank'
import type { Locale } from '../../../shared/bank/primitives'
import {
  buildConsolidatedModel,
  buildReportModel,
  isoWithOffset,
  writeConsolidatedWorkbook,
  writeReportWorkbook
} from '../../../shared/report'
import { buildReportDocument, writeReportDocx } from '../../../shared/report-doc'
import { registerSheetInput } from '../../../shared/registers/sheet-input'
import type { RegisterSheetInput } from '../../../shared/report'
import { scoreAssessment } from '../../../shared/scoring'
import { productName, version } from '../../../package.json'
import { resolveBank } from '../banks'
import type { CliContext } from '../context'
import { CliError, EXIT_OK, extensionOf, invalidInput, writeOutput } from '../io'
import { readAssessmentFile } from '../assessment-file'
import { CLI_TEXTS, say } from '../language'
import { installedMeasures } from '../measures'
import { docxToPdf, findSoffice } from '../libreoffice'
import { readNewPassphrase } from '../passphrase'
import { protectOfficeFile } from '../../../shared/office-crypto'

/** What `report` writes: the scored workbook, or the report of record in Word or PDF. */
export const REPORT_FORMATS = ['xlsx', 'docx', 'pdf'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

export interface ReportOptions {
  out: string
  /** Default: the --out extension's, else xlsx. */
  format?: ReportFormat
  /** Where to look for LibreOffice (`--format pdf`); default: the PATH. For tests. */
  soffice?: () => string | null
  bank?: string
  lang?: Locale
  /** When the report says it was generated (ISO 8601 with offset); default now. For tests. */
  now?: () => Date
  /** `--password-file`: protect the workbook or Word report with a password to open. */
  passwordFile?: string
}

/**
 * The bytes to write: as built, or protected with the password read from `--password-file` (the
 * app's minimum length applies; ECMA-376 agile encryption, shared/office-crypto).
 */
async function protectedOutput(
  bytes: Uint8Array,
  options: ReportOptions,
  ctx: CliContext
): Promise<Uint8Array> {
  if (options.passwordFile === undefined) return bytes
  const { passphrase } = await readNewPassphrase(options.passwordFile, ctx)
  return protectOfficeFile(bytes, passphrase)
}

interface Loaded {
  file: string
  assessment: Assessment
  bank: Bank
}

/** Reads, checks and matches one assessment file with its exact bank (as `score` does). */
async function loadAssessment(
  file: string,
  options: ReportOptions,
  ctx: CliContext,
  banks: Map<string, Bank>
): Promise<Loaded> {
  const assessment = await readAssessmentFile(ctx.io, file)
  const ref = assessment.bank
  const key = `${ref.id}\u0000${ref.version}\u0000${ref.contentHash}`
  let bank = banks.get(key)
  if (bank === undefined) {
    bank = (await resolveBank(ctx, ref, options.bank)).bank
    banks.set(key, bank)
  }
  const issues = validateAssessmentAgainstBank(assessment, bank)
  if (issues.length > 0) throw invalidInput(CLI_TEXTS.againstBank(file, bank), issues)
  return { file, assessment, bank }
}

/**
 * The 台账明细 / Registers sheet (and the Word report's 附件6) of an assessment that carries
 * registers, built as the app builds it: the same builder over the file's registers and overrides
 * with the bank's installed measures (none installed: the files are listed, with no figure).
 */
async function registersOf(
  loaded: Loaded,
  locale: Locale,
  ctx: CliContext
): Promise<RegisterSheetInput | undefined> {
  const stored = loaded.assessment.registers
  if (stored === undefined || stored.registers.length === 0) return undefined
  const { bank } = loaded
  const measures = (await installedMeasures(ctx, bank.id, bank.version)) ?? {
    bankId: bank.id,
    bankVersions: [bank.version],
    factors: {}
  }
  return registerSheetInput({
    bank,
    measures,
    metadata: loaded.assessment.metadata,
    registers: stored.registers,
    overrides: stored.overrides,
    locale
  })
}

/** Says what was written, and that it needs its password to open when it has one. */
function written(
  ctx: CliContext,
  options: ReportOptions,
  holds: Parameters<typeof CLI_TEXTS.wrote>[1],
  locale: Locale
): void {
  ctx.io.stdout(`${say(CLI_TEXTS.wrote(options.out, holds), locale)}\n`)
  if (options.passwordFile !== undefined) ctx.io.stdout(`${say(CLI_TEXTS.passwordSet, locale)}\n`)
}

/** The report of record (评估报告) of one assessment as .docx, or as PDF through LibreOffice. */
async function writeDocument(
  loaded: Loaded,
  format: 'docx' | 'pdf',
  options: ReportOptions,
  ctx: CliContext
): Promise<number> {
  const soffice = format === 'pdf' ? (options.soffice ?? findSoffice)() : null
  if (format === 'pdf' && soffice === null) throw new CliError(CLI_TEXTS.pdfNeedsLibreOffice)
  const result = scoreAssessment(loaded.bank, loaded.assessment)
  const registers = await registersOf(loaded, options.lang ?? 'zh-CN', ctx)
  const doc = buildReportDocument({
    ...loaded,
    ...(registers === undefined ? {} : { registers }),
    result,
    locale: options.lang ?? 'zh-CN',
    generatedAt: isoWithOffset((options.now ?? (() => new Date()))()),
    generator: `${productName} ${version}`
  })
  const docx = await writeReportDocx(doc)
  await writeOutput(
    ctx.io,
    options.out,
    soffice === null ? await protectedOutput(docx, options, ctx) : await docxToPdf(soffice, docx)
  )
  const { institution, period } = loaded.assessment.metadata
  const summary = { institution, periodEnd: period.end, score: doc.overall.score, draft: doc.draft }
  const holds = CLI_TEXTS.documentHolds(summary, doc.overall.level, format === 'pdf')
  written(ctx, options, holds, options.lang ?? 'zh-CN')
  return EXIT_OK
}

/**
 * `report <assessment.json> [more.json …] --out <file> [--format xlsx|docx|pdf] [--bank file]
 * [--lang zh-CN|en-US]`: one assessment gives the scored report workbook (shared/report) or the
 * report of record in Word or PDF (shared/report-doc); several give the consolidated workbook.
 * Every file is checked and matched with its exact bank before anything is written.
 */
export async function reportCommand(
  files: readonly string[],
  options: ReportOptions,
  ctx: CliContext
): Promise<number> {
  const extension = extensionOf(options.out)
  const format =
    options.format ?? REPORT_FORMATS.find((f) => f === extension) ?? ('xlsx' as ReportFormat)
  if (extension !== format) throw new CliError(CLI_TEXTS.reportExtension(options.out, format))
  if (files.length === 0) throw new CliError(CLI_TEXTS.noAssessment)
  if (format !== 'xlsx' && files.length > 1) throw new CliError(CLI_TEXTS.oneAssessmentOnly(format))
  if (format === 'pdf' && options.passwordFile !== undefined)
    throw new CliError(CLI_TEXTS.pdfNoPassword)
  const banks = new Map<string, Bank>()
  const loaded: Loaded[] = []
  for (const file of files) loaded.push(await loadAssessment(file, options, ctx, banks))
  const locale = options.lang ?? 'zh-CN'
  const generatedAt = isoWithOffset((options.now ?? (() => new Date()))())
  const generator = `${productName} ${version}`
  const [only] = loaded
  if (format !== 'xlsx' && only !== undefined) return writeDocument(only, format, options, ctx)
  if (loaded.length === 1 && only !== undefined) {
    const result = scoreAssessment(only.bank, only.assessment)
    const model = buildReportModel({ ...only, result, locale, generatedAt, generator })
    await writeOutput(
      ctx.io,
      options.out,
      await protectedOutput(
        await writeReportWorkbook(model, await registersOf(only, locale, ctx)),
        options,
        ctx
      )
    )
    const holds = CLI_TEXTS.reportHolds({
      institution: only.assessment.metadata.institution,
      periodEnd: only.assessment.metadata.period.end,
      score: result.overall.score === null ? null : result.overall.score.toFixed(1),
      draft: model.draft
    })
    written(ctx, options, holds, locale)
    return EXIT_OK
  }
  const model = await buildConsolidatedModel({
    items: loaded.map(({ bank, assessment }) => ({ bank, assessment })),
    locale,
    generatedAt,
    generator
  })
  await writeOutput(
    ctx.io,
    options.out,
    await protectedOutput(await writeConsolidatedWorkbook(model), options, ctx)
  )
  const holds = CLI_TEXTS.consolidatedHolds(
    model.rows.length,
    model.institutionCount,
    model.redLines.length
  )
  written(ctx, options, holds, locale)
  return EXIT_OK
}
