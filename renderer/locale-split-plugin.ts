import type { Plugin } from 'vite'

const EN_US_LOCALE = /\/renderer\/src\/i18n\/locales\/en-US\.ts$/
const FEATURE_MESSAGES = /^\.\/features\//

/**
 * Keeps the en-US messages out of the start-up JavaScript while the source keeps both languages
 * side by side in each feature file (locales/features/README.md). en-US.ts gets its own copy of
 * every feature module it imports (the same file under an id ending in `?locale=en-US`), so the
 * bundler sees two modules: the start-up one, where only `zhCN` is used (its `enUS` is dropped
 * by tree-shaking), and the en-US chunk's one, where only `enUS` is.
 */
export function localeSplitPlugin(): Plugin {
  return {
    name: 'stability-assessor:locale-split',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !EN_US_LOCALE.test(importer) || !FEATURE_MESSAGES.test(source)) return null
      const resolved = await this.resolve(source, importer, { skipSelf: true })
      return resolved ? `${resolved.id}?locale=en-US` : null
    }
  }
}
