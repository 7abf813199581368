import { canonicalJson } from '../util/canonical-json'
import { sha256Hex } from '../util/sha256'
import type { ParseResult } from '../util/validation'
import type { Bank, BankRef } from './bank'
import { parseBank } from './parse'

/**
 * The `schemaVersion` every bank is hashed with. A bank's identity is its content, not the file
 * format it is written in: moving a file to a newer format (upgrade.ts) must not turn the bank
 * assessments were answered against into a stranger. Identities were introduced with format 2,
 * so the hash is computed as if every bank were written in it; banks of format 2 keep the hash
 * they always had.
 */
export const IDENTITY_SCHEMA_VERSION = 2

/**
 * SHA-256 (hex) of the bank's canonical JSON, with `schemaVersion` written as
 * {@link IDENTITY_SCHEMA_VERSION}. Pass the parsed bank (defaults applied), so an authored file
 * that spells a default out and one that leaves it implicit hash the same, and key order or
 * whitespace never matter.
 */
export function bankContentHash(bank: Bank): string {
  return sha256Hex(canonicalJson({ ...bank, schemaVersion: IDENTITY_SCHEMA_VERSION }))
}

/** What an assessment stores to name the exact bank it was answered against. */
export function bankRef(bank: Bank): BankRef {
  return { id: bank.id, version: bank.version, contentHash: bankContentHash(bank) }
}

/** Parses a bank file's JSON (see parseBank) and identifies it. */
export function loadBank(raw: unknown): ParseResult<{ bank: Bank; ref: BankRef }> {
  const parsed = parseBank(raw)
  if (!parsed.ok) return parsed
  return { ok: true, value: { bank: parsed.value, ref: bankRef(parsed.value) } }
}

/** Whether a stored reference names exactly this bank (same id, version and content). */
export function sameBank(a: BankRef, b: BankRef): boolean {
  return a.id === b.id && a.version === b.version && a.contentHash === b.contentHash
}
