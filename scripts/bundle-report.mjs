// Which modules make up the renderer's initial JavaScript (the entry script and its
// modulepreloads): builds the browser renderer into RENDERER_OUT_DIR (default out/renderer-report)
// with a plugin that records each chunk's modules, then prints the initial files gzipped and the
// biggest modules in them by rendered (minified) size, grouped by package.
//   node scripts/bundle-report.mjs [--modules N]
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '..')
const outDir = resolve(root, process.env.RENDERER_OUT_DIR ?? 'out/renderer-report')
process.env.RENDERER_OUT_DIR = outDir
const topN = Number(process.argv[process.argv.indexOf('--modules') + 1]) || 40

const why = process.argv.includes('--why') ? process.argv[process.argv.indexOf('--why') + 1] : null
const chunks = new Map()
const imports = new Map()
const entries = []
const recorder = {
  name: 'bundle-report',
  generateBundle(_options, bundle) {
    for (const id of this.getModuleIds()) {
      const info = this.getModuleInfo(id)
      imports.set(id, info?.importedIds ?? [])
      if (info?.isEntry) entries.push(id)
    }
    for (const item of Object.values(bundle)) {
      if (item.type !== 'chunk') continue
      chunks.set(item.fileName, {
        modules: Object.entries(item.modules).map(([id, m]) => ({
          id,
          size: m.renderedLength,
          code: m.code ?? ''
        }))
      })
    }
  }
}

await build({
  configFile: join(root, 'vite.web.config.ts'),
  logLevel: 'warn',
  plugins: [recorder]
})

const html = readFileSync(join(outDir, 'index.html'), 'utf8')
const initial = [
  ...new Set(
    [
      ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
      ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)
    ].map((m) => m[1].replace(/^\.\//, ''))
  )
]

const kb = (n) => (n / 1024).toFixed(1)
let total = 0
const modules = []
for (const file of initial) {
  const gz = gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length
  total += gz
  console.log(`${file}  ${kb(gz)} KB gzipped`)
  for (const m of chunks.get(file)?.modules ?? []) modules.push({ ...m, file })
  if (process.argv.includes('--chunks'))
    for (const m of (chunks.get(file)?.modules ?? []).filter((m) => m.size > 2048))
      console.log(`    ${kb(m.size).padStart(8)} KB  ${m.id.replace(root + '/', '')}`)
}
console.log(`initial JavaScript: ${initial.length} files, ${kb(total)} KB gzipped\n`)

const packageOf = (id) => {
  const at = id.lastIndexOf('node_modules/')
  if (at < 0)
    return id.startsWith(root)
      ? id
          .slice(root.length + 1)
          .split('/')
          .slice(0, 3)
          .join('/')
      : id
  const parts = id.slice(at + 'node_modules/'.length).split('/')
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
}
const byPackage = new Map()
for (const m of modules) {
  const entry = byPackage.get(packageOf(m.id)) ?? { size: 0, code: [] }
  entry.size += m.size
  entry.code.push(m.code)
  byPackage.set(packageOf(m.id), entry)
}
// Gzipped on its own, a package's code compresses a little worse than inside its chunk: a guide.
console.log('by package / folder: rendered size, and its code gzipped on its own')
for (const [name, { size, code }] of [...byPackage]
  .sort((a, b) => b[1].size - a[1].size)
  .slice(0, topN)) {
  const gz = gzipSync(code.join('\n'), { level: 9 }).length
  console.log(`  ${kb(size).padStart(8)} KB  ${kb(gz).padStart(6)} KB gz  ${name}`)
}
console.log(`\nbiggest modules:`)
for (const m of modules.sort((a, b) => b.size - a.size).slice(0, topN))
  console.log(`  ${kb(m.size).padStart(8)} KB  ${m.id.replace(root + '/', '')}`)

// --importers <part of a module id>: the modules in the initial files that import such a module.
if (process.argv.includes('--importers')) {
  const part = process.argv[process.argv.indexOf('--importers') + 1]
  const inInitial = new Set(modules.map((m) => m.id))
  for (const id of inInitial)
    for (const next of (imports.get(id) ?? []).filter((i) => i.includes(part)))
      console.log(`  ${id.replace(root + '/', '')} -> ${next.replace(root + '/', '')}`)
}

// --why <part of a module id>: the shortest static import chain from the entry to such a module.
if (why) {
  const from = new Map(entries.map((id) => [id, null]))
  const queue = [...entries]
  let found = null
  while (queue.length && !found) {
    const id = queue.shift()
    for (const next of imports.get(id) ?? []) {
      if (from.has(next)) continue
      from.set(next, id)
      if (next.includes(why)) found = next
      queue.push(next)
    }
  }
  const chain = []
  for (let id = found; id; id = from.get(id)) chain.push(id.replace(root + '/', ''))
  console.log(`\nwhy ${why}:\n  ${found ? chain.join('\n  <- ') : 'not imported statically'}`)
}
