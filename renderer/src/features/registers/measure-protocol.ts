import type {
  HeldRegisters,
  MeasureScope,
  ReadRequest,
  RegisterMeasureSession,
  RowsRequest
} from './measure-session'

/** A call to the register worker; its reply carries the same id. */
export type MeasureCall = { id: number } & (
  | { type: 'read'; request: ReadRequest }
  | { type: 'take' }
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
      return session.read(call.request)
    case 'take':
      return session.take()
    case 'figures':
      return session.figures(call.held, call.scope)
    case 'rows':
      return session.rows(call.request)
  }
}
