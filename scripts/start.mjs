// `npm start`: build, then run the desktop app — or, where the Electron binary is not installed,
// serve the same renderer in the browser so the app can still be used and tried. Quiet on purpose:
// a few lines (building, built in N s, where the app is); `npx electron-vite build` shows the rest.
import { electronBinaryStatus, MISSING_ELECTRON_HINT } from './electron-binary.mjs'
import { quietBuild } from './quiet-build.mjs'
import { packageBinPath, runPackageBin } from './run-bin.mjs'
import { serveRenderer } from './serve-renderer.mjs'

const buildStatus = await quietBuild(process.execPath, [packageBinPath('electron-vite'), 'build'])
if (buildStatus !== 0) process.exit(buildStatus)

if (electronBinaryStatus().present) {
  console.log('Opening the desktop app…')
  process.exit(runPackageBin('electron-vite', ['preview', '--skipBuild', '--logLevel', 'warn']))
}

console.log(`No Electron binary here (${MISSING_ELECTRON_HINT}): the app runs in your browser.`)
await serveRenderer() // prints the address
