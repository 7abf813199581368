import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { describe, expect, it, vi } from 'vitest'
import { serializeAssessmentFile } from '../../shared/assessment'
import { decryptContainer } from '../../shared/crypto/container'
import { startsLikeContainer } from '../../shared/crypto/magic'
import { readPackage } from '../../shared/package'
import { unpack, withRealEvidence } from '../../shared/package/test-support'
import { generateSampleAssessment } from '../../shared/sample'
import { sha256Hex, utf8Bytes } from '../../shared/util/sha256'
import {
  capturedIo,
  defaultBank,
  packageRoot,
  temporaryFolder,
  words,
  type CliRun
} from './test-support'
import { runCli } from './program'

// Each encrypted package derives its key with PBKDF2 (600,000 rounds) more than once: seconds
// per test, near the default 20 s limit on a busy machine.
vi.setConfig({ testTimeout: 60_000 })

/*
 * `package create / open / verify` in-process: encrypted by default, the passphrase from a file or
 * standard input only, every refusal one clear line in the chosen language with nothing written.
 * (The app ↔ command line round trips are in tests/unit/package-interop.test.ts.)
 */

const tempPath = temporaryFolder()
const PASSPHRASE = '内部资料 stick-42 注意保密'

async function run(args: string[], stdin?: string): Promise<CliRun> {
  const { io, printed } = capturedIo(tempPath())
  const withStdin = stdin === undefined ? io : { ...io, stdin: async () => utf8Bytes(stdin) }
  const code = await runCli(args, { io: withStdin, packageRoot, language: 'zh-CN' })
  return { code, ...printed() }
}

/** Two sample assessments with real evidence, as files: a.json, b.json, evidence/<name>. */
async function sampleFiles(): Promise<{ evidence: Map<string, Uint8Array>; ids: string[] }> {
  const bank = await defaultBank()
  const evidence = new Map<string, Uint8Array>()
  const ids: string[] = []
  await mkdir(tempPath('files/evidence/nested'), { recursive: true })
  for (const [seed, name] of [
    [3, 'a.json'],
    [4, 'b.json']
  ] as const) {
    const sample = withRealEvidence(generateSampleAssessment(bank, { seed }), seed)
    ids.push(sample.assessment.id)
    const text = serializeAssessmentFile(sample.assessment, {
      generator: 'test',
      exportedAt: sample.assessment.updatedAt
    })
    await writeFile(tempPath(`files/${name}`), text)
    for (const [i, item] of sample.evidence.entries()) {
      evidence.set(item.sha256, item.bytes)
      const folder = i % 2 === 0 ? 'files/evidence' : 'files/evidence/nested'
      await writeFile(tempPath(`${folder}/${seed}-${i}.bin`), item.bytes)
    }
  }
  await writeFile(tempPath('files/evidence/unrelated.txt'), 'not attached to anything')
  await writeFile(tempPath('pass.txt'), `${PASSPHRASE}\n`)
  await writeFile(tempPath('wrong.txt'), 'another passphrase\n')
  return { evidence, ids }
}

const create = (out: string, ...more: string[]) =>
  run([
    'package',
    'create',
    'files/a.json',
    'files/b.json',
    '--evidence',
    'files/evidence',
    '--out',
    out,
    ...more
  ])

