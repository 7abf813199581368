import type { Plugin } from 'vite'
import { bankContentHash, loadBank, type Bank } from '../shared/bank'

/**
 * Checks the shipped banks (resources/banks/*.json) when the renderer is built, so start-up
 * carries neither zod nor the bank checks and never re-runs them (see builtin-banks.ts):
 * - `?checked-bank`: the module's default export is loadBank's result — the parsed bank with its
 *   reference (content hash), or the problems found;
 * - `?checked-bank-ref`: the same without the bank itself (a few hundred bytes), so a start
 *   where the bank is installed already does not load the bank at all.
 * A broken file still reaches the app as a reported problem, as when it was checked at start-up.
 */
export function builtinBanksPlugin(): Plugin {
  const checked = /\/resources\/banks\/[^/]+\.json\?(?:.*&)?(checked-bank(?:-ref)?)$/
  return {
    name: 'stability-assessor:builtin-banks',
    enforce: 'pre',
    transform: {
      filter: { id: checked },
      handler(code, id) {
        const query = checked.exec(id)?.[1]
        if (!query) return null
        const result = loadBank(JSON.parse(code) as unknown)
        const json = JSON.stringify(result)
        // The app gets this JSON's round trip (no `undefined` members): it must be the same bank.
        if (result.ok) {
          const { value } = JSON.parse(json) as { value: { bank: Bank } }
          if (bankContentHash(value.bank) !== result.value.ref.contentHash)
            this.error(`${id}: the checked bank does not survive JSON unchanged`)
        }
        const exported =
          query === 'checked-bank' || !result.ok
            ? json
            : JSON.stringify({ ok: true, value: { ref: result.value.ref } })
        return { code: `export default JSON.parse(${JSON.stringify(exported)})`, map: null }
      }
    }
  }
}
