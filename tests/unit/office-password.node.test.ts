import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildReportModel, writeReportWorkbook } from '../../shared/report'
import { buildReportDocument, writeReportDocx } from '../../shared/report-doc'
import { protectOfficeFile } from '../../shared/office-crypto'
import { generateSampleAssessment } from '../../shared/sample'
import { formatScore, scoreAssessment } from '../../shared/scoring'
import { defaultBank } from '../../shared/testing/default-bank'
import { findSoffice } from './report-libreoffice'

/*
 * Password-protected exports (issue 15), opened by readers that are not ours: Debian's
 * msoffcrypto-tool decrypts each file with its password, checking the HMAC, back to the exact
 * bytes we protected, and refuses a wrong password; LibreOffice opens each with the password
 * (printing it to PDF, where the institution and the overall score are read back) and refuses it
 * without one or with a wrong one. Skipped, saying why, where a reader is missing (never in CI).
 */

const PYTHON = '/usr/bin/python3'
const msoffcrypto =
  spawnSync(PYTHON, ['-c', 'import msoffcrypto'], { encoding: 'utf8' }).status === 0
const pythonUno = spawnSync(PYTHON, ['-c', 'import uno'], { encoding: 'utf8' }).status === 0
const soffice = findSoffice()
const inCi = process.env.CI === 'true'

const bank = defaultBank()
const assessment = generateSampleAssessment(bank, { seed: 1 })
const result = scoreAssessment(bank, assessment)
const GENERATED_AT = '2025-07-20T10:00:00+08:00'
const PASSWORD = '评估口令-2025 Pa55'

const dir = mkdtempSync(join(tmpdir(), 'office-password-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function protectedExports(): Promise<
  Array<{ name: string; plain: Uint8Array; path: string }>
> {
  const workbook = await writeReportWorkbook(
    buildReportModel({ bank, assessment, locale: 'zh-CN', generatedAt: GENERATED_AT })
  )
  const word = await writeReportDocx(
    buildReportDocument({ bank, assessment, result, locale: 'en-US', generatedAt: GENERATED_AT })
  )
  const out = []
  for (const [name, plain] of [
    ['report.xlsx', workbook],
    ['report.docx', word]
  ] as const) {
    const path = join(dir, name)
    writeFileSync(path, await protectOfficeFile(plain, PASSWORD))
    out.push({ name, plain, path })
  }
  return out
}
const files = protectedExports()

describe.skipIf(!msoffcrypto && !inCi)(
  `msoffcrypto-tool decrypts what we protected${msoffcrypto ? '' : ' (skipped: install python3-msoffcrypto-tool)'}`,
  () => {
    it('gives back the exact workbook and Word bytes with the password, HMAC verified; refuses another', async () => {
      for (const file of await files) {
        const script = `
import io, sys, msoffcrypto
from msoffcrypto.exceptions import InvalidKeyError
def attempt(password):
    office = msoffcrypto.OfficeFile(open(sys.argv[1], 'rb'))
    office.load_key(password=password)
    out = io.BytesIO()
    office.decrypt(out, verify_integrity=True)
    return out.getvalue()
open(sys.argv[2], 'wb').write(attempt(sys.argv[3]))
try:
    attempt('wrong password')
    print('wrong accepted')
except InvalidKeyError:
    print('wrong refused')
`
        const decrypted = `${file.path}.plain`
        const run = spawnSync(PYTHON, ['-c', script, file.path, decrypted, PASSWORD], {
          encoding: 'utf8'
        })
        expect(run.stderr, file.name).toBe('')
        expect(run.stdout.trim(), file.name).toBe('wrong refused')
        expect(Buffer.compare(readFileSync(decrypted), Buffer.from(file.plain)), file.name).toBe(0)
      }
    }, 120_000)
  }
)

const libreOffice = soffice !== null && pythonUno
describe.skipIf(!libreOffice && !inCi)(
  `LibreOffice opens the protected files only with the password${libreOffice ? '' : ' (skipped: install libreoffice-calc, libreoffice-writer and python3-uno)'}`,
  () => {
    it('prints both to PDF with it; refuses both without it and with a wrong one', async () => {
      const jobs = (await files).flatMap((file) => [
        { file: file.path, password: PASSWORD, pdf: `${file.path}.pdf` },
        { file: file.path, password: '', pdf: `${file.path}.none.pdf` },
        { file: file.path, password: 'wrong password', pdf: `${file.path}.wrong.pdf` }
      ])
      const run = spawnSync(
        PYTHON,
        [resolve(import.meta.dirname, 'office-open.py'), soffice!, join(dir, 'profile')],
        { input: JSON.stringify(jobs), encoding: 'utf8', timeout: 300_000 }
      )
      const opened = run.stdout
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { file: string; opened: boolean })
      expect(opened, run.stderr).toEqual(
        jobs.map((job) => ({ file: job.file, opened: job.password === PASSWORD }))
      )
      for (const job of jobs.filter((j) => j.password !== PASSWORD))
        expect(existsSync(job.pdf), job.pdf).toBe(false)
      const text = (pdf: string) =>
        spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout
      const [workbook, word] = await files
      const overall = formatScore(result.overall.score)
      // The workbook's cover sheet and the Word report's cover and summary, as LibreOffice read them.
      expect(text(`${workbook!.path}.pdf`)).toContain(assessment.metadata.institution)
      expect(text(`${word!.path}.pdf`)).toContain(assessment.metadata.institution)
      expect(text(`${word!.path}.pdf`)).toContain(overall)
    }, 300_000)
  }
)
