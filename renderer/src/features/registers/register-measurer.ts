/**
 * The page's side of the register worker (register-measure.worker.ts): reading a register file,
 * the figures of the registers in force and a page of the rows behind one, each an async call.
 * The page never sends or receives a register's rows: the worker reads and writes them in the
 * database itself (worker-database.ts).
 */
import type { AssessmentMetadata } from '@shared/assessment/assessment'
import type { Bank } from '@shared/bank/bank'
import type { CountedRow, ExcludedRow } from '@shared/registers/compute'
import type { FigureWrite } from '@shared/registers/factor-writes'
import type { ReadRegistersOptions } from '@shared/registers/read-file'
import { getDatabase } from '../../db/database'
import type { RegisterMeasurer } from '../../db/repos/registers'
import type { RegisterHeadsRow } from '../../db/schema'
import type { MeasureCall, MeasureReply } from './measure-protocol'
import type {
  FigureSummary,
  HeldRegisters,
  MeasureScope,
  ReadOutcome,
  RegistersAt,
  RowsPage,
  RowsRequest,
  StoreReply
} from './measure-messages'
import type { RegisterMeasureSession } from './measure-session'
import { measuredFor, registerIdentity } from './register-identity'

type Call = MeasureCall extends infer C ? (C extends unknown ? Omit<C, 'id'> : never) : never

let worker: Worker | undefined
let here: Promise<RegisterMeasureSession> | undefined
let nextId = 1
const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>()

function started(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./register-measure.worker.ts', import.meta.url), { type: 'module' })
  worker.addEventListener('message', ({ data }: MessageEvent<MeasureReply>) => {
    const call = waiting.get(data.id)
    waiting.delete(data.id)
    if (data.ok) call?.resolve(data.result)
    else call?.reject(new Error(data.message))
  })
  worker.addEventListener('error', (event) => {
    // The worker is gone: every call waiting fails, and the next one starts a new worker.
    for (const call of waiting.values()) call.reject(new Error(event.message || 'register worker'))
    waiting.clear()
    worker = undefined
  })
  return worker
}

/** Where no Worker exists (tests): the session on this thread, over this window's database. */
async function sessionHere(): Promise<RegisterMeasureSession> {
  const [{ RegisterMeasureSession }, { registerStore }] = await Promise.all([
    import('./measure-session'),
    import('./worker-database')
  ])
  return new RegisterMeasureSession(registerStore(() => getDatabase()))
}

/**
 * The figures the worker sent back with an import it stored (the preview measured them): the
 * page's next ask for exactly these registers under this scope takes them without a round trip.
 */
let sent: { for: string; figures: FigureSummary[] } | undefined
/** A store under way: the live query may see its registers before its reply (and figures) come. */
let storing: Promise<unknown> | undefined

/**
 * Starts the register worker ahead of the first file (the factors screen opening calls it): its
 * script, zod and the readers are loaded and compiled while the user picks, not after the pick.
 */
export function warmRegisterWorker(): void {
  if (typeof Worker !== 'undefined') started()
}

async function call<T>(body: Call): Promise<T> {
  // Any other call may measure again (and the worker keeps a few measurements only): the figures
  // a store sent hold only until the worker is next asked anything.
  sent = undefined
  if (typeof Worker === 'undefined') {
    here ??= sessionHere()
    const [session, { runMeasureCall }] = await Promise.all([here, import('./measure-protocol')])
    await new Promise((resolve) => setTimeout(resolve, 0))
    return (await runMeasureCall(session, { ...body, id: 0 } as MeasureCall)) as T
  }
  const id = nextId++
  const target = started()
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (value: unknown) => void, reject })
    target.postMessage({ ...body, id })
  })
}

/** Where an assessment's registers are stored: this window's database, by name. */
const registersAt = (assessmentId: string): RegistersAt => ({
  database: getDatabase().name,
  assessmentId
})

/**
 * The stored registers as the worker is told them: their ids (what the page saw) and where they
 * are stored — the worker reads the rows itself when it does not hold them.
 */
const heldOf = (
  stored: RegisterHeadsRow | null | undefined,
  assessmentId: string
): HeldRegisters => ({
  ids: (stored?.registers ?? []).map(registerIdentity),
  from: registersAt(assessmentId)
})

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
  assessmentId: string,
  stored: RegisterHeadsRow | null | undefined
): Promise<ReadOutcome> =>
  call<ReadOutcome>({
    type: 'read',
    request: {
      name: file.name,
      file,
      options,
      scope,
      held: heldOf(stored, assessmentId)
    }
  })

/**
 * Stores the file read last — written by the worker, where its rows are, with every figure it
 * gives and the audit entry, in one transaction (importRegisters) — by `by`. The page's live
 * queries then see the registers' heads; the figures come back with the reply. The rows never
 * cross to the page. `scope`: the one the file was read under.
 */
export async function storeRegisterRead(
  assessmentId: string,
  writes: FigureWrite[],
  by: string,
  scope: MeasureScope
): Promise<void> {
  const stored = call<StoreReply>({
    type: 'store',
    request: { at: registersAt(assessmentId), by, writes }
  })
  storing = stored
  try {
    const { ids, figures } = await stored
    sent = { for: measuredFor(ids, scope), figures }
  } finally {
    if (storing === stored) storing = undefined
  }
}

/**
 * The figures an import just stored sent back, when they are those of exactly these registers
 * under this scope (else undefined): what the page shows in the same render as the registers'
 * heads, without waiting for a reply. Left for measureFigures to take.
 */
export function storedFigures(
  stored: RegisterHeadsRow,
  scope: MeasureScope
): readonly FigureSummary[] | undefined {
  const held = heldOf(stored, stored.assessmentId)
  return sent?.for === measuredFor(held.ids, scope) ? sent.figures : undefined
}

/** Every figure the stored registers give under the scope, measured in the worker. */
export async function measureFigures(
  stored: RegisterHeadsRow,
  scope: MeasureScope
): Promise<FigureSummary[]> {
  // The store's reply comes just after its commit, which the live query may see first.
  await storing?.catch(() => undefined)
  const held = heldOf(stored, stored.assessmentId)
  if (sent?.for === measuredFor(held.ids, scope)) {
    const { figures } = sent
    sent = undefined
    return figures
  }
  return call<FigureSummary[]>({ type: 'figures', held, scope })
}

/**
 * The bank's measures over stored registers under each scope in turn, in the worker: what a
 * change of period or key systems measures again (updateMetadata) without unpacking on the page.
 */
export const storedRegisterMeasurer =
  (bank: Pick<Bank, 'id' | 'version' | 'factors'>): RegisterMeasurer =>
  async (stored, scopes) => {
    const figures: FigureSummary[][] = []
    // One after the other: the first reads the rows if the worker lacks them, the next reuses them.
    for (const scope of scopes)
      figures.push(await measureFigures(stored, measureScope(bank, scope)))
    return figures
  }

/** A page of the rows behind a figure measured last. */
export const figureRows = <Which extends RowsRequest['which']>(
  request: RowsRequest & { which: Which }
): Promise<RowsPage<Which extends 'counted' ? CountedRow : ExcludedRow>> =>
  call({ type: 'rows', request })
