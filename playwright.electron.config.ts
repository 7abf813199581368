import { defineConfig } from '@playwright/test'
import { electronBinary } from './tests/electron/electron-available'

/**
 * The Electron end-to-end suite (`npm run test:electron`): launches the built app
 * (out/main/index.js) with a fresh user-data folder per test, and packs it with electron-builder
 * to start the packaged app as users get it (packaged.spec.ts). Where the Electron binary is not
 * installed, every test is skipped and one line says so (tests/electron/skip-reporter.ts).
 * On Linux without a display, run it under `xvfb-run -a`.
 */
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  fullyParallel: false,
  // Each test starts its own Electron; one at a time keeps a 2-core CI machine responsive.
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  reporter: electronBinary.present
    ? [['list']]
    : [
        ['./tests/electron/skip-reporter.ts'],
        ['json', { outputFile: 'test-results/electron/results.json' }]
      ]
})
