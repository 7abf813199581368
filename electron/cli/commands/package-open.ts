import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Locale } from '../../../shared/bank/primitives'
import { CONTAINER_PATH, decryptContainer } from '../../../shared/crypto/container'
import { readHeader } from '../../../shared/crypto/header'
import { startsLikeContainer } from '../../../shared/crypto/magic'
import { SEALED_CONTENT_TERMS } from '../../../shared/issues/catalogue/encrypted'
import {
  DEFAULT_PACKAGE_LIMITS,
  describeBytes,
  readPackage,
  type PackageContents
} from '../../../shared/package'
import { packageZipSpec } from '../../../shared/package/read-package'
import { issueText } from '../../../shared/util/issue-codes'
import { wholeFileIssue } from '../../../shared/util/validation'
import { unzipChecked } from '../../../shared/zip'
import type { CliContext } from '../context'
import { CliError, EXIT_OK, invalidInput, ioError, readBytes, writeOutput } from '../io'
import { CLI_TEXTS, say } from '../language'
import { PACKAGE_TEXTS } from '../package-texts'
import { readPassphrase } from '../passphrase'

export interface PackageReadOptions {
  /** A file holding the passphrase, or `-` for standard input. */
  passphraseFile?: string
  lang?: Locale
}

interface OpenedPackage {
  /** The inner package (the zip), exactly as it was sealed. */
  plain: Uint8Array
  contents: PackageContents
  /** PBKDF2 iterations of an encrypted package; null for a plain one. */
  iterations: number | null
}

/**
 * Reads a package file as the app's file-check worker does (renderer/src/features/file-check):
 * an encrypted one is decrypted with the passphrase (a bad header and a failed integrity check
 * are different refusals), then every check of readPackage runs on the inner package.
 */
async function openPackageFile(
  file: string,
  options: PackageReadOptions,
  ctx: CliContext
): Promise<OpenedPackage> {
  const bytes = await readBytes(ctx.io, file)
  let plain = bytes
  let iterations: number | null = null
  if (startsLikeContainer(bytes)) {
    const header = readHeader(bytes, 'package')
    if (!header.ok) throw invalidInput(file, [wholeFileIssue(header.issue, CONTAINER_PATH)])
    if (options.passphraseFile === undefined)
      throw invalidInput(file, [
        wholeFileIssue(
          issueText('encrypted.passphraseMissing', { what: SEALED_CONTENT_TERMS.package }),
          CONTAINER_PATH
        )
      ])
    const opened = await decryptContainer(
      bytes,
      await readPassphrase(options.passphraseFile, ctx),
      'package'
    )
    if (!opened.ok) throw invalidInput(file, opened.issues)
    plain = opened.value
    iterations = header.value.iterations
  }
  const read = readPackage(plain)
  if (!read.ok) throw invalidInput(file, read.issues)
  return { plain, contents: read.value, iterations }
}

/** True when the folder is missing or empty. */
async function isFreshFolder(path: string): Promise<boolean> {
  try {
    return (await readdir(path)).length === 0
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true
    throw ioError('list', path, error)
  }
}

/**
 * `package open p.sapkg --out folder [--passphrase-file f]`: checks the package completely, then
 * writes its files into a new (or empty) folder with the package's own layout — manifest.json,
 * assessments/<id>.json, evidence/<sha256>, banks/<id>-<version>.json — byte for byte as they are
 * inside. Nothing is written when any check fails, and nothing is ever overwritten.
 */
export async function packageOpenCommand(
  file: string,
  options: PackageReadOptions & { out: string },
  ctx: CliContext
): Promise<number> {
  const language = options.lang ?? ctx.language
  if (!(await isFreshFolder(resolve(ctx.io.cwd, options.out))))
    throw new CliError(PACKAGE_TEXTS.outExists(options.out))
  const { plain } = await openPackageFile(file, options, ctx)
  const unzipped = unzipChecked(plain, packageZipSpec(DEFAULT_PACKAGE_LIMITS))
  if (!unzipped.ok) throw invalidInput(file, unzipped.issues)
  const names = [...unzipped.value.keys()].sort()
  for (const name of names)
    await writeOutput(ctx.io, join(options.out, name), unzipped.value.get(name)!.data)
  ctx.io.stdout(
    `${say(CLI_TEXTS.wrote(options.out, PACKAGE_TEXTS.openedHolds(names.length)), language)}\n`
  )
  return EXIT_OK
}

/**
 * `package verify p.sapkg [--passphrase-file f]`: every check of the import (integrity of the
 * container, the zip, the manifest, each part's size and SHA-256, the assessments against their
 * banks, the evidence), and a summary of what the package holds. Writes nothing.
 */
export async function packageVerifyCommand(
  file: string,
  options: PackageReadOptions,
  ctx: CliContext
): Promise<number> {
  const language = options.lang ?? ctx.language
  const { contents, iterations } = await openPackageFile(file, options, ctx)
  const { manifest, assessments, evidence, banks } = contents
  const lines = [
    PACKAGE_TEXTS.valid(file, say(PACKAGE_TEXTS.encryption(iterations), language)),
    PACKAGE_TEXTS.exported(manifest.exportedAt, manifest.generator),
    ...assessments.map((a) =>
      PACKAGE_TEXTS.assessmentLine(
        a.metadata.institution,
        a.metadata.period.start,
        a.metadata.period.end,
        a.id
      )
    ),
    PACKAGE_TEXTS.counts(
      evidence.size,
      describeBytes([...evidence.values()].reduce((sum, bytes) => sum + bytes.length, 0)),
      banks.map((bank) => `${bank.id} ${bank.version}`).join(', ')
    ),
    PACKAGE_TEXTS.checked(manifest.parts.length)
  ]
  for (const line of lines) ctx.io.stdout(`${say(line, language)}\n`)
  return EXIT_OK
}
