/**
 * `npm test` starts with the system-package check (scripts/system-deps.mjs); `.ci/run` has no list
 * of its own. What it prints and does for each situation, and that the list is the one place.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  checkSystemDeps,
  installCommand,
  planSystemDeps,
  SYSTEM_PACKAGES,
  type SystemDepsHost
} from '../../scripts/system-deps.mjs'

const byName = (...names: string[]) =>
  names.map((name) => {
    const item = SYSTEM_PACKAGES.find((candidate) => candidate.name === name)
    if (!item) throw new Error(`${name} is not in SYSTEM_PACKAGES`)
    return item
  })

describe('SYSTEM_PACKAGES', () => {
  it('lists every Debian package the tests use, each with a reason', () => {
    expect(SYSTEM_PACKAGES.map((item) => item.name)).toEqual(
      expect.arrayContaining([
        'chromium',
        'fonts-noto-cjk',
        'python3-openpyxl',
        'python3-docx',
        'libreoffice-calc',
        'libreoffice-writer',
        'python3-msoffcrypto-tool',
        'python3-uno',
        'poppler-utils',
        'time'
      ])
    )
    for (const item of SYSTEM_PACKAGES) expect(item.why.length).toBeGreaterThan(10)
  })

  it('is what npm test runs first, and .ci/run keeps no list of its own', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'))
    expect(manifest.scripts['test:system']).toBe('node scripts/system-deps.mjs')
    expect(manifest.scripts.test).toMatch(/^npm run test:system && /)
    const ciRun = readFileSync('.ci/run', 'utf8')
    expect(ciRun).toMatch(/^npm test$/m)
    for (const item of SYSTEM_PACKAGES) expect(ciRun).not.toContain(item.name)
  })
})

describe('planSystemDeps', () => {
  it('says all are present in one line and does nothing', () => {
    expect(planSystemDeps({ missing: [], root: false, debian: true })).toEqual({
      action: 'none',
      lines: [`system packages: all ${SYSTEM_PACKAGES.length} present`]
    })
  })

  it('installs what is missing as root on Debian/Ubuntu', () => {
    const plan = planSystemDeps({
      missing: byName('python3-docx', 'libreoffice-writer'),
      root: true,
      debian: true
    })
    expect(plan.action).toBe('install')
    expect(plan.lines[0]).toBe('system packages: installing python3-docx, libreoffice-writer')
    expect(plan.lines[1]).toMatch(/^ {2}python3-docx {8}an independent reader of the Word report/)
  })

  it('stops a non-root user with the exact sudo command naming the packages', () => {
    const plan = planSystemDeps({
      missing: byName('chromium', 'poppler-utils'),
      root: false,
      debian: true
    })
    expect(plan.action).toBe('stop')
    expect(plan.lines).toEqual([
      'npm test needs system packages that are missing here:',
      '  chromium       browser end-to-end tests (Playwright drives /usr/bin/chromium)',
      '  poppler-utils  pdftoppm and pdftotext, to render and read report pages',
      'Install them, then run npm test again:',
      '  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium poppler-utils'
    ])
  })

  it('stops on a system without apt, even as root, with the Debian command', () => {
    const plan = planSystemDeps({ missing: byName('fonts-noto-cjk'), root: true, debian: false })
    expect(plan.action).toBe('stop')
    expect(plan.lines.at(-1)).toBe(
      '  sudo apt-get update && sudo apt-get install -y --no-install-recommends fonts-noto-cjk'
    )
  })
})

describe('installCommand', () => {
  it('has no sudo for root', () => {
    expect(installCommand(['chromium'], { root: true })).toBe(
      'apt-get update && apt-get install -y --no-install-recommends chromium'
    )
  })
})

describe('checkSystemDeps', () => {
  /** A system where `missing` lists what is absent until apt-get installs it (or fails to). */
  const system = (options: { root: boolean; missing: string[]; installWorks: boolean }) => {
    let absent = byName(...options.missing)
    const commands: string[] = []
    const out: string[] = []
    const host: SystemDepsHost = {
      debian: true,
      root: options.root,
      missing: () => absent,
      run: (command, args) => {
        commands.push([command, ...args].join(' '))
        if (args[0] === 'install' && options.installWorks) absent = []
        return options.installWorks
      },
      log: (line) => out.push(line),
      error: (line) => out.push(`! ${line}`)
    }
    return { host, commands, out }
  }

  it('as root with packages missing, installs exactly those with apt-get and passes', () => {
    const { host, commands, out } = system({
      root: true,
      missing: ['python3-docx', 'poppler-utils'],
      installWorks: true
    })
    expect(checkSystemDeps(host)).toBe(0)
    expect(commands).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends python3-docx poppler-utils'
    ])
    expect(out.at(-1)).toBe('system packages: installed python3-docx, poppler-utils')
  })

  it('as root, fails naming what is still missing when the install does not succeed', () => {
    const { host, out } = system({ root: true, missing: ['chromium'], installWorks: false })
    expect(checkSystemDeps(host)).toBe(1)
    expect(out.slice(-2)).toEqual([
      '! system packages: the install did not succeed; still missing: chromium',
      '!   apt-get update && apt-get install -y --no-install-recommends chromium'
    ])
  })

  it('as another user, installs nothing and stops with the sudo command', () => {
    const { host, commands, out } = system({
      root: false,
      missing: ['fonts-noto-cjk'],
      installWorks: true
    })
    expect(checkSystemDeps(host)).toBe(1)
    expect(commands).toEqual([])
    expect(out.at(-1)).toBe(
      '!   sudo apt-get update && sudo apt-get install -y --no-install-recommends fonts-noto-cjk'
    )
  })
})

describe('the script', () => {
  it('exits 1 at once, naming the packages, when none of them can be found', () => {
    // An empty PATH and a Chromium path that does not exist: every probe fails.
    const run = spawnSync(process.execPath, ['scripts/system-deps.mjs'], {
      encoding: 'utf8',
      env: { PATH: '', CHROMIUM_PATH: '/nonexistent/chromium' },
      timeout: 10_000
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('chromium')
    expect(run.stderr).toContain('poppler-utils')
    expect(run.stderr).toMatch(/apt-get install -y --no-install-recommends .*chromium/)
  })
})
