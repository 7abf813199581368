import { strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readBackup, readBackupManifest } from '../backup'
import { miniBankBackup } from '../testing'
import { miniPackageInput } from './package-fixture'
import { readPackage } from './read-package'
import { editPackage, unpack } from './test-support'
import { writePackage, type WritePackageInput } from './write-package'

/** The mini package with its two assessments at these confidentiality levels. */
function inputAt(
  levels: ReadonlyArray<'public' | 'internal' | 'restricted' | 'secret' | undefined>
): WritePackageInput {
  const input = miniPackageInput()
  return {
    ...input,
    assessments: input.assessments.map((assessment, index) => {
      const { confidentiality: _, ...metadata } = assessment.metadata
      const level = levels[index]
      return {
        ...assessment,
        metadata: level === undefined ? metadata : { ...metadata, confidentiality: level }
      }
    })
  }
}

const manifestText = (pkg: Uint8Array): string => strFromU8(unpack(pkg).get('manifest.json')!)

describe('the confidentiality label on the package manifest', () => {
  it('is the strictest level of its assessments, in both languages, before the parts', () => {
    const pkg = writePackage(inputAt(['internal', 'secret']))
    const text = manifestText(pkg)
    expect(JSON.parse(text).confidentiality).toEqual({
      level: 'secret',
      'zh-CN': '商业秘密 严禁外传',
      'en-US': 'Commercial secret — do not disclose'
    })
    // On the cover: within the first lines of the manifest, before the list of parts.
    expect(text.split('\n').slice(0, 8).join('\n')).toContain('商业秘密 严禁外传')
    expect(text.indexOf('商业秘密')).toBeLessThan(text.indexOf('"parts"'))
    const read = readPackage(pkg)
    expect(read.ok && read.value.manifest.confidentiality?.level).toBe('secret')
  })

  it('is the default (内部资料 注意保密) for assessments that name no level', () => {
    const text = manifestText(writePackage(inputAt([undefined, 'public'])))
    expect(JSON.parse(text).confidentiality).toMatchObject({
      level: 'internal',
      'zh-CN': '内部资料 注意保密'
    })
  })

  it('refuses a label whose words are not its level’s, naming the field', () => {
    const pkg = editPackage(writePackage(inputAt(['secret', 'secret'])), (_files, manifest) => {
      manifest.confidentiality = { level: 'secret', 'zh-CN': '公开', 'en-US': 'Public' }
    })
    const read = readPackage(pkg)
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.issues[0]!.path).toContain('confidentiality')
    expect(read.issues[0]!.message).toContain('商业秘密 严禁外传')
  })

  it('still reads a package written before the label (no confidentiality field)', () => {
    const pkg = editPackage(writePackage(inputAt(['internal', 'internal'])), (_f, manifest) => {
      delete manifest.confidentiality
    })
    const read = readPackage(pkg)
    expect(read.ok).toBe(true)
  })
})

describe('the confidentiality label on the backup manifest', () => {
  function backupAt(levels: Parameters<typeof inputAt>[0]): Uint8Array {
    const input = inputAt(levels)
    return miniBankBackup({
      createdAt: '2025-07-21T08:00:00.000Z',
      generator: 'test',
      assessments: input.assessments.map((assessment) => ({ assessment, evidence: input.evidence }))
    })
  }

  it('is the strictest level of every assessment, and each inner package carries its own', () => {
    const backup = backupAt(['restricted', 'public'])
    const listed = readBackupManifest(backup)
    expect(listed.ok && listed.value.confidentiality).toEqual({
      level: 'restricted',
      'zh-CN': '受控资料 限定范围',
      'en-US': 'Restricted — limited distribution'
    })
    const read = readBackup(backup)
    expect(read.ok).toBe(true)
    const inner = unpack(backup)
    const levels = [...inner.keys()]
      .filter((name) => name.startsWith('assessments/'))
      .sort()
      .map((name) => JSON.parse(manifestText(inner.get(name)!)).confidentiality.level)
    expect(levels).toEqual(['restricted', 'public'])
  })
})
