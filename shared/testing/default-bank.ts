import bankJson from '../../resources/banks/sac-stability-2025.json'
import type { Bank, BankRef } from '../bank/bank'
import { loadBank } from '../bank/identity'

/**
 * The shipped default bank as the app installs it: parsed (defaults applied) and identified.
 * A fresh object on every call, so a test may change its copy. Kept out of the index: it brings
 * the whole bank file into every test that imports it.
 */
export function loadedDefaultBank(): { bank: Bank; ref: BankRef } {
  const loaded = loadBank(bankJson)
  if (!loaded.ok) throw new Error('the default bank does not load')
  return loaded.value
}

/** The shipped default bank, parsed. */
export const defaultBank = (): Bank => loadedDefaultBank().bank