describe('package create / open / verify', () => {
  it('creates an encrypted package that verifies and opens byte for byte', async () => {
    const { evidence, ids } = await sampleFiles()
    const made = await create('out/team.sapkg', '--passphrase-file', 'pass.txt')
    expect(made.err).toBe('')
    expect(made.code).toBe(0)
    expect(made.out).toContain(
      `已写入 out/team.sapkg（2 份评估，${evidence.size} 个证据文件，已加密`
    )
    const sealed = new Uint8Array(await readFile(tempPath('out/team.sapkg')))
    expect(startsLikeContainer(sealed)).toBe(true)

    const opened = await decryptContainer(sealed, PASSPHRASE, 'package')
    if (!opened.ok) throw new Error('the package does not decrypt')
    const read = readPackage(opened.value)
    if (!read.ok) throw new Error('the inner package does not read')
    expect(read.value.assessments.map((a) => a.id).sort()).toEqual([...ids].sort())
    expect(read.value.manifest.generator).toMatch(/\(command line\)$/)
    expect(read.value.banks.map((b) => b.id)).toEqual(['sac-stability-2025'])
    expect([...read.value.evidence.keys()].sort()).toEqual([...evidence.keys()].sort())
    for (const [sha, bytes] of read.value.evidence) expect(bytes).toEqual(evidence.get(sha))

    const verified = await run(
      words('package verify out/team.sapkg --passphrase-file pass.txt --lang en-US')
    )
    expect(verified.code).toBe(0)
    expect(verified.out).toContain(
      'out/team.sapkg: valid (encrypted: AES-256-GCM, PBKDF2-SHA-256 with 600000 iterations'
    )
    expect(verified.out).toContain(`${evidence.size} evidence files`)
    expect(verified.out).toContain('banks: sac-stability-2025 1.0.0')
    expect(verified.out).toMatch(
      /all \d+ parts match the manifest's sizes and SHA-256; nothing was written/
    )

    const unpacked = await run(
      ['package', 'open', 'out/team.sapkg', '--out', 'opened', '--passphrase-file', '-'],
      PASSPHRASE
    )
    expect(unpacked.err).toBe('')
    expect(unpacked.code).toBe(0)
    const inner = unpack(opened.value)
    expect(unpacked.out).toContain(`已写入 opened（${inner.size} 个文件`)
    for (const [name, bytes] of inner)
      expect(new Uint8Array(await readFile(tempPath(`opened/${name}`))), name).toEqual(bytes)
    const written = await readdir(tempPath('opened/evidence'))
    expect(written.sort()).toEqual([...evidence.keys()].sort())
    for (const sha of written)
      expect(sha256Hex(new Uint8Array(await readFile(tempPath(`opened/evidence/${sha}`))))).toBe(
        sha
      )

    // What open wrote goes back in: the same assessments and evidence, in a new package.
    const again = await run([
      'package',
      'create',
      ...ids.map((id) => `opened/assessments/${id}.json`),
      '-e',
      'opened/evidence',
      '-o',
      'again.zip',
      '--no-encryption'
    ])
    expect(again.code).toBe(0)
    expect(again.err).toContain('警告：数据包未加密')
    const plain = readPackage(new Uint8Array(await readFile(tempPath('again.zip'))))
    expect(plain.ok && plain.value.assessments.map((a) => a.id).sort()).toEqual([...ids].sort())
  })

  it('refuses a wrong passphrase, an altered byte and a file of another kind, writing nothing', async () => {
    const wrong = await run(['package', 'open', 'out/team.sapkg', '-o', 'nope', '-p', 'wrong.txt'])
    expect(wrong).toMatchObject({ code: 1, out: '' })
    expect(wrong.err).toBe(
      'stability-assessor: out/team.sapkg：口令不正确，或文件在加密后被改动过（完整性校验未通过）\n'
    )
    await expect(readdir(tempPath('nope'))).rejects.toThrow(/ENOENT/)

    const sealed = new Uint8Array(await readFile(tempPath('out/team.sapkg')))
    const altered = sealed.slice()
    altered[altered.length - 100]! ^= 1
    await writeFile(tempPath('altered.sapkg'), altered)
    const tampered = await run(words('package verify altered.sapkg -p pass.txt --lang en-US'))
    expect(tampered.code).toBe(1)
    expect(tampered.err).toBe(
      'stability-assessor: altered.sapkg: wrong passphrase, or the file was altered after encryption (its integrity check failed)\n'
    )

    const header = sealed.slice()
    header[10] = 7
    await writeFile(tempPath('header.sapkg'), header)
    const foreign = await run(words('package verify header.sapkg -p pass.txt --lang en-US'))
    expect(foreign.code).toBe(1)
    expect(foreign.err).toBe(
      'stability-assessor: header.sapkg: not an encrypted package of Stability Assessor: its header is damaged (kdf 7)\n'
    )

    const missing = await run(['package', 'verify', 'out/team.sapkg', '--lang', 'en-US'])
    expect(missing.code).toBe(1)
    expect(missing.err).toBe(
      'stability-assessor: out/team.sapkg: this package is encrypted: enter its passphrase\n'
    )
  })

  it('is encrypted unless told otherwise, and never takes the passphrase from an argument', async () => {
    const none = await create('plain.sapkg')
    expect(none.code).toBe(1)
    expect(none.err).toContain('数据包默认加密：请用 --passphrase-file <文件>')
    const zipName = await create('x.zip', '-p', 'pass.txt', '--lang', 'en-US')
    expect(zipName.err).toBe(
      'stability-assessor: --out x.zip: an encrypted package is named *.sapkg\n'
    )
    const sapkgPlain = await create('x.sapkg', '--no-encryption', '--lang', 'en-US')
    expect(sapkgPlain.err).toContain('a package without encryption is named *.zip')
    const both = await create('x.sapkg', '--no-encryption', '-p', 'pass.txt', '--lang', 'en-US')
    expect(both.err).toContain('cannot be used together')
    const argument = await create('x.sapkg', '--passphrase', PASSPHRASE)
    expect(argument.code).toBe(1)
    expect(argument.err).toContain('错误：未知选项「--passphrase」')
    await writeFile(tempPath('short.txt'), 'abc\n')
    const short = await create('x.sapkg', '-p', 'short.txt', '--lang', 'en-US')
    expect(short.err).toBe(
      'stability-assessor: short.txt: the passphrase is too short, at least 8 characters\n'
    )
    await writeFile(tempPath('empty.txt'), '\n')
    const empty = await create('x.sapkg', '-p', '-', '--lang', 'en-US')
    expect(empty.code).not.toBe(0)
    for (const name of ['plain.sapkg', 'x.zip', 'x.sapkg'])
      await expect(readFile(tempPath(name))).rejects.toThrow(/ENOENT/)
  })

  it('names every missing evidence file and writes nothing', async () => {
    const result = await run(
      words('package create files/a.json -o no-evidence.sapkg -p pass.txt --lang en-US')
    )
    expect(result.code).toBe(1)
    expect(result.err).toMatch(
      /^stability-assessor: \d+ evidence files are missing \(name the folder holding them with --evidence <folder>; files are matched by SHA-256\):\n {2}files\/a\.json: ".+" \(\d+ bytes, SHA-256 [0-9a-f]{64}\)\n/
    )
    await expect(readFile(tempPath('no-evidence.sapkg'))).rejects.toThrow(/ENOENT/)
  })

  it('never writes into a folder that holds files', async () => {
    await mkdir(tempPath('busy'), { recursive: true })
    await writeFile(tempPath('busy/keep.txt'), 'mine')
    const result = await run(words('package open out/team.sapkg -o busy -p pass.txt --lang en-US'))
    expect(result.code).toBe(1)
    expect(result.err).toContain('--out busy: the folder exists and is not empty')
    expect(await readdir(tempPath('busy'))).toEqual(['keep.txt'])
  })

  it('packages a sample whose files `sample --evidence-dir` wrote', async () => {
    const sample = await run(['sample', '--seed', '5', '-o', 's5.json', '-e', 's5-files'])
    expect(sample.code).toBe(0)
    expect(sample.err).toMatch(/^已将 \d+ 个证据文件写入 s5-files\n$/)
    const made = await run(
      words('package create s5.json -e s5-files -o s5.sapkg -p pass.txt --lang en-US')
    )
    expect(made.err).toBe('')
    expect(made.out).toMatch(/wrote s5\.sapkg \(1 assessment, \d+ evidence files, encrypted/)
  })
})
