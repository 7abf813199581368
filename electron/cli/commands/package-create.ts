import { readdir, stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import type { Assessment } from '../../../shared/assessment'
import { validateAssessmentAgainstBank } from '../../../shared/assessment'
import type { Bank } from '../../../shared/bank'
import type { Locale } from '../../../shared/bank/primitives'
import { encryptContainer } from '../../../shared/crypto/container'
import { writePackage, type PackageEvidence } from '../../../shared/package'
import { fileReferences } from '../../../shared/package/read-parts'
import { sha256Hex } from '../../../shared/util/sha256'
import { productName, version } from '../../../package.json'
import { resolveBank } from '../banks'
import type { CliContext } from '../context'
import {
  CliError,
  EXIT_INVALID,
  EXIT_IO,
  EXIT_OK,
  extensionOf,
  invalidInput,
  readBytes,
  writeOutput
} from '../io'
import { readAssessmentFile } from '../assessment-file'
import { CLI_TEXTS, say, type CliText } from '../language'
import { PACKAGE_TEXTS } from '../package-texts'
import { readNewPassphrase } from '../passphrase'

export interface PackageCreateOptions {
  out: string
  /** Folders holding the attached files, matched by SHA-256 (searched recursively). */
  evidence?: string[]
  bank?: string
  /** A file holding the passphrase, or `-` for standard input. */
  passphraseFile?: string
  /** commander's `--no-encryption`: false when given. */
  encryption?: boolean
  lang?: Locale
  /** For tests: the export time written into the manifest. */
  now?: () => Date
}

/** Every file under the folders, by SHA-256; the first file with a given hash wins. */
async function evidenceByHash(
  folders: readonly string[],
  wanted: ReadonlySet<string>,
  ctx: CliContext
): Promise<Map<string, PackageEvidence>> {
  const found = new Map<string, PackageEvidence>()
  for (const folder of folders) {
    const root = resolve(ctx.io.cwd, folder)
    let isFolder: boolean
    try {
      isFolder = (await stat(root)).isDirectory()
    } catch {
      isFolder = false
    }
    if (!isFolder) throw new CliError(PACKAGE_TEXTS.notFolder(folder), EXIT_IO)
    const names = (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
    for (const path of names) {
      if (found.size === wanted.size) return found
      const bytes = await readBytes(ctx.io, relative(ctx.io.cwd, path) || path)
      const sha256 = sha256Hex(bytes)
      if (wanted.has(sha256) && !found.has(sha256)) found.set(sha256, { sha256, bytes })
    }
  }
  return found
}

/** The protection asked for: a new passphrase, or an explicit --no-encryption. */
async function chosenProtection(
  options: PackageCreateOptions,
  ctx: CliContext
): Promise<{ passphrase: string; level: 'weak' | 'fair' | 'strong' } | null> {
  const plain = options.encryption === false
  if (plain && options.passphraseFile !== undefined)
    throw new CliError(PACKAGE_TEXTS.bothProtections)
  const extension = extensionOf(options.out)
  if (plain) {
    if (extension !== 'zip') throw new CliError(PACKAGE_TEXTS.plainName(options.out))
    return null
  }
  if (extension !== 'sapkg') throw new CliError(PACKAGE_TEXTS.encryptedName(options.out))
  if (options.passphraseFile === undefined) throw new CliError(PACKAGE_TEXTS.needPassphrase)
  return readNewPassphrase(options.passphraseFile, ctx)
}

/**
 * `package create <assessment.json>... --out p.sapkg [--evidence folder]... [--bank file]
 * [--passphrase-file f | --no-encryption]`: the package the app exports (docs/package-format.md),
 * from assessment files: each checked against its exact bank (carried along), every attached file
 * found by SHA-256 in the --evidence folders, then sealed in the container of docs/security.md.
 * Nothing is written unless everything is there.
 */
export async function packageCreateCommand(
  files: readonly string[],
  options: PackageCreateOptions,
  ctx: CliContext
): Promise<number> {
  if (files.length === 0) throw new CliError(PACKAGE_TEXTS.noAssessments)
  const protection = await chosenProtection(options, ctx)
  const assessments: Assessment[] = []
  const banks = new Map<string, Bank>()
  const sources = new Map<string, string>()
  for (const file of files) {
    const assessment = await readAssessmentFile(ctx.io, file)
    const earlier = sources.get(assessment.id)
    if (earlier !== undefined)
      throw new CliError(PACKAGE_TEXTS.duplicateAssessment(assessment.id, earlier, file))
    sources.set(assessment.id, file)
    const hash = assessment.bank.contentHash
    const bank = banks.get(hash) ?? (await resolveBank(ctx, assessment.bank, options.bank)).bank
    banks.set(hash, bank)
    const issues = validateAssessmentAgainstBank(assessment, bank)
    if (issues.length > 0) throw invalidInput(CLI_TEXTS.againstBank(file, bank), issues)
    assessments.push(assessment)
  }
  const references = assessments.flatMap((assessment) =>
    fileReferences(assessment).map(({ ref }) => ({ file: sources.get(assessment.id)!, ref }))
  )
  const wanted = new Set(references.map(({ ref }) => ref.sha256))
  const evidence = await evidenceByHash(options.evidence ?? [], wanted, ctx)
  const missing = new Map<string, CliText>()
  for (const { file, ref } of references)
    if (!evidence.has(ref.sha256) && !missing.has(ref.sha256))
      missing.set(
        ref.sha256,
        PACKAGE_TEXTS.evidenceMissingLine(file, ref.name, ref.sha256, ref.size)
      )
  if (missing.size > 0)
    throw new CliError(PACKAGE_TEXTS.evidenceMissing(missing.size), EXIT_INVALID, [
      ...missing.values()
    ])
  for (const { ref } of references) {
    const item = evidence.get(ref.sha256)!
    item.name ??= ref.name
    if (ref.mimeType !== undefined) item.mimeType ??= ref.mimeType
  }
  const plain = writePackage({
    assessments,
    evidence: [...evidence.values()],
    banks: [...banks.values()],
    generator: `${productName} ${version} (command line)`,
    exportedAt: (options.now ?? (() => new Date()))().toISOString()
  })
  const bytes =
    protection === null ? plain : await encryptContainer(plain, protection.passphrase, 'package')
  await writeOutput(ctx.io, options.out, bytes)
  const language = options.lang ?? ctx.language
  if (protection === null) ctx.io.stderr(`${say(PACKAGE_TEXTS.unencryptedWarning, language)}\n`)
  else ctx.io.stdout(`${say(PACKAGE_TEXTS.strength(protection.level), language)}\n`)
  ctx.io.stdout(
    `${say(CLI_TEXTS.wrote(options.out, PACKAGE_TEXTS.createdHolds(assessments.length, evidence.size, protection !== null)), language)}\n`
  )
  return EXIT_OK
}
