// The system packages the test suite needs, in ONE list: `npm test` starts with this check and
// `.ci/run` relies on it. Missing packages are installed on Debian/Ubuntu when run as root (CI, a
// fresh container); anywhere else the check stops at once with the exact command to run, because a
// check that CI runs must never be skipped quietly on a developer's machine.
//
// To add a package the tests need, add it to SYSTEM_PACKAGES below — nowhere else.
import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** The Python the tests run as an independent reader (Debian's, not a virtualenv's). */
const PYTHON = '/usr/bin/python3'
/** Where Debian's LibreOffice keeps its components; elsewhere one install has them all. */
const LIBREOFFICE_PROGRAM = '/usr/lib/libreoffice/program'

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}
const onPath = (command) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && isExecutable(join(dir, command)))
const pythonHas = (module) =>
  spawnSync(PYTHON, [
    '-c',
    `import importlib.util as u, sys; sys.exit(not u.find_spec('${module}'))`
  ]).status === 0
const libreOfficeHas = (component) =>
  onPath('soffice') &&
  (!existsSync(LIBREOFFICE_PROGRAM) || existsSync(join(LIBREOFFICE_PROGRAM, component)))
const cjkFontPresent = () => {
  const listed = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
  if (listed.status === 0) return /Noto (Sans|Serif) CJK/.test(listed.stdout)
  return existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')
}

/**
 * Debian package name, what the tests use it for, and how to tell it is usable here (probing what
 * the tests actually call, so the check is right on any system, not only where dpkg can answer).
 * @type {{ name: string, why: string, present: () => boolean }[]}
 */
export const SYSTEM_PACKAGES = [
  {
    name: 'chromium',
    why: 'browser end-to-end tests (Playwright drives /usr/bin/chromium)',
    present: () => isExecutable(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
  },
  {
    name: 'fonts-noto-cjk',
    why: 'Chinese text in screenshots and rendered reports',
    present: cjkFontPresent
  },
  {
    name: 'python3-openpyxl',
    why: 'an independent reader of exported workbooks (/usr/bin/python3)',
    present: () => pythonHas('openpyxl')
  },
  {
    name: 'python3-docx',
    why: 'an independent reader of the Word report (/usr/bin/python3)',
    present: () => pythonHas('docx')
  },
  {
    name: 'libreoffice-calc',
    why: 'recalculates exported workbooks to check every stored formula value',
    present: () => libreOfficeHas('libsclo.so')
  },
  {
    name: 'libreoffice-writer',
    why: 'opens and renders the Word report',
    present: () => libreOfficeHas('libswlo.so')
  },
  {
    name: 'python3-msoffcrypto-tool',
    why: 'an independent decryptor of password-protected workbooks and Word reports',
    present: () => pythonHas('msoffcrypto')
  },
  {
    name: 'python3-uno',
    why: 'drives LibreOffice to open password-protected exports with their password',
    present: () => pythonHas('uno')
  },
  {
    name: 'poppler-utils',
    why: 'pdftoppm and pdftotext, to render and read report pages',
    present: () => onPath('pdftoppm') && onPath('pdftotext')
  },
  {
    name: 'time',
    why: "/usr/bin/time -v, to measure the command line's peak memory on hostile files",
    present: () => isExecutable('/usr/bin/time')
  }
]

/** The command that installs the given packages (with sudo for a non-root user). */
export function installCommand(names, { root }) {
  const sudo = root ? '' : 'sudo '
  return `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${names.join(' ')}`
}

/**
 * What to do about the missing packages, and the lines to print. Pure, so it is unit-tested.
 * @param {{ missing: { name: string, why: string }[], root: boolean, debian: boolean }} situation
 * @returns {{ action: 'none' | 'install' | 'stop', lines: string[] }}
 */
export function planSystemDeps({ missing, root, debian }) {
  if (missing.length === 0) {
    return {
      action: 'none',
      lines: [`system packages: all ${SYSTEM_PACKAGES.length} present`]
    }
  }
  const names = missing.map((item) => item.name)
  const width = Math.max(...names.map((name) => name.length))
  const listed = missing.map((item) => `  ${item.name.padEnd(width)}  ${item.why}`)
  if (debian && root) {
    return {
      action: 'install',
      lines: [`system packages: installing ${names.join(', ')}`, ...listed]
    }
  }
  const lines = [`npm test needs system packages that are missing here:`, ...listed]
  if (debian) {
    lines.push('Install them, then run npm test again:', `  ${installCommand(names, { root })}`)
  } else {
    lines.push(
      'The test suite runs on Debian or Ubuntu (as CI does); there, install them with:',
      `  ${installCommand(names, { root: false })}`
    )
  }
  return { action: 'stop', lines }
}

const missingPackages = () => SYSTEM_PACKAGES.filter((item) => !item.present())

/** Runs a command with its output shown; false if it could not start or failed. */
function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  })
  return result.status === 0
}

/**
 * The check: probes, then installs (root on Debian/Ubuntu) or stops. Every outside effect comes
 * through `host`, so the tests can play root with a package missing without touching the system.
 */
export function checkSystemDeps(host = realHost()) {
  const missing = host.missing()
  const plan = planSystemDeps({ missing, root: host.root, debian: host.debian })
  const print = plan.action === 'stop' ? host.error : host.log
  for (const line of plan.lines) print(line)
  if (plan.action === 'none') return 0
  if (plan.action === 'stop') return 1

  const names = missing.map((item) => item.name)
  const installed =
    host.run('apt-get', ['update', '-qq']) &&
    host.run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names])
  const still = host.missing()
  if (!installed || still.length > 0) {
    const left = (still.length > 0 ? still : missing).map((item) => item.name)
    host.error(`system packages: the install did not succeed; still missing: ${left.join(', ')}`)
    host.error(`  ${installCommand(left, { root: true })}`)
    return 1
  }
  host.log(`system packages: installed ${names.join(', ')}`)
  return 0
}

function realHost() {
  return {
    debian: existsSync('/etc/debian_version') && onPath('apt-get'),
    root: typeof process.getuid === 'function' && process.getuid() === 0,
    missing: missingPackages,
    run,
    log: console.log,
    error: console.error
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = checkSystemDeps()
