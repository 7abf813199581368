/**
 * The register worker: one per window, for as long as it is open. It reads register files,
 * measures every figure and keeps the rows behind them (measure-session.ts), so a 100,000-row
 * register is parsed, checked and counted without a long task on the UI thread.
 */
import { RegisterMeasureSession, RegistersNotHeld } from './measure-session'
import { runMeasureCall, type MeasureCall, type MeasureReply } from './measure-protocol'

interface WorkerScope {
  onmessage: ((event: MessageEvent<MeasureCall>) => void) | null
  postMessage(message: MeasureReply): void
}
const scope = self as unknown as WorkerScope
const session = new RegisterMeasureSession()

scope.onmessage = ({ data }) => {
  const { id } = data
  void (async () => {
    try {
      const result = await runMeasureCall(session, data)
      scope.postMessage({ id, ok: true, result })
    } catch (error) {
      scope.postMessage({
        id,
        ok: false,
        notHeld: error instanceof RegistersNotHeld,
        message: error instanceof Error ? error.message : String(error)
      })
    }
  })()
}
