import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { parseAssessmentJson, validateAssessmentAgainstBank } from '../../shared/assessment'
import { miniBankInput } from '../../shared/testing'
import { bankContentHash, parseBank } from '../../shared/bank'
import { formatScore, scoreAssessment } from '../../shared/scoring'
import {
  cliIn,
  defaultBank,
  defaultBankPath,
  newestBank,
  newestBankPath,
  temporaryFolder
} from './test-support'

const tempPath = temporaryFolder()
const run = cliIn(tempPath)

describe('bank validate', () => {
  it('summarises the default bank', async () => {
    const bank = await defaultBank()
    const { code, out, err } = await run('bank', 'validate', defaultBankPath)
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(out).toContain(': valid')
    expect(out).toContain(`id: ${bank.id}`)
    expect(out).toContain(`version: ${bank.version}`)
    expect(out).toContain(`content hash: ${bankContentHash(bank)}`)
    expect(out).toContain(`pillars: ${bank.pillars.length}`)
    expect(out).toMatch(/questions: \d+/)
    expect(out).toContain('maturity')
    expect(out).toContain(`factors: ${bank.factors.length}`)
  })

  it('lists the problems of an invalid bank with their paths (exit 1)', async () => {
    const broken = structuredClone(miniBankInput) as Record<string, unknown>
    ;(
      broken.pillars as Array<{ sections: Array<{ questions: Array<{ weight?: unknown }> }> }>
    )[0]!.sections[0]!.questions[0]!.weight = -1
    await writeFile(tempPath('broken.json'), JSON.stringify(broken))
    const { code, err } = await run('bank', 'validate', 'broken.json', '--lang', 'en-US')
    expect(code).toBe(1)
    expect(err).toMatch(/broken\.json(: | is invalid)/)
    expect(err).toContain('pillars[0].sections[0].questions[0].weight')
  })

  it('refuses an unknown file type', async () => {
    const { code, err } = await run('bank', 'validate', 'bank.txt', '--lang', 'en-US')
    expect(code).toBe(1)
    expect(err).toContain('a bank must be a .json or .xlsx file')
  })
})

describe('bank template and bank convert', () => {
  it('writes a template that reads back as a valid bank', async () => {
    expect((await run('bank', 'template', '--out', 'template.xlsx')).code).toBe(0)
    const { code, out } = await run('bank', 'validate', 'template.xlsx')
    expect(code).toBe(0)
    expect(out).toContain('template.xlsx: valid')
  })

  it('converts JSON → Excel → JSON without changing the content hash', async () => {
    const bank = await defaultBank()
    expect((await run('bank', 'convert', defaultBankPath, '--out', 'bank.xlsx')).code).toBe(0)
    const back = await run('bank', 'convert', 'bank.xlsx', '--out', 'bank.json')
    expect(back.code).toBe(0)
    expect(back.out).toContain(bankContentHash(bank).slice(0, 12))
    const parsed = parseBank(JSON.parse(await readFile(tempPath('bank.json'), 'utf8')))
    expect(parsed.ok && bankContentHash(parsed.value)).toBe(bankContentHash(bank))
  })
})

describe('sample and score', () => {
  it('answers the newest installed version of the default bank without --bank, as the app does', async () => {
    expect((await run('sample', '--out', 'newest.json')).code).toBe(0)
    const parsed = parseAssessmentJson(await readFile(tempPath('newest.json'), 'utf8'))
    if (!parsed.ok) throw new Error('sample does not parse')
    expect(parsed.value.assessment.bank).toMatchObject({
      id: 'sac-stability-2025',
      version: '1.1.0'
    })
    // --bank still picks any version: 1.0.0 stays available for assessments made on it.
    expect((await run('sample', '--bank', defaultBankPath, '--out', 'v100.json')).code).toBe(0)
    const v100 = JSON.parse(await readFile(tempPath('v100.json'), 'utf8'))
    expect(v100.assessment.bank.version).toBe('1.0.0')
  })

  it('writes the same bytes for the same seed', async () => {
    expect((await run('sample', '--seed', '1', '--out', 's1.json')).code).toBe(0)
    expect((await run('sample', '--seed', '1', '--out', 's1-again.json')).code).toBe(0)
    const [a, b] = await Promise.all([
      readFile(tempPath('s1.json')),
      readFile(tempPath('s1-again.json'))
    ])
    expect(Buffer.compare(a, b)).toBe(0)
    const parsed = parseAssessmentJson(a.toString('utf8'))
    expect(parsed.ok).toBe(true)
    if (parsed.ok)
      expect(validateAssessmentAgainstBank(parsed.value.assessment, await newestBank())).toEqual([])
    const stdout = await run('sample', '--seed', '1')
    expect(stdout.out).toBe(a.toString('utf8'))
  })

  it('scores the sample as a readable table in Chinese (default) and English', async () => {
    await run('sample', '--seed', '1', '--out', 's1.json')
    const parsed = parseAssessmentJson(await readFile(tempPath('s1.json'), 'utf8'))
    if (!parsed.ok) throw new Error('sample does not parse')
    const assessment = parsed.value.assessment
    const result = scoreAssessment(await newestBank(), assessment)
    const zh = await run('score', 's1.json')
    expect(zh.err).toBe('')
    expect(zh.code).toBe(0)
    expect(zh.out).toContain(`总分: ${formatScore(result.overall.score)}`)
    const level = assessment.profile.levels.find((l) => l.level === result.overall.level)
    if (level !== undefined) expect(zh.out).toContain(`${level.code} ${level.label['zh-CN']}`)
    expect(zh.out).toContain(result.overall.text['zh-CN'])
    expect(zh.out).toContain('稳定性评价要素指数')
    expect(zh.out).toContain('F01')
    const en = await run('score', 's1.json', '--lang', 'en-US')
    expect(en.out).toContain(`Overall score: ${formatScore(result.overall.score)}`)
    expect(en.out).toContain('Evaluation factors')
  })

  it('prints the full result as JSON with --json, equal to scoreAssessment', async () => {
    await run('sample', '--seed', '1', '--out', 's1.json')
    const parsed = parseAssessmentJson(await readFile(tempPath('s1.json'), 'utf8'))
    if (!parsed.ok) throw new Error('sample does not parse')
    const { code, out } = await run('score', 's1.json', '--json')
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual(
      JSON.parse(JSON.stringify(scoreAssessment(await newestBank(), parsed.value.assessment)))
    )
  })

  it('accepts the bank given with --bank and refuses a different bank, naming the expected one', async () => {
    await run('sample', '--seed', '2', '--out', 's2.json')
    expect((await run('score', 's2.json', '--bank', newestBankPath)).code).toBe(0)
    await writeFile(tempPath('mini.json'), JSON.stringify(miniBankInput))
    const other = await run('score', 's2.json', '--bank', 'mini.json')
    expect(other.code).toBe(1)
    expect(other.err).toMatch(
      /mini.json 是题库 "mini" 1\.0\.0（内容 [0-9a-f]{12}…），但评估所用题库为 "sac-stability-2025"/
    )
  })

  it('refuses an assessment whose bank content is not installed', async () => {
    const text = await readFile(tempPath('s2.json'), 'utf8')
    const file = JSON.parse(text)
    file.assessment.bank.contentHash = 'f'.repeat(64)
    await writeFile(tempPath('changed.json'), JSON.stringify(file))
    const { code, err } = await run('score', 'changed.json')
    expect(code).toBe(1)
    expect(err).toContain('内容不同')
    expect(err).toContain('ffffffffffff')
    expect(err).toContain('--bank')
  })
})

