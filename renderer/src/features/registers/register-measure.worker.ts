/**
 * The register worker: one per window, for as long as it is open. It reads register files,
 * measures every figure and keeps the rows behind them (measure-session.ts), so a 100,000-row
 * register is parsed, checked and counted without a long task on the UI thread.
 */
import { openDatabase, type StabilityDatabase } from '../../db/database'
import { RegisterMeasureSession, RegistersNotHeld } from './measure-session'
import { runMeasureCall, type MeasureCall, type MeasureReply } from './measure-protocol'
import { registerStore } from './worker-database'

interface WorkerScope {
  onmessage: ((event: MessageEvent<MeasureCall>) => void) | null
  postMessage(message: MeasureReply): void
}
const scope = self as unknown as WorkerScope
/** The worker's own connection per database name (a closed one — deleted, upgraded — is opened anew). */
const databases = new Map<string, StabilityDatabase>()
function database(name: string): StabilityDatabase {
  const open = databases.get(name)
  if (open !== undefined && !open.hasBeenClosed()) return open
  const db = openDatabase(name)
  databases.set(name, db)
  return db
}
const session = new RegisterMeasureSession(registerStore(database))

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
