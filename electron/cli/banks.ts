import { readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { Bank, BankRef } from '../../shared/bank'
import { bankRef, parseBank } from '../../shared/bank'
import { newestBank } from '../../shared/bank/versions'
import type { CliIo } from './io'
import type { CliContext } from './context'
import { CLI_TEXTS, say } from './language'
import { CliError, EXIT_IO, extensionOf, invalidInput, readBytes, readJson } from './io'
import { workbookToBank } from '../../shared/bank-xlsx'

/** A bank read from a file, with its identity. */
export interface LoadedBank {
  bank: Bank
  ref: BankRef
  path: string
}

/** The folder of installed banks (the built-in ones, as the app ships them). */
export const BANKS_DIR = 'resources/banks'

/**
 * Reads a bank from `.json` or `.xlsx`. Problems are listed with their JSON path (JSON) or sheet,
 * row and column (workbook); the command then ends with exit code 1.
 */
export async function loadBankFile(io: CliIo, path: string): Promise<LoadedBank> {
  const ext = extensionOf(path)
  let bank: Bank
  if (ext === 'xlsx') {
    const parsed = await workbookToBank(await readBytes(io, path))
    if (!parsed.ok) throw invalidInput(path, parsed.issues)
    bank = parsed.value
  } else if (ext === 'json') {
    const parsed = parseBank(await readJson(io, path))
    if (!parsed.ok) throw invalidInput(path, parsed.issues)
    bank = parsed.value
  } else {
    throw new CliError(CLI_TEXTS.notBankFile(path))
  }
  return { bank, ref: bankRef(bank), path }
}

/** Every installed bank that reads cleanly (a broken file is skipped and reported on stderr). */
export async function installedBanks(ctx: CliContext): Promise<LoadedBank[]> {
  const { io } = ctx
  const dir = join(ctx.packageRoot, BANKS_DIR)
  let names: string[]
  try {
    names = (await readdir(dir)).filter((name) => name.toLowerCase().endsWith('.json')).sort()
  } catch {
    throw new CliError(CLI_TEXTS.installedBanks(dir), EXIT_IO)
  }
  const banks: LoadedBank[] = []
  for (const name of names) {
    const path = join(dir, name)
    try {
      banks.push(await loadBankFile({ ...io, cwd: dir }, path))
    } catch (error) {
      if (!(error instanceof CliError)) throw error
      io.stderr(
        `${say(CLI_TEXTS.skippingBank(relative(io.cwd, path), error.text), ctx.language)}\n`
      )
    }
  }
  return banks
}

/**
 * The exact bank an assessment was made for: the one given with --bank, or the installed bank
 * with the same id, version and content hash. Anything else is refused with an explanation of
 * which bank was expected, because scoring against different content gives different numbers.
 */
export async function resolveBank(
  ctx: CliContext,
  wanted: BankRef,
  bankOption: string | undefined
): Promise<LoadedBank> {
  if (bankOption !== undefined) {
    const loaded = await loadBankFile(ctx.io, bankOption)
    const got = loaded.ref
    if (
      got.id !== wanted.id ||
      got.version !== wanted.version ||
      got.contentHash !== wanted.contentHash
    )
      throw new CliError(CLI_TEXTS.otherBankGiven(bankOption, got, wanted))
    return loaded
  }
  const banks = await installedBanks(ctx)
  const exact = banks.find(
    (b) =>
      b.ref.id === wanted.id &&
      b.ref.version === wanted.version &&
      b.ref.contentHash === wanted.contentHash
  )
  if (exact !== undefined) return exact
  const sameVersion = banks.find((b) => b.ref.id === wanted.id && b.ref.version === wanted.version)
  if (sameVersion !== undefined)
    throw new CliError(
      CLI_TEXTS.installedBankDiffers(
        wanted,
        relative(ctx.io.cwd, sameVersion.path),
        sameVersion.ref.contentHash
      )
    )
  const installed = banks.map((b) => `${b.ref.id} ${b.ref.version}`)
  throw new CliError(CLI_TEXTS.bankNotInstalled(wanted, installed))
}

/**
 * The bank a command names: a bank file (.json / .xlsx), or an installed bank by id, optionally
 * `id@version` (the newest installed version otherwise, by the app's own rule).
 */
export async function bankByName(name: string, ctx: CliContext): Promise<LoadedBank> {
  const ext = extensionOf(name)
  if (ext === 'json' || ext === 'xlsx') return loadBankFile(ctx.io, name)
  const [id = '', version] = name.split('@')
  const banks = (await installedBanks(ctx)).filter(
    (b) => version === undefined || b.ref.version === version
  )
  const newest = newestBank(banks, id, (b) => b.ref)
  if (newest === undefined)
    throw new CliError(
      `${name}: no such bank file, and no installed bank "${id}"${version === undefined ? '' : ` version ${version}`}`
    )
  return newest
}
