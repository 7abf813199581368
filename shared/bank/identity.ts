import { canonicalJson } from '../util/canonical-json'
import { sha256Hex } from '../util/sha256'
import type { ParseResult } from '../util/validation'
import type { Bank, BankRef } from './bank'
import { parseBank } from './parse'

/**
 * SHA-256 (hex) of the bank's canonical JSON. Pass the parsed bank (defaults applied), so an
 * authored file that spells a default out and one that leaves it implicit hash the same, and key
 * order or whitespace never matter.
 */
export function bankContentHash(bank: Bank): string {
  return sha256Hex(canonicalJson(bank))
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
