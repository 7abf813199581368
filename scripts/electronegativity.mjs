// `npm run test:security`: the Electronegativity gate (SEC-12).
//
// Scans the Electron sources (electron/, minus unit tests, plus package.json) and, when built, the
// bundles in out/main and out/preload. Fails on any finding of severity MEDIUM or above that is not
// justified by an `// eng-disable CHECK_ID — reason` comment (rules: electronegativity-justify.mjs),
// on comments without a reason or naming unknown checks, and on files the tool could not parse.
// Writes SARIF per scan and a report.json with every finding's verdict to
// test-results/electronegativity/.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isGated, justificationFor, parseEngDisable } from './electronegativity-justify.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const RESULTS = join(ROOT, 'test-results', 'electronegativity')
const require = createRequire(import.meta.url)
const toPosix = (path) => path.split(sep).join('/')

/** Repo-relative paths of the files under `dir` (recursively) that `keep` accepts. */
const listFiles = (dir, keep) =>
  existsSync(join(ROOT, dir))
    ? readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => toPosix(relative(ROOT, join(entry.parentPath, entry.name))))
        .filter(keep)
    : []

const SCANS = [
  {
    name: 'sources',
    origin: 'source',
    files: [
      ...listFiles('electron', (f) => /\.(ts|js|mjs|cjs|html)$/.test(f) && !/\.test\.ts$/.test(f)),
      'package.json'
    ]
  },
  {
    name: 'build',
    origin: 'build',
    files: [
      ...listFiles('out/main', (f) => /\.(js|mjs|cjs)$/.test(f)),
      ...listFiles('out/preload', (f) => /\.(js|mjs|cjs)$/.test(f))
    ]
  }
].filter((scan) => scan.files.some((f) => f !== 'package.json'))

/**
 * Electronegativity fetches translations (S3) and Electron release notes (GitHub) when it starts.
 * CI has no internet and a gate must not depend on remote content, so its HTTP client answers
 * every request with a network error; the tool then falls back to its bundled English texts.
 */
function loadOffline() {
  const toolRequire = createRequire(require.resolve('@doyensec/electronegativity'))
  const gotPath = toolRequire.resolve('got')
  const offline = () => Promise.reject(new Error('offline: network disabled for the security gate'))
  offline.head = offline
  toolRequire.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline }
  return toolRequire('@doyensec/electronegativity')
}

/** Every check name the tool knows: ids (SANDBOX_JS_CHECK) and class names (SandboxJSCheck). */
function knownCheckNames() {
  const checksDir = join(
    dirname(require.resolve('@doyensec/electronegativity')),
    'finder',
    'checks'
  )
  const names = new Set()
  for (const entry of readdirSync(checksDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue
    names.add(basename(entry.name, '.js').toLowerCase())
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8')
    for (const match of text.matchAll(/this\.id = "([A-Z0-9_]+)"/g))
      names.add(match[1].toLowerCase())
  }
  return names
}

/**
 * Copies a scan's files to a temporary tree with every `eng-disable` switched off (same length, so
 * line and column numbers hold). The tool then reports everything, and this gate, not the tool,
 * decides which findings are justified.
 */
function stageScan(scan) {
  const dir = mkdtempSync(join(tmpdir(), `eng-${scan.name}-`))
  for (const file of scan.files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    const text = readFileSync(join(ROOT, file), 'utf8')
    writeFileSync(join(dir, file), text.replaceAll('eng-disable', 'eng-audited'))
  }
  return dir
}

/** All eng-disable comments in the scanned sources, with where they are. */
function collectJustifications(files) {
  const found = []
  for (const file of files) {
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const parsed = parseEngDisable(text)
        if (parsed !== null) found.push({ file, line: index + 1, ...parsed })
      })
  }
  return found
}

async function main() {
  if (SCANS.length === 0) {
    console.error('electronegativity: nothing to scan (no electron/ sources)')
    return 1
  }
  rmSync(RESULTS, { recursive: true, force: true })
  mkdirSync(RESULTS, { recursive: true })
  const run = loadOffline()
  const electronVersion = JSON.parse(
    readFileSync(require.resolve('electron/package.json'), 'utf8')
  ).version

  const sourceFiles = SCANS.find((scan) => scan.origin === 'source')?.files ?? []
  const justifications = collectJustifications(sourceFiles)
  const known = knownCheckNames()
  const problems = []
  for (const j of justifications) {
    const where = `${j.file}:${j.line}`
    if (j.checks.length === 0) problems.push(`${where}: eng-disable names no check`)
    for (const name of j.checks.filter((c) => !known.has(c.toLowerCase()))) {
      problems.push(`${where}: eng-disable names an unknown check "${name}"`)
    }
    if (j.reason === null) {
      problems.push(
        `${where}: eng-disable needs "— reason" (at least 20 characters) after the check`
      )
    }
  }

  const findings = []
  for (const scan of SCANS) {
    const staged = stageScan(scan)
    const log = console.log
    // The tool logs its translation fallback on every run; that line says nothing here.
    console.log = (...args) => {
      if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args)
    }
    let result
    try {
      result = await run(
        {
          input: staged,
          output: join(RESULTS, `${scan.name}.sarif`),
          isSarif: true,
          customScan: [],
          // Needs the network (GitHub release notes); SEC-13 checks the Electron version instead.
          excludeFromScan: ['availablesecurityfixesglobalcheck'],
          isRelative: true,
          isVerbose: false,
          electronVersionOverride: electronVersion,
          parserPlugins: []
        },
        false
      )
    } finally {
      console.log = log
      rmSync(staged, { recursive: true, force: true })
    }
    for (const error of result.errors.filter((e) => !e.tolerable)) {
      problems.push(
        `${toPosix(relative(staged, error.file))}: could not be parsed (${error.message})`
      )
    }
    for (const issue of result.issues) {
      findings.push({
        id: issue.id,
        constructorName: issue.constructorName,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        manualReview: Boolean(issue.manualReview),
        file: toPosix(issue.file),
        line: issue.location.line,
        origin: scan.origin,
        description: issue.description
      })
    }
  }

  const gated = findings.filter((f) => isGated(f.severity))
  const verdicts = gated.map((finding) => ({
    ...finding,
    justification: justificationFor(finding, justifications)
  }))
  const unjustified = verdicts.filter((v) => v.justification === null)
  const used = new Set(verdicts.map((v) => v.justification).filter(Boolean))
  const unused = justifications.filter((j) => j.reason !== null && !used.has(j))

  for (const v of verdicts) {
    const where = v.file === 'N/A' ? `(global, ${v.origin})` : `${v.file}:${v.line}`
    const verdict = v.justification
      ? `justified at ${v.justification.file}:${v.justification.line} — ${v.justification.reason}`
      : 'UNJUSTIFIED'
    console.log(`  ${v.severity.padEnd(6)} ${v.id} ${where}: ${verdict}`)
  }
  for (const j of unused) {
    console.log(
      `  note: ${j.file}:${j.line} justifies ${j.checks.join(', ')}, which no longer fires`
    )
  }
  for (const problem of problems) console.error(`  error: ${problem}`)

  writeFileSync(
    join(RESULTS, 'report.json'),
    `${JSON.stringify({ electronVersion, scans: SCANS, findings, verdicts, problems }, null, 2)}\n`
  )
  console.log(
    `electronegativity: ${gated.length} findings, ${unjustified.length} unjustified` +
      (problems.length > 0 ? `, ${problems.length} errors` : '')
  )
  return unjustified.length === 0 && problems.length === 0 ? 0 : 1
}

process.exitCode = await main()