describe('errors', () => {
  it('exits 2 with the path when a file is missing, in the chosen language', async () => {
    const { code, err, out } = await run('score', 'missing.json')
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err).toBe('stability-assessor: 无法读取 missing.json：文件不存在\n')
    const english = await run('score', 'missing.json', '--lang', 'en-US')
    expect(english).toEqual({
      code: 2,
      out: '',
      err: 'stability-assessor: cannot read missing.json: no such file\n'
    })
    const folder = await run('bank', 'validate', '.', '--lang', 'en-US')
    expect(folder.err).toBe('stability-assessor: .: a bank must be a .json or .xlsx file\n')
    await mkdir(tempPath('folder.json'), { recursive: true })
    expect((await run('score', 'folder.json')).err).toBe(
      'stability-assessor: 无法读取 folder.json：这是一个文件夹\n'
    )
  })

  it('exits 1 with line and column for invalid JSON', async () => {
    await writeFile(
      tempPath('bad.json'),
      '{\n  "kind": "stability-assessor/assessment",\n  "formatVersion": 1,\n}\n'
    )
    const { code, err } = await run('score', 'bad.json', '--lang', 'en-US')
    expect(code).toBe(1)
    expect(err).toBe(
      'stability-assessor: bad.json: line 3, column 21: invalid JSON: trailing comma before "}"\n'
    )
  })

  it('exits 1 listing schema problems with their paths', async () => {
    await run('sample', '--seed', '3', '--out', 's3.json')
    const file = JSON.parse(await readFile(tempPath('s3.json'), 'utf8'))
    file.assessment.metadata.institution = ''
    file.assessment.answers[0].value = { level: 9 }
    await writeFile(tempPath('invalid.json'), JSON.stringify(file))
    const { code, err } = await run('score', 'invalid.json', '--lang', 'en-US')
    expect(code).toBe(1)
    expect(err).toContain('invalid.json is invalid (2 problems):')
    expect(err).toContain('  assessment.metadata.institution: the institution is required')
    expect(err).toContain(
      '  assessment.answers[0].value: expected a number, a text, a list of ids or null'
    )
  })

  it('exits 1 listing answers that do not fit the bank', async () => {
    const file = JSON.parse(await readFile(tempPath('s3.json'), 'utf8'))
    const maturity = file.assessment.answers.findIndex(
      (a: { value: unknown }) => typeof a.value === 'number'
    )
    file.assessment.answers[maturity].value = 7
    file.assessment.answers.push({ questionId: 'Z9.99', value: 1 })
    await writeFile(tempPath('unfit.json'), JSON.stringify(file))
    const { code, err } = await run('score', 'unfit.json', '--lang', 'en-US')
    expect(code).toBe(1)
    expect(err).toContain(`assessment.answers[${maturity}].value:`)
    expect(err).toContain('Z9.99: no such question')
  })

  it('exits 1 for a file that is not an assessment, and 2 when the output cannot be written', async () => {
    await writeFile(tempPath('bank-as-assessment.json'), await readFile(defaultBankPath))
    const wrongKind = await run('score', 'bank-as-assessment.json', '--lang', 'en-US')
    expect(wrongKind.code).toBe(1)
    expect(wrongKind.err).toContain('kind: not a Stability Assessor assessment file')
    await writeFile(tempPath('a-file'), 'x')
    const cannotWrite = await run('sample', '--out', 'a-file/s.json')
    expect(cannotWrite.code).toBe(2)
    expect(cannotWrite.err).toContain('无法写入 a-file/s.json：')
    const english = await run('sample', '--out', 'a-file/s.json', '--lang', 'en-US')
    expect(english.err).toContain('cannot write a-file/s.json: ')
  })
})
