/**
 * The renderer loads the report builder (shared/report, and with it exceljs) only when a report is
 * exported: a dynamic `import('@shared/report')`, never a static import, so the start-up bundle
 * does not carry it. A value import anywhere in renderer/src would pull it into the chunk of that
 * screen or, worse, into the entry.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../renderer/src')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/**
 * `import … from '@shared/report…'` that is not `import type`. One statement only: the code has
 * no semicolons, so the match may not run on into the next import (a value import of another
 * module followed by `import type … from '@shared/report'` is not an offender).
 */
const STATIC_IMPORT =
  /^\s*(import|export)\s+(?!type\b)(?:(?!^\s*(?:import|export)\b)[^;])*?from\s+['"](@shared\/report|[./]+(\.\.\/)*shared\/report)/m

describe('the report builder is a lazily loaded chunk in the renderer', () => {
  it('is never imported statically, and is imported dynamically by the export', () => {
    const files = sources(root)
    const offenders = files
      .filter((file) => STATIC_IMPORT.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file))
    expect(offenders).toEqual([])
    const dynamic = files.filter((file) =>
      /import\(\s*['"]@shared\/report['"]\s*\)/.test(readFileSync(file, 'utf8'))
    )
    expect(dynamic.map((file) => relative(root, file)).sort()).toEqual([
      join('features', 'report', 'PrintViewScreen.tsx'),
      join('features', 'report', 'report-file.ts')
    ])
  })

  it('loads the Word/PDF report builder (shared/report-doc, the docx package) the same way', () => {
    const files = sources(root)
    const dynamic = files.filter((file) =>
      /import\(\s*['"]@shared\/report-doc['"]\s*\)/.test(readFileSync(file, 'utf8'))
    )
    expect(dynamic.map((file) => relative(root, file)).sort()).toEqual([
      join('features', 'report', 'PrintViewScreen.tsx'),
      join('features', 'report', 'report-file.ts'),
      join('features', 'report', 'useGeneratedNarrative.ts')
    ])
  })
})
