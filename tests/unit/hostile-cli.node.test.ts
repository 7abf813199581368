import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  HOSTILE_TARGETS,
  hostileCorpus,
  type HostileReaderKind
} from '../../shared/testing/hostile-files'

/*
 * The hostile corpus (shared/testing/hostile-files.ts) through the built command line: every case
 * given to `bank validate`, `bank convert`, `score`, `report`, `package verify`, `package open`,
 * `ledger check` and `ledger apply` must end with exit 1, one line on standard error in the chosen
 * language (no stack trace) and nothing written, in at most 10 s of CPU and at most
 * 300 MB of peak resident memory, both measured by /usr/bin/time -v around the real process. The
 * worst case per command is printed. Needs `npx electron-vite build` (skipped, saying so, without
 * it, except in CI where `npm test` builds first) and /usr/bin/time (scripts/system-deps.mjs).
 */

const ROOT = join(import.meta.dirname, '../..')
const CLI = join(ROOT, 'out/cli/index.js')
const TIME = '/usr/bin/time'
const built = existsSync(CLI) && existsSync(TIME)
const reason = built ? '' : ' (skipped: build out/cli/index.js with `npx electron-vite build`)'

const PEAK_RSS_KB = (300 * 1000 * 1000) / 1024
const CPU_SECONDS = 10

/**
 * A command and the kind of file it reads (the hostile file comes last); `out` is what it would
 * write, which must not exist after a refusal.
 */
const COMMANDS: Array<{
  name: string
  kind: HostileReaderKind
  ext: string
  args: string[]
  out?: string
}> = [
  { name: 'bank validate (.json)', kind: 'bankJson', ext: 'json', args: ['bank', 'validate'] },
  { name: 'bank validate (.xlsx)', kind: 'bankWorkbook', ext: 'xlsx', args: ['bank', 'validate'] },
  {
    name: 'bank convert (.json)',
    kind: 'bankJson',
    ext: 'json',
    args: ['bank', 'convert', '-o', 'converted.xlsx'],
    out: 'converted.xlsx'
  },
  {
    name: 'bank convert (.xlsx)',
    kind: 'bankWorkbook',
    ext: 'xlsx',
    args: ['bank', 'convert', '-o', 'converted.json'],
    out: 'converted.json'
  },
  { name: 'score', kind: 'assessmentFile', ext: 'json', args: ['score'] },
  {
    name: 'report',
    kind: 'assessmentFile',
    ext: 'json',
    args: ['report', '-o', 'report.xlsx'],
    out: 'report.xlsx'
  },
  { name: 'package verify', kind: 'package', ext: 'zip', args: ['package', 'verify'] },
  {
    name: 'package open',
    kind: 'package',
    ext: 'zip',
    args: ['package', 'open', '-o', 'opened'],
    out: 'opened'
  },
  { name: 'ledger check', kind: 'registerWorkbook', ext: 'xlsx', args: ['ledger', 'check'] },
  {
    name: 'ledger apply',
    kind: 'registerWorkbook',
    ext: 'xlsx',
    // The assessment is a good one (written in beforeAll); the register is the hostile file.
    args: ['ledger', 'apply', 'good.json', '-o', 'applied.json'],
    out: 'applied.json'
  }
]

interface Run {
  code: number
  stderr: string
  peakKb: number
  cpuSeconds: number
}

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hostile-cli-'))
  if (built) {
    const sample = await runMeasured(['sample', '--out', 'good.json'], { LANG: 'C.UTF-8' })
    expect(sample.code).toBe(0)
  }
})
afterAll(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true })
  const lines = [...worst].map(
    ([command, w]) =>
      `  ${command.padEnd(22)} peak ${(w.peakKb / 1024).toFixed(0).padStart(4)} MiB (${w.peakCase}); CPU ${w.cpuSeconds.toFixed(2)} s (${w.cpuCase})`
  )
  console.log(`hostile files on the command line, worst case per command:\n${lines.join('\n')}`)
})

/** Runs the built command line under /usr/bin/time -v with a clean locale environment. */
function runMeasured(args: string[], env: Record<string, string>): Promise<Run> {
  const stats = join(dir, 'time.txt')
  return new Promise((resolve) => {
    execFile(
      TIME,
      ['-v', '-o', stats, process.execPath, CLI, ...args],
      { cwd: dir, env: { PATH: process.env.PATH ?? '', ...env }, maxBuffer: 1 << 20 },
      async (error, _stdout, stderr) => {
        const text = await readFile(stats, 'utf8')
        const number = (label: string): number =>
          Number(new RegExp(`${label}: ([\\d.]+)`).exec(text)?.[1] ?? NaN)
        resolve({
          code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1,
          stderr,
          peakKb: number('Maximum resident set size \\(kbytes\\)'),
          cpuSeconds: number('User time \\(seconds\\)') + number('System time \\(seconds\\)')
        })
      }
    )
  })
}

const worst = new Map<
  string,
  { peakKb: number; peakCase: string; cpuSeconds: number; cpuCase: string }
>()
const CJK = /[\u4e00-\u9fff]/

describe.skipIf(!built && process.env.CI !== 'true')(
  `hostile files on the command line${reason}`,
  () => {
    it.each(COMMANDS)(
      '$name: exit 1, one line on stderr in the chosen language, nothing written, ≤ 300 MB, ≤ 10 s CPU',
      async ({ name, kind, ext, args, out }) => {
        const corpus = hostileCorpus(await HOSTILE_TARGETS[kind]())
        const w = { peakKb: 0, peakCase: '', cpuSeconds: 0, cpuCase: '' }
        worst.set(name, w)
        const failures: string[] = []
        for (const [index, { name: what, bytes }] of corpus.entries()) {
          const file = `hostile.${ext}`
          await writeFile(join(dir, file), bytes)
          // Chinese by --lang, or English from the locale alone, every other case.
          const english = index % 2 === 1
          const run = english
            ? await runMeasured([...args, file], { LANG: 'en_US.UTF-8' })
            : await runMeasured([...args, file, '--lang', 'zh-CN'], { LANG: 'C.UTF-8' })
          if (run.peakKb > w.peakKb) Object.assign(w, { peakKb: run.peakKb, peakCase: what })
          if (run.cpuSeconds > w.cpuSeconds)
            Object.assign(w, { cpuSeconds: run.cpuSeconds, cpuCase: what })
          const lines = run.stderr.split('\n').filter((line) => line !== '')
          const problems: string[] = []
          if (run.code !== 1) problems.push(`exit ${run.code}`)
          if (lines.length !== 1) problems.push(`${lines.length} lines`)
          if (!lines[0]?.startsWith(`stability-assessor: ${file}`))
            problems.push('does not name the file')
          if (CJK.test(run.stderr) === english) problems.push('wrong language')
          if (/^\s+at /m.test(run.stderr)) problems.push('stack trace')
          if (!(run.peakKb <= PEAK_RSS_KB)) problems.push(`peak ${run.peakKb} kB`)
          if (!(run.cpuSeconds <= CPU_SECONDS)) problems.push(`${run.cpuSeconds} s CPU`)
          if (out !== undefined && existsSync(join(dir, out))) problems.push(`wrote ${out}`)
          if (problems.length > 0)
            failures.push(`${what}: ${problems.join(', ')}: ${run.stderr.slice(0, 300)}`)
        }
        expect(failures).toEqual([])
      },
      900_000
    )
  }
)
