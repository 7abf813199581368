// `npm start`: build, then run the desktop app — or, where the Electron binary is not installed,
// serve the same renderer in the browser so the app can still be used and tried.
import { electronBinaryStatus, MISSING_ELECTRON_HINT } from './electron-binary.mjs'
import { runPackageBin } from './run-bin.mjs'
import { serveRenderer } from './serve-renderer.mjs'

const buildStatus = runPackageBin('electron-vite', ['build'])
if (buildStatus !== 0) process.exit(buildStatus)

if (electronBinaryStatus().present) {
  process.exit(runPackageBin('electron-vite', ['preview', '--skipBuild']))
}

console.log(
  `Electron binary not found (${MISSING_ELECTRON_HINT}); serving the same app in your browser instead:`
)
await serveRenderer() // prints the address
