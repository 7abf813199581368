// `npm run web`: build the renderer for the browser and serve it on the fixed loopback address,
// quietly (building, built in N s, the address); `npx vite build --config vite.web.config.ts`
// shows the bundler's own output.
import { quietBuild } from './quiet-build.mjs'
import { packageBinPath } from './run-bin.mjs'
import { serveRenderer } from './serve-renderer.mjs'

const buildStatus = await quietBuild(process.execPath, [
  packageBinPath('vite'),
  'build',
  '--config',
  'vite.web.config.ts'
])
if (buildStatus !== 0) process.exit(buildStatus)
await serveRenderer()
