// @ts-check
import { dirname, resolve, sep } from 'node:path'
import { problemMeta } from './problem-meta.mjs'

/**
 * Product code may not import the test data in shared/testing (bank and assessment builders,
 * fixture banks). A custom rule rather than `no-restricted-imports`, because each folder's block in
 * eslint.config.js already sets that rule and a second setting would replace, not add to, it.
 */

const root = resolve(import.meta.dirname, '..', '..')
const testing = resolve(root, 'shared', 'testing')
const aliases = [
  ['@shared/', resolve(root, 'shared')],
  ['@renderer/', resolve(root, 'renderer', 'src')]
]

/** The file an import names, or null for a package. */
function resolveSpecifier(/** @type {string} */ from, /** @type {string} */ specifier) {
  if (specifier.startsWith('.')) return resolve(dirname(from), specifier)
  for (const [prefix, folder] of aliases) {
    if (specifier.startsWith(prefix)) return resolve(folder, specifier.slice(prefix.length))
  }
  return null
}

/** @type {import('eslint').Rule.RuleModule} */
export const noTestDataImport = {
  meta: problemMeta('Only tests import shared/testing.', {
    testOnly:
      "'{{specifier}}' is test data (shared/testing): product code may not import it. " +
      'Move what product code needs into its module (as shared/bank/factor-shapes.ts).'
  }),
  create(context) {
    /** @param {import('estree').Node & { value?: unknown }} source */
    function check(source) {
      if (typeof source.value !== 'string') return
      const target = resolveSpecifier(context.filename, source.value)
      if (target !== null && (target === testing || target.startsWith(testing + sep))) {
        context.report({ node: source, messageId: 'testOnly', data: { specifier: source.value } })
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => node.source && check(node.source),
      ImportExpression: (node) => check(node.source)
    }
  }
}
