import { bankRef, loadBank } from '@shared/bank'
import type { Bank, BankRef } from '@shared/bank/bank'
import { placeJsonIssue, placeWorkbookIssue, type PlacedIssue } from './import-issues'

export type BankFileResult =
  | { ok: true; bank: Bank; ref: BankRef }
  /** The file was read but fails the bank's checks: every problem, placed. */
  | { ok: false; kind: 'invalid'; format: 'json' | 'xlsx'; issues: PlacedIssue[] }
  /** The file is not something a bank can come from at all. */
  | { ok: false; kind: 'notJson'; message: string }
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
      return {
        ok: false,
        kind: 'invalid',
        format: 'xlsx',
        issues: result.issues.map(placeWorkbookIssue)
      }
    }
    return { ok: true, bank: result.value, ref: bankRef(result.value) }
  }
  if (!lower.endsWith('.json')) return { ok: false, kind: 'unsupported' }
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (error) {
    return {
      ok: false,
      kind: 'notJson',
      message: error instanceof Error ? error.message : String(error)
    }
  }
  const loaded = loadBank(raw)
  if (!loaded.ok) {
    return { ok: false, kind: 'invalid', format: 'json', issues: loaded.issues.map(placeJsonIssue) }
  }
  return { ok: true, ...loaded.value }
}
