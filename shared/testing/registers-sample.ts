import bank11Json from '../../resources/banks/sac-stability-2025-1.1.0.json'
import measuresJson from '../../resources/registers/sac-stability-2025-measures.json'
import type { Assessment, KeySystem, StoredRegister } from '../assessment/assessment'
import type { Bank, BankRef } from '../bank/bank'
import { loadBank } from '../bank/identity'
import { measureSetSchema, type MeasureSet } from '../registers/measure'
import { readRegisterFile, type RegisterImport } from '../registers/read-file'
import type { RegisterRow } from '../registers/read-table'
import { filledTemplate, PERIOD } from '../registers/test-support'

/**
 * An assessment with the firm's registers loaded, as the registers tests set it up: bank 1.1.0
 * with the shipped measures, the period and the three key systems of the known registers
 * (shared/registers/test-support, whose figures are known by construction: F01 N_fault 35, N_mon
 * 29, F16 T_down_trading of 集中交易 116), and the file those registers are read from. Kept out
 * of the index: it brings bank 1.1.0 and exceljs into every test that imports it.
 */

/** Bank 1.1.0 as the app installs it: parsed and identified (a fresh object on every call). */
export function loadedBank11(): { bank: Bank; ref: BankRef } {
  const loaded = loadBank(bank11Json)
  if (!loaded.ok) throw new Error('bank 1.1.0 does not load')
  return loaded.value
}

/** The shipped measures that turn register rows into factor figures. */
export const registerMeasures = (): MeasureSet => measureSetSchema.parse(measuresJson)

/** The key systems the known registers name (系统清单), as an assessment keeps them. */
export const REGISTER_SYSTEMS: KeySystem[] = [
  { id: 'sys-1', name: '集中交易', class: 1, realTime: true },
  { id: 'sys-2', name: '网上交易', class: 2, realTime: true },
  { id: 'sys-3', name: '清算', class: 3, realTime: false }
]

/** When the known registers are imported. */
export const REGISTERS_IMPORTED_AT = '2026-12-06T10:00:00.000Z'

/** The lead's override of one register figure: I07 was logged as found by monitoring. */
export const F01_N_MON_OVERRIDE = {
  value: 28,
  reason: 'I07 误登为监控发现',
  by: '李娜',
  at: '2026-12-06T10:05:00.000Z'
}

/** The known registers, written into the template and read back as the app reads a file. */
export async function readKnownRegisters(
  name = '台账 2026.xlsx',
  importedAt = REGISTERS_IMPORTED_AT
): Promise<RegisterImport> {
  const read = await readRegisterFile(name, await filledTemplate(), { importedAt })
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'))
  return read.value
}

/** Each register of a read file as an assessment stores it. */
export const storedRegisters = (read: RegisterImport): StoredRegister[] =>
  read.tables.map((table) => ({ source: read.source, table }))

/**
 * An assessment moved into the registers' period and key systems; its per-system figures are
 * dropped (the sample's own systems' figures would only be in the way).
 */
export function inRegisterScope(a: Assessment): Assessment {
  return {
    ...a,
    metadata: { ...a.metadata, period: PERIOD, systems: REGISTER_SYSTEMS },
    factors: a.factors.map(({ bySystem: _b, ...entry }) => entry)
  }
}

/** `a` in the registers' scope, carrying the known registers and the lead's F01 N_mon override. */
export async function withKnownRegisters(a: Assessment): Promise<Assessment> {
  return {
    ...inRegisterScope(a),
    registers: {
      registers: storedRegisters(await readKnownRegisters()),
      overrides: { 'F01.N_mon': { ...F01_N_MON_OVERRIDE } }
    }
  }
}

/**
 * An assessment file's text (as `sample` writes it) with its assessment moved into the registers'
 * scope (inRegisterScope); the rest of the file as written.
 */
export function fileInRegisterScope(text: string): string {
  const file = JSON.parse(text) as { assessment: Assessment }
  return JSON.stringify({ ...file, assessment: inRegisterScope(file.assessment) })
}

/**
 * Theirs' 故障台账 in a merge: the known incidents and two more in the period. I90 on 集中交易,
 * found by an alert, down 30 minutes in trading hours; I91 on 网上交易, reported from outside,
 * after hours. By hand: F01 N_fault 35 + 2 = 37, N_mon 29 + 1 = 30, F16 T_down_trading of 集中交易
 * 116 + 30 = 146.
 */
export const THEIRS_EXTRA_INCIDENTS: RegisterRow[] = [
  {
    row: 90,
    values: {
      incidentId: 'I90',
      system: '集中交易',
      start: '2026-08-03T10:00',
      detected: '2026-08-03T10:02',
      detectedBy: 'alert',
      restored: '2026-08-03T10:30',
      tradingHours: true
    }
  },
  {
    row: 91,
    values: {
      incidentId: 'I91',
      system: '网上交易',
      start: '2026-09-01T20:00',
      detectedBy: 'external',
      restored: '2026-09-01T20:20',
      tradingHours: false
    }
  }
]

/** Theirs' incidents register: `incidents` (mine) with the two extra rows, from another file. */
export function theirsIncidents(incidents: StoredRegister): StoredRegister {
  return {
    source: {
      name: '故障台账 对方.xlsx',
      sha256: 'b'.repeat(64),
      bytes: 4321,
      importedAt: '2026-12-06T11:00:00.000Z'
    },
    table: { ...incidents.table, rows: [...incidents.table.rows, ...THEIRS_EXTRA_INCIDENTS] }
  }
}
