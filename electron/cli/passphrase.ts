import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../shared/crypto/passphrase-strength'
import type { CliContext } from './context'
import { CliError, EXIT_IO, readBytes } from './io'
import { PACKAGE_TEXTS } from './package-texts'

/** Longer than any passphrase anyone types: a bigger "passphrase file" is the wrong file. */
export const MAX_PASSPHRASE_CHARACTERS = 1024

/** Standard input as the passphrase source: `--passphrase-file -`. */
export const STDIN = '-'

/**
 * The passphrase from `--passphrase-file <file>` (or `-`, standard input): UTF-8, one trailing
 * line end removed (`echo` and editors add one), nothing else trimmed, because spaces may be part
 * of a passphrase. Never from an argument: argv is visible to every user of the machine (`ps`)
 * and kept in shell history (docs/security.md).
 */
export async function readPassphrase(source: string, ctx: CliContext): Promise<string> {
  let bytes: Uint8Array
  if (source === STDIN) {
    if (ctx.io.stdin === undefined) throw new CliError(PACKAGE_TEXTS.noStdin, EXIT_IO)
    bytes = await ctx.io.stdin()
  } else bytes = await readBytes(ctx.io, source)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new CliError(PACKAGE_TEXTS.passphraseNotText(source))
  }
  const passphrase = text.replace(/\r?\n$/, '')
  if (passphrase.length === 0) throw new CliError(PACKAGE_TEXTS.passphraseEmpty(source))
  if (passphrase.length > MAX_PASSPHRASE_CHARACTERS)
    throw new CliError(PACKAGE_TEXTS.passphraseTooLong(source, MAX_PASSPHRASE_CHARACTERS))
  return passphrase
}

/**
 * A new passphrase for encrypting: refused below the app's minimum length (the protect dialog's
 * rule), else returned with the strength hint the dialog shows.
 */
export async function readNewPassphrase(
  source: string,
  ctx: CliContext
): Promise<{ passphrase: string; level: 'weak' | 'fair' | 'strong' }> {
  const passphrase = await readPassphrase(source, ctx)
  const { level } = passphraseStrength(passphrase)
  if (level === 'tooShort')
    throw new CliError(PACKAGE_TEXTS.passphraseTooShort(source, MIN_PASSPHRASE_LENGTH))
  return { passphrase, level }
}
