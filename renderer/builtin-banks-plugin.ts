import type { Plugin } from 'vite'
import { bankContentHash, loadBank, type Bank } from '../shared/bank'

/** The import query that asks for a shipped bank file already checked (see builtin-banks.ts). */
export const CHECKED_BANK_QUERY = 'checked-bank'

/**
 * Checks the shipped banks (resources/banks/*.json imported with `?checked-bank`) when the
 * renderer is built: the module's default export becomes loadBank's result — the parsed bank with its reference
 * (content hash), or the problems found. Start-up then installs the bank without zod
 * and the bank checks in its JavaScript and without re-checking it on every start. A broken file
 * still reaches the app as a reported problem, as when it was checked at start-up.
 */
export function builtinBanksPlugin(): Plugin {
  const checked = new RegExp(`/resources/banks/[^/]+\\.json\\?${CHECKED_BANK_QUERY}$`)
  return {
    name: 'stability-assessor:builtin-banks',
    enforce: 'pre',
    transform: {
      filter: { id: checked },
      handler(code, id) {
        if (!checked.test(id)) return null
        const result = loadBank(JSON.parse(code) as unknown)
        const json = JSON.stringify(result)
        // The app gets this JSON's round trip (no `undefined` members): it must be the same bank.
        if (result.ok) {
          const { value } = JSON.parse(json) as { value: { bank: Bank } }
          if (bankContentHash(value.bank) !== result.value.ref.contentHash)
            this.error(`${id}: the checked bank does not survive JSON unchanged`)
        }
        return { code: `export default JSON.parse(${JSON.stringify(json)})`, map: null }
      }
    }
  }
}
