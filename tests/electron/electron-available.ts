import { electronBinaryStatus } from '../../scripts/electron-binary.mjs'

/**
 * Whether this machine can run the Electron suite; the same check `npm start` uses (it never
 * imports the electron package, which would try to download the binary).
 */
export const electronBinary = electronBinaryStatus()

/** Why every Electron test is skipped when the binary is missing (shown per test in reports). */
export const SKIP_REASON = electronBinary.present
  ? ''
  : `Electron binary not installed (${electronBinary.reason})`
