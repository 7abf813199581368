import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import {
  parseAssessmentJson,
  serializeAssessmentFile,
  type Assessment
} from '../../shared/assessment'
import { chainAuditLog } from '../../shared/assessment/audit-chain'
import { runCli } from './program'
import { capturedIo, cliIn, packageRoot, temporaryFolder } from './test-support'

const tempPath = temporaryFolder()
const run = cliIn(tempPath)
const meta = { generator: 'test', exportedAt: '2026-07-01T09:00:00+08:00' }

/** The sample with its whole log chained (as the app writes it), saved as `name`. */
async function chainedSample(name: string): Promise<Assessment> {
  expect((await run('sample', '--seed', '5', '--out', 'raw.json')).code).toBe(0)
  const parsed = parseAssessmentJson(await readFile(tempPath('raw.json'), 'utf8'))
  if (!parsed.ok) throw new Error('the sample does not parse')
  const { entries, head } = chainAuditLog(parsed.value.assessment.auditLog)
  const assessment = { ...parsed.value.assessment, auditLog: entries, auditHead: head }
  await writeFile(tempPath(name), serializeAssessmentFile(assessment, meta))
  return assessment
}

describe('verify', () => {
  it('says intact in Chinese and English, and as JSON (exit 0)', async () => {
    const assessment = await chainedSample('a.json')
    const zh = await run('verify', 'a.json')
    expect(zh.out).toBe(
      `a.json\n  审计日志：完整（共 ${assessment.auditLog.length} 条）\n  定稿签署：未定稿\n`
    )
    expect(zh.code).toBe(0)
    const en = await run('verify', 'a.json', '--lang', 'en-US')
    expect(en.out).toContain(`audit log: intact (${assessment.auditLog.length} entries)`)
    const json = await run('verify', 'a.json', '--json')
    expect(JSON.parse(json.out)).toMatchObject({
      ok: true,
      auditLog: { intact: true, length: assessment.auditLog.length, unchained: 0 }
    })
  })

  it('names the first entry that does not fit when one is edited (exit 1)', async () => {
    const assessment = await chainedSample('a.json')
    const log = assessment.auditLog.map((entry, k) => (k === 4 ? { ...entry, by: '某人' } : entry))
    await writeFile(
      tempPath('b.json'),
      serializeAssessmentFile({ ...assessment, auditLog: log }, meta)
    )
    const zh = await run('verify', 'b.json')
    expect(zh.out).toContain(`审计日志：第 5 条（${log[4]!.id}）不符 — 内容已被修改`)
    expect(zh.code).toBe(1)
    const en = await run('verify', 'b.json', '--lang', 'en-US')
    expect(en.out).toContain(
      `audit log: entry 5 (${log[4]!.id}) does not fit — its content was changed`
    )
  })

  it('has its usage in both languages, as the environment says', async () => {
    const zh = await run('verify', '--help')
    expect(zh.out).toContain('核验评估文件的审计日志是否保持写入时的原样')
    const { io, printed } = capturedIo(tempPath())
    await runCli(['verify', '--help'], { io, packageRoot, language: 'en-US' })
    expect(printed().out).toContain(
      "check that an assessment file's audit log is as it was written"
    )
    expect(printed().out).not.toMatch(/[\u4e00-\u9fff]/)
  })
})
