/**
 * The start-up JavaScript (npm run bench: initial JavaScript, aim ≤ 450 KB gzipped) holds only
 * what the first screen needs. This walks the renderer's static imports from its entry, as the
 * bundler does (dynamic `import()` starts a lazy chunk, `import type` vanishes), and fails when
 * a heavy library or a module that belongs to a later screen or action becomes reachable: one
 * value import in the wrong place would carry it into the start-up files again.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const entry = resolve(root, 'renderer/src/app/main.tsx')
const aliases: Array<[string, string]> = [
  ['@shared/', resolve(root, 'shared')],
  ['@renderer/', resolve(root, 'renderer/src')]
]

/** `import … from 'x'`, `export … from 'x'` and `import 'x'`, except type-only ones. */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^;'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm

function resolveFile(base: string): string | null {
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`])
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(tsx?|json|css)$/.test(candidate))
      return candidate
  return null
}

/** Every source file and package the entry reaches through static imports. */
function staticGraph(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const queue = [entry]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (files.has(file)) continue
    files.add(file)
    if (!/\.tsx?$/.test(file)) continue
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const alias = aliases.find(([prefix]) => specifier!.startsWith(prefix))
      const base = alias
        ? resolve(alias[1], specifier!.slice(alias[0].length))
        : specifier!.startsWith('.')
          ? resolve(dirname(file), specifier!)
          : null
      if (base === null) {
        const parts = specifier!.split('/')
        packages.add(specifier!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!)
        continue
      }
      const target = resolveFile(base)
      if (!target) throw new Error(`${relative(root, file)}: cannot resolve ${specifier}`)
      queue.push(target)
    }
  }
  return { files, packages }
}

describe('the start-up JavaScript', () => {
  const { files, packages } = staticGraph()
  const reached = [...files].map((file) => relative(root, file))

  it('reaches the first screen (the walk itself works)', () => {
    expect(reached).toContain('renderer/src/app/start-app.tsx')
    expect(reached).toContain('renderer/src/features/assessments/AssessmentsScreen.tsx')
    expect(packages).toContain('antd')
    expect(packages).toContain('dexie')
  })

  it('carries no heavy library: zod, exceljs, ECharts and fflate load with the screen or action that needs them', () => {
    const heavy = [
      'zod',
      'exceljs',
      'echarts',
      'echarts-for-react',
      'fflate',
      'zrender',
      'docx',
      'uqr'
    ]
    expect([...packages].filter((name) => heavy.includes(name))).toEqual([])
  })

  it('carries neither the file checks, scoring, nor the report, package, merge, backup or workbook code', () => {
    const later = [
      /^shared\/(report|report-doc|merge|backup|bank-xlsx|questionnaire-xlsx|sample)\//,
      // The package size limit is a constant the import button checks before loading anything.
      /^shared\/package\/(?!limits\.ts$)/,
      /^shared\/bank\/((index|parse|bank|identity)\.ts|semantics\/.*)$/,
      /^shared\/assessment\/(parse|validate|upgrade|assessment)\.ts$/,
      // Scoring: the home list's lines are stored scored; it loads to recompute one (summary.ts).
      /^shared\/scoring\/(index|score|plan)\.ts$/,
      /^resources\/banks\//,
      // The en-US messages: a chunk of their own (zh-CN, the default, starts with the app).
      /^renderer\/src\/i18n\/locales\/en-US\.ts$/
    ]
    expect(reached.filter((file) => later.some((pattern) => pattern.test(file)))).toEqual([])
  })

  it('uses no antd Card: it imports Tabs (about 10 KB gzipped); the home screen uses Panel', () => {
    const card = /import\s*\{[^}]*\bCard\b[^}]*\}\s*from\s*'antd'/
    const withCard = [...files].filter(
      (file) => /\.tsx?$/.test(file) && card.test(readFileSync(file, 'utf8'))
    )
    expect(withCard.map((file) => relative(root, file))).toEqual([])
  })
})
