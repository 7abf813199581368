import type {
  HeldRegisters,
  MeasureScope,
  ReadRequest,
  RowsRequest,
  StoreRequest
} from './measure-messages'
import type { RegisterMeasureSession } from './measure-session'
import { phaseAsync } from './register-phase'

/** A call to the register worker; its reply carries the same id. */
export type MeasureCall = { id: number } & (
  | { type: 'read'; request: ReadRequest }
  | { type: 'store'; request: StoreRequest }
  | { type: 'figures'; held: HeldRegisters; scope: MeasureScope }
  | { type: 'rows'; request: RowsRequest }
)

export type MeasureReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; notHeld: boolean; message: string }

/** A call run on a session (in the worker, or in this thread where no Worker exists). */
export async function runMeasureCall(
  session: RegisterMeasureSession,
  call: MeasureCall
): Promise<unknown> {
  switch (call.type) {
    case 'read':
      await session.ensureHeld(call.request.held)
      return session.read(call.request)
    case 'store':
      return phaseAsync('store', () => session.storeRead(call.request))
    case 'figures':
      return phaseAsync('figures', async () => {
        await session.ensureHeld(call.held)
        return session.figures(call.held, call.scope)
      })
    case 'rows':
      return session.rows(call.request)
  }
}
