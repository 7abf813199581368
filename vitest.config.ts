import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const fromRoot = (path: string): string => resolve(import.meta.dirname, path)

export default defineConfig({
  resolve: {
    alias: { '@shared': fromRoot('shared'), '@renderer': fromRoot('renderer/src') }
  },
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.ts'
    ],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000
  }
})
