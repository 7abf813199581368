import { bankRef, loadBank } from '@shared/bank'
import type { Bank, BankRef } from '@shared/bank/bank'
import { issueText } from '@shared/util/issue-codes'
import { parseJsonText } from '@shared/util/json-text'
import type { ValidationIssue } from '@shared/util/validation'
import { wholeFileIssue } from '@shared/util/validation'

export type BankFileResult =
  | { ok: true; bank: Bank; ref: BankRef }
  /** The file was read but fails the bank's checks (or is not JSON): every problem at its place. */
  | { ok: false; kind: 'invalid'; issues: ValidationIssue[] }
  /** The file is not something a bank can come from at all. */
  | { ok: false; kind: 'unsupported' }

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b

/**
 * Reads a bank from a picked file: a bank JSON file, or an authoring workbook through the domain
 * core's importer. The workbook reader (with exceljs) is loaded only now, never at start-up.
 */
export async function readBankFile(name: string, bytes: Uint8Array): Promise<BankFileResult> {
  const lower = name.toLowerCase()
  if (lower.endsWith('.xlsx') || (!lower.endsWith('.json') && isZip(bytes))) {
    // The workbook reader runs the XLS-04 gate itself (zip bomb, traversal, macros, ranges).
    const { workbookToBank } = await import('@shared/bank-xlsx')
    const result = await workbookToBank(bytes)
    if (!result.ok) {
      return { ok: false, kind: 'invalid', issues: result.issues }
    }
    return { ok: true, bank: result.value, ref: bankRef(result.value) }
  }
  if (!lower.endsWith('.json')) return { ok: false, kind: 'unsupported' }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, kind: 'invalid', issues: [wholeFileIssue(issueText('json.notUtf8'))] }
  }
  // Syntax errors with their line and column, size and nesting caps, forbidden keys.
  const json = parseJsonText(text)
  const loaded = json.ok ? loadBank(json.value) : json
  if (!loaded.ok) return { ok: false, kind: 'invalid', issues: loaded.issues }
  return { ok: true, ...loaded.value }
}
