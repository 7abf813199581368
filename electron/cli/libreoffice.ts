import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { CliError, EXIT_IO } from './io'
import { CLI_TEXTS } from './language'

/** LibreOffice's command (`soffice`) on PATH, or null when it is not installed. */
export function findSoffice(path: string = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue
    for (const name of ['soffice', 'soffice.exe']) {
      const candidate = join(dir, name)
      if (existsSync(candidate)) return candidate
    }
  }
  return null
}

/** Longest a conversion may take before it is given up (a large report on a slow machine). */
const CONVERT_TIMEOUT_MS = 300_000

/**
 * Converts a .docx to PDF with LibreOffice, headless, in a fresh profile of its own (so a running
 * LibreOffice or the user's settings never interfere), and returns the PDF bytes.
 */
export async function docxToPdf(soffice: string, docx: Uint8Array): Promise<Uint8Array> {
  const work = await mkdtemp(join(tmpdir(), 'stability-report-'))
  try {
    const profile = join(work, 'profile')
    await mkdir(profile)
    const input = join(work, 'report.docx')
    await writeFile(input, docx)
    const args = [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${profile.replace(/\\/g, '/')}`,
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      work,
      input
    ]
    const stderr = await new Promise<string>((resolvePromise, reject) => {
      const child = spawn(soffice, args, { stdio: ['ignore', 'ignore', 'pipe'] })
      let text = ''
      child.stderr.on('data', (chunk: Buffer) => void (text += chunk.toString('utf8')))
      const timer = setTimeout(() => child.kill(), CONVERT_TIMEOUT_MS)
      child.on('error', (error) => {
        clearTimeout(timer)
        reject(error)
      })
      child.on('close', () => {
        clearTimeout(timer)
        resolvePromise(text)
      })
    })
    const output = join(work, 'report.pdf')
    if (!existsSync(output))
      throw new CliError(
        CLI_TEXTS.libreOfficeFailed(stderr.trim().split('\n').at(-1) ?? ''),
        EXIT_IO
      )
    return new Uint8Array(await readFile(output))
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
