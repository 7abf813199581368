// @ts-check
import { problemMeta } from './problem-meta.mjs'

/**
 * The file doors (issue 10, XLS-04): every zip is read and written by shared/zip, and every exceljs
 * workbook comes from bytes through shared/xlsx/load.ts (which runs the gate first). A second zip
 * reader or a workbook loaded without the gate is how the command line once read a 400 KB
 * shared-strings bomb into 1.38 GB, so both are lint errors in product code. Tests may use fflate
 * and exceljs directly: there they are the independent readers that check our output.
 */

/** fflate exports that read or write zip archives or raw deflate streams (zlib for PNG is fine). */
const ZIP_EXPORT = /^(?:un)?zip|^(?:Un)?[Zz]ip|[Ii]nflate|[Dd]eflate/
/** Packages that only read or write zip archives or raw deflate streams. */
const ZIP_PACKAGES = new Set(['jszip', 'yauzl', 'yazl', 'adm-zip', 'pako', 'unzipper', 'archiver'])
/** Raw deflate in Node's zlib: what a hand-made zip reader would inflate entries with. */
const NODE_RAW_DEFLATE = /^(?:create)?(?:In|De)flateRaw(?:Sync)?$|^(?:in|de)flateRaw(?:Sync)?$/
/** Zip record signatures (local header, central header, end records, data descriptor). */
const ZIP_SIGNATURES = new Set([
  0x04034b50, 0x02014b50, 0x06054b50, 0x08074b50, 0x06064b50, 0x07064b50
])

/** Whether a text holds the bytes of a zip signature ('PK\x03\x04' and the like). */
function hasSignatureText(/** @type {string} */ text) {
  return hasSignatureBytes(Array.from(text, (c) => ({ type: 'Literal', value: c.charCodeAt(0) })))
}

/** Whether `elements` holds the bytes P K n n+1 of a zip signature (0x50 0x4b 0x03 0x04 …). */
function hasSignatureBytes(
  /** @type {Array<import('estree').Node | { type: 'Literal', value: number } | null>} */ elements
) {
  const values = elements.map((e) => (e?.type === 'Literal' ? e.value : undefined))
  for (let i = 0; i + 3 < values.length; i++) {
    const [p, k, a, b] = values.slice(i, i + 4)
    if (p === 0x50 && k === 0x4b && typeof a === 'number' && b === a + 1 && a >= 1 && a <= 7)
      return true
  }
  return false
}

/** @type {import('eslint').Rule.RuleModule} */
export const zipOnlyInSharedZip = {
  meta: problemMeta('Only shared/zip reads or writes zip archives.', {
    secondZip:
      '{{what}}: only shared/zip reads or writes zip archives (openZip, unzipChecked, writeZip), ' +
      'so every file gets the same checks (sizes, ratios, names, overlaps).'
  }),
  create(context) {
    const report = (/** @type {import('estree').Node} */ node, /** @type {string} */ what) =>
      context.report({ node, messageId: 'secondZip', data: { what } })
    /** @param {import('estree').ImportDeclaration | import('estree').ImportExpression} node */
    function checkSource(node) {
      const source = node.source.type === 'Literal' ? node.source.value : undefined
      if (typeof source !== 'string') return
      if (ZIP_PACKAGES.has(source)) report(node, `'${source}' is a zip library`)
      if (node.type === 'ImportExpression') {
        if (source === 'fflate') report(node, 'fflate imported as a whole')
        return
      }
      const zlib = source === 'zlib' || source === 'node:zlib'
      if (source !== 'fflate' && !zlib) return
      for (const specifier of node.specifiers) {
        if (specifier.type !== 'ImportSpecifier') {
          if (source === 'fflate') report(specifier, 'fflate imported as a whole')
          continue
        }
        const name =
          specifier.imported.type === 'Identifier'
            ? specifier.imported.name
            : String(specifier.imported.value)
        if (source === 'fflate' ? ZIP_EXPORT.test(name) : NODE_RAW_DEFLATE.test(name))
          report(specifier, `${source}'s ${name}`)
      }
    }
    return {
      ImportDeclaration: checkSource,
      ImportExpression: checkSource,
      Literal(node) {
        if (typeof node.value === 'number' && ZIP_SIGNATURES.has(node.value))
          report(node, `the zip record signature 0x${node.value.toString(16).padStart(8, '0')}`)
        if (typeof node.value === 'string' && hasSignatureText(node.value))
          report(node, 'a zip record signature in text')
      },
      ArrayExpression(node) {
        if (hasSignatureBytes(node.elements)) report(node, 'zip record signature bytes')
      }
    }
  }
}

/** exceljs readers: `workbook.xlsx.load(…)`, `.xlsx.read(…)`, `.xlsx.readFile(…)`, csv alike. */
const READ_METHODS = new Set(['load', 'read', 'readFile'])

/** @type {import('eslint').Rule.RuleModule} */
export const workbookOnlyThroughLoader = {
  meta: problemMeta('Only shared/xlsx/load.ts turns bytes into an exceljs workbook.', {
    ungated:
      '{{what}}: only shared/xlsx/load.ts turns bytes into an exceljs workbook (loadWorkbook), ' +
      'so the workbook gate runs before exceljs sees them.'
  }),
  create(context) {
    return {
      CallExpression(node) {
        const callee = node.callee
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return
        const format = callee.object
        if (
          READ_METHODS.has(callee.property.name) &&
          format.type === 'MemberExpression' &&
          format.property.type === 'Identifier' &&
          (format.property.name === 'xlsx' || format.property.name === 'csv')
        )
          context.report({
            node,
            messageId: 'ungated',
            data: { what: `.${format.property.name}.${callee.property.name}(…)` }
          })
      },
      Identifier(node) {
        if (node.name === 'WorkbookReader')
          context.report({ node, messageId: 'ungated', data: { what: "exceljs's WorkbookReader" } })
      }
    }
  }
}
