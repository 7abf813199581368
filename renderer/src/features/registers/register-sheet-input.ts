import type { Assessment } from '@shared/assessment/assessment'
import type { Bank } from '@shared/bank/bank'
import type { RegisterSheetInput } from '@shared/report'
import type { RegistersRow } from '../../db/schema'
import { loadMeasureModule } from './useRegisterFigures'

/**
 * What the workbook's 台账明细 / Registers sheet lists for an assessment: its register files and
 * every figure measured from them with the rows it counted (undefined when it has no registers).
 */
export async function registerSheetInput(
  assessment: Assessment,
  bank: Bank,
  row: RegistersRow | undefined,
  locale: 'zh-CN' | 'en-US'
): Promise<RegisterSheetInput | undefined> {
  if (!row || row.registers.length === 0) return undefined
  const { measuresOf, registerSheetInput: build } = await loadMeasureModule()
  // No measures written for this bank: the files are still listed, with no figure.
  const none = { bankId: bank.id, bankVersions: [bank.version], factors: {} }
  return build({
    bank,
    measures: measuresOf(bank) ?? none,
    metadata: assessment.metadata,
    registers: row.registers,
    overrides: row.overrides,
    locale
  })
}
