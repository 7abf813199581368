import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Bank } from '../bank'
import { parseBank } from '../bank'
import { sha256Hex } from '../util/sha256'
import { generateSampleAssessment } from './generate'
import { sampleEvidenceFiles } from './evidence-files'

const parsed = parseBank(
  JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, '../../resources/banks/sac-stability-2025.json'),
      'utf8'
    )
  )
)
if (!parsed.ok) throw new Error('the default bank does not load')
const bank: Bank = parsed.value

describe('the sample’s evidence files', () => {
  it('have bytes for every file reference, matching its SHA-256 and size', () => {
    for (const seed of [1, 2, 7]) {
      const sample = generateSampleAssessment(bank, { seed })
      const refs = [...sample.answers, ...sample.factors]
        .flatMap((item) => item.evidence)
        .filter((ref) => ref.kind === 'file')
      expect(refs.length, `seed ${seed} has file evidence`).toBeGreaterThan(0)
      const files = new Map(sampleEvidenceFiles(sample, seed).map((file) => [file.sha256, file]))
      for (const ref of refs) {
        const file = files.get(ref.sha256)
        expect(file, ref.name).toBeDefined()
        expect(sha256Hex(file!.bytes)).toBe(ref.sha256)
        expect(file!.bytes.length).toBe(ref.size)
        expect(ref.mimeType).toBe('text/plain')
        expect(new TextDecoder().decode(file!.bytes)).toContain('not a real document')
      }
    }
  })

  it('leaves out a file whose bytes cannot be reproduced', () => {
    const sample = generateSampleAssessment(bank, { seed: 1 })
    expect(sampleEvidenceFiles(sample, 2)).toEqual([])
  })
})
