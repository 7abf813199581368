/**
 * The page's side of the register worker (register-measure.worker.ts): reading a register file,
 * the figures of the registers in force and a page of the rows behind one, each an async call.
 * The stored registers' rows are sent to the worker only when it does not hold them already.
 */
import type { AssessmentMetadata } from '@shared/assessment/assessment'
import type { PackedRegister } from '@shared/registers/packed'
import type { Bank } from '@shared/bank/bank'
import type { CountedRow, ExcludedRow } from '@shared/registers/compute'
import type { ReadRegistersOptions } from '@shared/registers/read-file'
import type { RegisterMeasurer } from '../../db/repos/registers'
import type { MeasureCall, MeasureReply } from './measure-protocol'
import type {
  FigureSummary,
  HeldRegisters,
  MeasureScope,
  PackedImport,
  ReadOutcome,
  RegisterMeasureSession,
  RowsPage,
  RowsRequest
} from './measure-session'
import { registerIdentity } from './register-identity'

type Call = MeasureCall extends infer C ? (C extends unknown ? Omit<C, 'id'> : never) : never

class NotHeld extends Error {}

let worker: Worker | undefined
let here: Promise<RegisterMeasureSession> | undefined
let nextId = 1
const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>()
/** The registers the worker holds, as their ids joined ('' none). */
let held = ''

function started(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./register-measure.worker.ts', import.meta.url), { type: 'module' })
  worker.addEventListener('message', ({ data }: MessageEvent<MeasureReply>) => {
    const call = waiting.get(data.id)
    waiting.delete(data.id)
    if (data.ok) call?.resolve(data.result)
    else call?.reject(data.notHeld ? new NotHeld(data.message) : new Error(data.message))
  })
  worker.addEventListener('error', (event) => {
    // The worker is gone: every call waiting fails, and the next one starts a new worker.
    for (const call of waiting.values()) call.reject(new Error(event.message || 'register worker'))
    waiting.clear()
    worker = undefined
    held = ''
  })
  return worker
}

async function call<T>(body: Call): Promise<T> {
  if (typeof Worker === 'undefined') {
    here ??= import('./measure-session').then((m) => new m.RegisterMeasureSession())
    const [session, { runMeasureCall }, { RegistersNotHeld }] = await Promise.all([
      here,
      import('./measure-protocol'),
      import('./measure-session')
    ])
    await new Promise((resolve) => setTimeout(resolve, 0))
    try {
      return (await runMeasureCall(session, { ...body, id: 0 } as MeasureCall)) as T
    } catch (error) {
      throw error instanceof RegistersNotHeld ? new NotHeld(error.message) : error
    }
  }
  const id = nextId++
  const target = started()
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (value: unknown) => void, reject })
    target.postMessage({ ...body, id })
  })
}

/** The stored registers as the worker is told them: their ids, and their rows unless it holds them. */
function heldOf(registers: readonly PackedRegister[], send: boolean): HeldRegisters {
  const ids = registers.map(registerIdentity)
  return send || ids.join('|') !== held ? { ids, tables: registers.map((r) => r.table) } : { ids }
}

/** Runs `work` with the registers named; sends their rows again if the worker no longer holds them. */
async function withHeld<T>(
  registers: readonly PackedRegister[],
  work: (held: HeldRegisters) => Promise<T>
): Promise<T> {
  let result: T
  try {
    result = await work(heldOf(registers, false))
  } catch (error) {
    if (!(error instanceof NotHeld)) throw error
    result = await work(heldOf(registers, true))
  }
  held = registers.map(registerIdentity).join('|')
  return result
}

/** What the worker measures under: the bank's factors, the period and key systems (not the whole bank). */
export const measureScope = (
  bank: Pick<Bank, 'id' | 'version' | 'factors'>,
  { period, systems }: Pick<AssessmentMetadata, 'period' | 'systems'>
): MeasureScope => ({
  bank: { id: bank.id, version: bank.version, factors: bank.factors },
  metadata: { period, systems }
})

/**
 * Reads a register file in the worker and measures every figure before and after it; the rows
 * stay there until `takeRegisterRead`.
 */
export const readRegistersMeasured = (
  file: File,
  options: ReadRegistersOptions,
  scope: MeasureScope,
  stored: readonly PackedRegister[]
): Promise<ReadOutcome> =>
  // The File crosses as a handle (its bytes are read in the worker), so a retry sends it again.
  withHeld(stored, (held) =>
    call<ReadOutcome>({ type: 'read', request: { name: file.name, file, options, scope, held } })
  )

/** The file read last, with its rows, to store; the worker then holds the registers after it. */
export async function takeRegisterRead(): Promise<PackedImport> {
  const taken = await call<{ read: PackedImport; ids: string[] }>({ type: 'take' })
  held = taken.ids.join('|')
  return taken.read
}

/** Every figure the stored registers give under the scope, measured in the worker. */
export const measureFigures = (
  stored: readonly PackedRegister[],
  scope: MeasureScope
): Promise<FigureSummary[]> =>
  withHeld(stored, (held) => call<FigureSummary[]>({ type: 'figures', held, scope }))

/**
 * The bank's measures over stored registers under each scope in turn, in the worker: what a
 * change of period or key systems measures again (updateMetadata) without unpacking on the page.
 */
export const storedRegisterMeasurer =
  (bank: Pick<Bank, 'id' | 'version' | 'factors'>): RegisterMeasurer =>
  async (registers, scopes) => {
    const figures: FigureSummary[][] = []
    // One after the other: the first sends the rows if the worker lacks them, the next reuses them.
    for (const scope of scopes)
      figures.push(await measureFigures(registers, measureScope(bank, scope)))
    return figures
  }

/** A page of the rows behind a figure measured last. */
export const figureRows = <Which extends RowsRequest['which']>(
  request: RowsRequest & { which: Which }
): Promise<RowsPage<Which extends 'counted' ? CountedRow : ExcludedRow>> =>
  call({ type: 'rows', request })
